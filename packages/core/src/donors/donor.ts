import type { AppContext, RequestMeta } from "../context.js";
import { PreconditionFailed, Unprocessable } from "../errors.js";
import { commitOptimistically, type TxItem } from "./optimistic.js";
import { type DonorView, type PutDonorInput, putDonorInput } from "./schemas.js";
import { emptySummary } from "./summary.js";
import { auditItem, customerCheck, eventItem } from "./tx-items.js";
import { toDonorView } from "./views.js";

/** A profile with default preferences: what a first gift or a first PUT creates. */
export function newDonorProfile(customerId: string, now: string) {
  return {
    customerId,
    donorType: "individual" as const,
    doNotSolicit: false,
    doNotMail: false,
    receiptDelivery: "email" as const,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

async function assertCustomer(app: AppContext, customerId: string) {
  const { data } = await app.store.entities.customer
    .get({ customerId })
    .go({ attributes: ["customerId", "status", "displayName"] });
  if (!data || data.status === "merged") {
    throw new Unprocessable(`Customer ${customerId} does not exist or was merged`, { customerId });
  }
}

/**
 * A customer's donor profile. A customer who never gave and was never given preferences has the
 * default profile at version 0 (its ETag): a PUT with `If-Match: "0"` creates it.
 */
export async function get(app: AppContext, customerId: string): Promise<DonorView> {
  const { data } = await app.store.entities.donor.get({ customerId }).go();
  if (data) return toDonorView(data, app.clock());
  await assertCustomer(app, customerId);
  const epoch = new Date(0).toISOString();
  return toDonorView(
    { ...newDonorProfile(customerId, epoch), summary: emptySummary, summaryRevision: 0, version: 0 },
    app.clock(),
  );
}

/** Replaces the solicitation preferences (If-Match); the giving summary is the gifts' business. */
export async function put(
  app: AppContext,
  meta: RequestMeta,
  customerId: string,
  input: PutDonorInput,
  expectedVersion: number,
): Promise<DonorView> {
  const valid = putDonorInput.parse(input);
  await assertCustomer(app, customerId);
  return commitOptimistically(app, undefined, async () => {
    const now = app.clock().toISOString();
    const { data: current } = await app.store.entities.donor.get({ customerId }).go({ consistent: true });
    const version = current?.version ?? 0;
    if (version !== expectedVersion) {
      throw new PreconditionFailed(
        `The donor profile is at version ${version}, not ${expectedVersion}: read it again`,
        { currentVersion: version },
      );
    }
    const before = current ? toDonorView(current, app.clock()) : undefined;
    const next = current
      ? { ...current, ...valid, updatedAt: now, version: version + 1 }
      : { ...newDonorProfile(customerId, now), ...valid, summary: emptySummary, summaryRevision: 0 };
    const view = toDonorView(next, app.clock());
    const changed = Object.keys(valid).filter(
      (key) => before?.[key as keyof PutDonorInput] !== valid[key as keyof typeof valid],
    );
    const items: TxItem[] = [
      customerCheck(customerId),
      {
        write: ({ donor }) =>
          current
            ? donor
                .patch({ customerId })
                .set({ ...valid, updatedAt: now, version: version + 1 })
                .where((attr, op) => op.eq(attr.version, version))
                .commit()
            : donor.create(next).commit(),
        // Another request changed it after the read: the next attempt answers 412.
        refused: "retry",
      },
      auditItem(meta, now, {
        entityType: "donor",
        entityId: customerId,
        action: current ? "update" : "create",
        ...(before ? { before } : {}),
        after: view,
      }),
      eventItem(meta, now, "donor.updated", { customerId, changed }),
    ];
    return { items, result: view };
  });
}
