/**
 * The SLA policies a stage starts with, seeded once (by the first sweep in AWS, at start-up locally): the
 * modules' own defaults, which an admin may then change or delete. A marker item records the seeding, so
 * a deleted default never comes back.
 */
import { type AppContext, type RequestMeta, systemActor } from "../context.js";
import { donorSlaPolicy } from "../donors/sla-default.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { transferSlaPolicy } from "../vehicles/sla-default.js";
import { policyItem, toView } from "./policies.js";
import { policyDefinition } from "./policy-schema.js";

const marker = "seeded:sla-default-policies:v1";
const meta: RequestMeta = { actor: systemActor };

export const defaultPolicies = [
  { id: "default-vehicle-transfer", definition: policyDefinition.parse({ ...transferSlaPolicy, position: 1000 }) },
  { id: "default-donor-requests", definition: policyDefinition.parse({ ...donorSlaPolicy, position: 1010 }) },
] as const;

/** Seeds the default policies unless that was done before; answers whether this call seeded them. */
export async function seedDefaultPolicies(app: AppContext): Promise<boolean> {
  const { data: seeded } = await app.store.entities.counter.get({ name: marker }).go();
  if (seeded) return false;
  const now = app.clock().toISOString();
  const items = defaultPolicies.map(({ id, definition }) => policyItem(id, definition, now));
  const result = await app.store.transaction
    .write(({ counter, slaPolicy, audit, outbox }) => [
      counter.create({ name: marker, value: 1 }).commit(),
      ...items.flatMap((item) => [
        slaPolicy.create(item).commit(),
        audit
          .create(
            auditEntryFor(meta, now, {
              entityType: "slaPolicy",
              entityId: item.policyId,
              action: "create",
              after: toView(item),
            }),
          )
          .commit(),
        outbox
          .create(
            outboxEventFor(meta, now, "sla.policy_changed", { policyId: item.policyId, change: "created", version: 1 }),
          )
          .commit(),
      ]),
    ])
    .go();
  // Cancelled: another process seeded them at the same moment (or a default id is taken); either way, done.
  return !result.canceled;
}
