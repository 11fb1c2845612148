import { z } from "zod";
import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted } from "../db/transactions.js";
import type { QueueItem } from "../entities/store.js";
import { PreconditionFailed, PreconditionRequired } from "../errors.js";
import { auditEntryFor } from "../events/change.js";

export const queueName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]*$/, "a queue name of letters, digits, space, _ . -");

export const queueSettings = z.strictObject({
  /** Who is notified when a case in this queue breaches its SLA (user ids, the token's `sub`). */
  supervisors: z
    .array(z.string().trim().min(1).max(128))
    .max(50)
    .refine((list) => new Set(list).size === list.length, { message: "list each supervisor once" }),
});

export const queueView = z.object({
  name: z.string(),
  supervisors: z.array(z.string()),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type QueueView = z.infer<typeof queueView>;

function toView(item: QueueItem): QueueView {
  return { name: item.name, supervisors: item.supervisors, updatedAt: item.updatedAt, version: item.version };
}

export async function list(app: AppContext): Promise<QueueView[]> {
  const { data } = await app.store.entities.queue.query.all({}).go({ pages: "all" });
  return data.map(toView);
}

/**
 * Sets a queue's supervisors. Creating a queue needs no version; replacing one needs the version read
 * (If-Match), so two admins editing the same queue cannot silently undo each other.
 */
export async function put(
  app: AppContext,
  meta: RequestMeta,
  name: string,
  input: unknown,
  expectedVersion: number | undefined,
): Promise<QueueView> {
  const settings = queueSettings.parse(input);
  const { data: before } = await app.store.entities.queue.get({ name }).go();
  if (before && expectedVersion === undefined) {
    throw new PreconditionRequired(`Queue ${name} exists: send If-Match with its version to replace it`);
  }
  if (before && before.version !== expectedVersion) {
    throw new PreconditionFailed(`Queue ${name} is at version ${before.version}, not ${expectedVersion}`, {
      currentVersion: before.version,
    });
  }
  const now = app.clock().toISOString();
  const version = (before?.version ?? 0) + 1;
  const after: QueueItem = { name, supervisors: settings.supervisors, updatedAt: now, version };
  const result = await app.store.transaction
    .write(({ queue, audit }) => [
      before
        ? queue
            .patch({ name })
            .set({ supervisors: settings.supervisors, updatedAt: now, version })
            .where((attr, op) => op.eq(attr.version, before.version))
            .commit()
        : queue.create(after).commit(),
      audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "queue",
            entityId: name,
            action: before ? "update" : "create",
            ...(before ? { before: toView(before) } : {}),
            after: toView(after),
          }),
        )
        .commit(),
    ])
    .go();
  assertCommitted(result, [{ conflict: `Queue ${name} changed meanwhile: read it again` }]);
  return toView(after);
}
