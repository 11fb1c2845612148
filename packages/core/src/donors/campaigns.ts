import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import { NotFound, PreconditionFailed } from "../errors.js";
import { priorResult } from "../idempotency.js";
import type { Page } from "../pagination.js";
import { commitOptimistically, type TxItem } from "./optimistic.js";
import {
  type CampaignView,
  type CreateCampaignInput,
  createCampaignInput,
  type UpdateCampaignInput,
  updateCampaignInput,
} from "./schemas.js";
import { auditItem, creationItems, eventItem } from "./tx-items.js";
import { emptyCampaignTotals, toCampaignView } from "./views.js";

export async function create(app: AppContext, meta: RequestMeta, input: CreateCampaignInput): Promise<CampaignView> {
  const valid = createCampaignInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<CampaignView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  return commitOptimistically(app, meta.idempotency, async () => {
    const now = app.clock().toISOString();
    const item = {
      campaignId: ulid(),
      name: valid.name,
      ...(valid.description ? { description: valid.description } : {}),
      goal: valid.goal,
      startDate: valid.startDate,
      ...(valid.endDate ? { endDate: valid.endDate } : {}),
      status: "open" as const,
      totals: emptyCampaignTotals,
      revision: 0,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    const view = toCampaignView(item);
    const items = creationItems(meta, now, {
      entityType: "campaign",
      entityId: item.campaignId,
      view,
      writes: [
        {
          write: ({ campaign }) => campaign.create(item).commit(),
          refused: { conflict: "A campaign with this id already exists" },
        },
      ],
      event: eventItem(meta, now, "campaign.created", { campaignId: item.campaignId, name: item.name }),
    });
    return { items, result: view };
  });
}

export async function get(app: AppContext, campaignId: string): Promise<CampaignView> {
  const { data } = await app.store.entities.campaign.get({ campaignId }).go();
  if (!data) throw new NotFound(`Campaign ${campaignId} does not exist`);
  return toCampaignView(data);
}

/** Every campaign, oldest first: one Query on the campaigns' partition. */
export async function list(
  app: AppContext,
  query: { cursor?: string | undefined; limit: number },
): Promise<Page<CampaignView>> {
  const { data, cursor } = await app.store.entities.campaign.query
    .all({})
    .go({ limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
  return { items: data.map(toCampaignView), cursor: cursor ?? null };
}

/** Changes a campaign's name, description, end date or status (closing it refuses further gifts). */
export async function update(
  app: AppContext,
  meta: RequestMeta,
  campaignId: string,
  input: UpdateCampaignInput,
  expectedVersion: number,
): Promise<CampaignView> {
  const valid = updateCampaignInput.parse(input);
  return commitOptimistically(app, undefined, async () => {
    const now = app.clock().toISOString();
    const { data: current } = await app.store.entities.campaign.get({ campaignId }).go({ consistent: true });
    if (!current) throw new NotFound(`Campaign ${campaignId} does not exist`);
    if (current.version !== expectedVersion) {
      throw new PreconditionFailed(
        `Campaign ${campaignId} is at version ${current.version}, not ${expectedVersion}: read it again`,
        { currentVersion: current.version },
      );
    }
    const next = { ...current, ...valid, updatedAt: now, version: current.version + 1 };
    const before = toCampaignView(current);
    const view = toCampaignView(next);
    const changed = Object.keys(valid);
    const items: TxItem[] = [
      {
        write: ({ campaign }) =>
          campaign
            .patch({ campaignId })
            .set({ ...valid, updatedAt: now, version: current.version + 1 })
            .where((attr, op) => op.eq(attr.version, current.version))
            .commit(),
        refused: "retry",
      },
      auditItem(meta, now, { entityType: "campaign", entityId: campaignId, action: "update", before, after: view }),
      eventItem(meta, now, "campaign.updated", { campaignId, changed }),
    ];
    return { items, result: view };
  });
}
