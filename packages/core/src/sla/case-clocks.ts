/**
 * What the SLA engine knows of one case: the facts policies match on, the policy that applies (the first
 * that matches, in position order), its calendar, and the clocks derived from them at an instant.
 */

import { historyOf } from "../cases/view.js";
import type { AppContext } from "../context.js";
import type { CaseItem, HoldingItem, InteractionItem } from "../entities/store.js";
import type { CalendarDefinition } from "./calendar-schema.js";
import { deriveClocks, type MetricClock } from "./clock.js";
import { calendarOf, inOrder } from "./policies.js";
import type { PolicyView } from "./policy-schema.js";

export interface CaseFacts {
  readonly kase: CaseItem;
  readonly interactions: readonly InteractionItem[];
  readonly customerTier: string | undefined;
  /** Service levels of the contracts the case names or, when it names none, of the customer's current ones. */
  readonly serviceLevels: readonly string[];
}

export interface CaseClocks {
  readonly facts: CaseFacts;
  readonly policy: PolicyView | undefined;
  readonly calendar: CalendarDefinition | undefined;
  readonly clocks: readonly MetricClock[];
}

/**
 * The facts policies match on. Given the policies, it reads the customer's tier and contracts only when
 * some policy has a condition on them (most have none, and this runs on every change of every case).
 */
export async function loadFacts(
  app: AppContext,
  caseId: string,
  policies?: readonly PolicyView[],
): Promise<CaseFacts | undefined> {
  const needsTier = !policies || policies.some((policy) => policy.conditions.customerTiers);
  const needsServiceLevels = !policies || policies.some((policy) => policy.conditions.serviceLevels);
  const { data: kase } = await app.store.entities.case.get({ caseId }).go();
  if (!kase) return undefined;
  const [interactions, customer, holdings] = await Promise.all([
    app.store.entities.interaction.query
      .byCase({ caseId })
      .go({ pages: "all", attributes: ["occurredAt", "author", "direction", "visibility", "caseId", "interactionId"] }),
    needsTier
      ? app.store.entities.customer.get({ customerId: kase.customerId }).go({ attributes: ["tier"] })
      : { data: undefined },
    needsServiceLevels ? holdingsOf(app, kase) : [],
  ]);
  const today = app.clock().toISOString().slice(0, 10);
  const serviceLevels = holdings
    .filter((h) => h.serviceLevel && h.startDate <= today && (!h.endDate || h.endDate >= today))
    .map((h) => h.serviceLevel as string);
  return {
    kase,
    interactions: interactions.data as InteractionItem[],
    customerTier: customer.data?.tier,
    serviceLevels: [...new Set(serviceLevels)],
  };
}

async function holdingsOf(app: AppContext, kase: CaseItem): Promise<HoldingItem[]> {
  const named = kase.holdingIds ?? [];
  if (named.length > 0) {
    const { data } = await app.store.entities.holding.get(named.map((holdingId) => ({ holdingId }))).go();
    return data;
  }
  const { data } = await app.store.entities.holding.query
    .byCustomer({ customerId: kase.customerId })
    .go({ pages: "all" });
  return data;
}

/** True when every condition the policy sets holds for the case. */
export function matches(policy: PolicyView, facts: CaseFacts): boolean {
  const { conditions } = policy;
  const { kase } = facts;
  const holds = (allowed: readonly string[] | undefined, value: string | undefined) =>
    !allowed || (value !== undefined && allowed.includes(value));
  return (
    holds(conditions.priorities, kase.priority) &&
    holds(conditions.customerTiers, facts.customerTier) &&
    holds(conditions.categories, kase.category) &&
    holds(conditions.caseTypes, kase.type) &&
    holds(conditions.channels, kase.channel) &&
    (!conditions.serviceLevels || facts.serviceLevels.some((level) => conditions.serviceLevels?.includes(level)))
  );
}

export function selectPolicy(policies: readonly PolicyView[], facts: CaseFacts): PolicyView | undefined {
  return policies.find((policy) => matches(policy, facts));
}

/** The case's clocks at `now`; undefined when the case does not exist. */
export async function clocksOf(app: AppContext, caseId: string, now: Date): Promise<CaseClocks | undefined> {
  const policies = await inOrder(app);
  const facts = await loadFacts(app, caseId, policies);
  if (!facts) return undefined;
  const policy = selectPolicy(policies, facts);
  const calendar = policy ? await calendarOf(app, policy.calendarId) : undefined;
  if (!policy || !calendar) return { facts, policy, calendar, clocks: [] };
  const clocks = deriveClocks({
    kase: { createdAt: facts.kase.createdAt, priority: facts.kase.priority, statusHistory: historyOf(facts.kase) },
    interactions: facts.interactions,
    policy,
    calendar,
    // Never before the case's last change: one made while the facts were read would otherwise begin after
    // "now" and be left out (a case just put in pending_customer would read as not paused).
    now: new Date(Math.max(now.getTime(), Date.parse(facts.kase.updatedAt))),
  });
  return { facts, policy, calendar, clocks };
}
