import { createConversions } from "electrodb";
import * as Case from "../cases/case.js";
import type { CaseView } from "../cases/schemas.js";
import type { Actor, AppContext, RequestMeta } from "../context.js";
import type { CaseItem } from "../entities/store.js";
import { Forbidden, NotFound } from "../errors.js";
import * as Interaction from "../interactions/interaction.js";
import { newestFirst } from "../interactions/page.js";
import type { InteractionView } from "../interactions/schemas.js";
import type { Page, PageQuery } from "../pagination.js";
import {
  type PortalCaseDetail,
  type PortalCaseView,
  type PortalCreateCaseInput,
  type PortalMessageInput,
  type PortalMessageView,
  portalCreateCaseInput,
  portalMessageInput,
  portalMessageLimit,
} from "./schemas.js";

/**
 * The one customer a portal caller speaks for. Every portal read and write is keyed by it, never by
 * anything in the request, so a customer can reach nothing but its own records.
 */
export function customerOf(actor: Actor): string {
  if (!actor.roles.includes("customer") || !actor.customerId) {
    throw new Forbidden("This token is not linked to a customer record");
  }
  return actor.customerId;
}

/** Merges are at most this deep in practice; a longer chain means something is wrong. */
const maxMergeHops = 5;

/**
 * The customer record the caller's token names, or the one it was merged into: a person whose duplicate
 * record was merged keeps seeing their cases (they moved to the survivor) without a new token.
 */
export async function portalCustomer(app: AppContext, actor: Actor): Promise<string> {
  let customerId = customerOf(actor);
  for (let hop = 0; hop < maxMergeHops; hop++) {
    const { data } = await app.store.entities.customer
      .get({ customerId })
      .go({ attributes: ["customerId", "status", "mergedInto"] });
    if (data?.status !== "merged" || !data.mergedInto) return customerId;
    customerId = data.mergedInto;
  }
  throw new Forbidden("This token's customer record was merged too many times over; sign in again");
}

export function toPortalCase(item: CaseItem): PortalCaseView {
  return {
    id: item.caseId,
    number: item.number,
    subject: item.subject,
    ...(item.description ? { description: item.description } : {}),
    type: item.type,
    status: item.status,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

function fromCaseView(view: CaseView): PortalCaseView {
  return {
    id: view.id,
    number: view.number,
    subject: view.subject,
    ...(view.description ? { description: view.description } : {}),
    type: view.type,
    status: view.status,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}

export function toPortalMessage(view: InteractionView): PortalMessageView {
  return {
    id: view.id,
    channel: view.channel,
    direction: view.direction,
    author: view.author,
    summary: view.summary,
    ...(view.body === undefined ? {} : { body: view.body }),
    occurredAt: view.occurredAt,
  };
}

/** A message's summary: its first line, whitespace collapsed, cut at 200 characters. */
export function summaryOf(body: string): string {
  const firstLine = body.trim().split(/\r?\n/, 1)[0] ?? "";
  const collapsed = firstLine.replace(/\s+/g, " ").trim();
  return collapsed.length <= 200 ? collapsed : `${collapsed.slice(0, 199)}…`;
}

/** My cases, newest first (one Query on the case entity's byCustomer index). */
export async function listCases(app: AppContext, actor: Actor, page: PageQuery): Promise<Page<PortalCaseView>> {
  const customerId = await portalCustomer(app, actor);
  const after = createConversions(app.store.entities.case).byAccessPattern.byCustomer.fromComposite;
  return newestFirst(app.store.entities.case.query.byCustomer({ customerId }), page, toPortalCase, (item) =>
    after.toCursor(item),
  );
}

/** Opens a request for the caller: channel portal, normal priority; nothing else is the customer's to set. */
export async function submitCase(
  app: AppContext,
  meta: RequestMeta,
  input: PortalCreateCaseInput,
): Promise<PortalCaseView> {
  const valid = portalCreateCaseInput.parse(input);
  const customerId = await portalCustomer(app, meta.actor);
  const opened = await Case.create(app, meta, {
    customerId,
    subject: valid.subject,
    description: valid.description,
    type: valid.type,
    ...(valid.category ? { category: valid.category } : {}),
    channel: "portal",
    priority: "normal",
  });
  return fromCaseView(opened);
}

/** One of my cases with its public messages. Someone else's case is the same 404 as a missing one. */
export async function getCase(app: AppContext, actor: Actor, caseId: string): Promise<PortalCaseDetail> {
  const customerId = await portalCustomer(app, actor);
  const { data } = await app.store.entities.case.get({ caseId }).go();
  if (!data || data.customerId !== customerId) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
  const messages = await Interaction.publicMessages(app, caseId, portalMessageLimit);
  return { ...toPortalCase(data), messages: messages.map(toPortalMessage) };
}

/** A reply from the customer on one of its cases: inbound, on the portal, public. */
export async function sendMessage(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  input: PortalMessageInput,
): Promise<PortalMessageView> {
  const { body } = portalMessageInput.parse(input);
  const customerId = await portalCustomer(app, meta.actor);
  // The transaction's case condition (this customer's, still open) is the ownership check.
  const logged = await Interaction.log(app, meta, {
    customerId,
    caseId,
    author: "customer",
    input: { channel: "portal", direction: "inbound", visibility: "public", summary: summaryOf(body), body },
  });
  return toPortalMessage(logged);
}
