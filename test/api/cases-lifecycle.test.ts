import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

// The reopen window (14 days by default) cannot end within a run, so a reopen is always allowed here;
// cases-reopen-window.test.ts covers the window's end.
let rt: TestRuntime;
let customerId: string;
beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600, reopenWindowDays: 14 });
  customerId = (await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Lia Prado" } })).body.id;
});
afterAll(async () => {
  await rt?.stop();
});

const statuses = ["new", "open", "pending_customer", "pending_internal", "resolved", "closed", "cancelled"] as const;
type Status = (typeof statuses)[number];

/** The lifecycle as the product describes it, written out again: the oracle the API is checked against. */
const model: Record<Status, Status[]> = {
  new: ["open", "cancelled"],
  open: ["pending_customer", "pending_internal", "resolved", "cancelled"],
  pending_customer: ["open", "resolved", "cancelled"],
  pending_internal: ["open", "resolved", "cancelled"],
  resolved: ["open", "closed"],
  closed: [],
  cancelled: [],
};
const terminal: Status[] = ["closed", "cancelled"];

async function openCase() {
  const opened = await rt.request("POST", "/cases", { body: { customerId, subject: "Lifecycle", type: "inquiry" } });
  expect(opened.status).toBe(201);
  return opened.body;
}

function move(id: string, version: number, body: { to: string; reason?: string }) {
  return rt.request("POST", `/cases/${id}/transitions`, { body, headers: { "if-match": `"${version}"` } });
}

/**
 * One attempt: mostly a move the model allows that keeps the case open (so runs get deep into the
 * lifecycle), sometimes a move that ends it, often any status at all (mostly refused).
 */
type Attempt = { kind: "progress"; index: number } | { kind: "end"; index: number } | { kind: "any"; to: Status };
const attempt: fc.Arbitrary<Attempt & { reason: string | undefined }> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant("progress" as const), index: fc.nat(9) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("end" as const), index: fc.nat(9) }) },
      { weight: 4, arbitrary: fc.record({ kind: fc.constant("any" as const), to: fc.constantFrom(...statuses) }) },
    ),
    fc.option(fc.constantFrom("customer replied", "fixed in 2.3", "duplicate"), { nil: undefined }),
  )
  .map(([step, reason]) => ({ ...step, reason }));

/** The status an attempt asks for, given what the model allows now. */
function target(step: Attempt, allowed: Status[]): Status {
  if (step.kind === "any") return step.to;
  const wanted = allowed.filter((to) => terminal.includes(to) === (step.kind === "end"));
  const pool = wanted.length > 0 ? wanted : allowed.length > 0 ? allowed : [...statuses];
  return pool[step.index % pool.length]!;
}

describe("the lifecycle through the API, against a model", () => {
  it("accepts a move iff the model allows it, names the allowed ones otherwise, and keeps the invariants", async () => {
    const seed = Number(process.env.CASELINE_FC_SEED ?? Date.now() % 2 ** 31);
    await fc.assert(
      fc.asyncProperty(fc.array(attempt, { minLength: 1, maxLength: 12 }), async (attempts) => {
        const opened = await openCase();
        let status: Status = "new";
        let accepted = 0;
        let reopens = 0;
        for (const step of attempts) {
          const before = status;
          const allowed: Status[] = model[status];
          const to = target(step, allowed);
          const version = 1 + accepted;
          const response = await move(opened.id, version, { to, ...(step.reason ? { reason: step.reason } : {}) });
          if (allowed.includes(to)) {
            expect(response.status, `${status} → ${to}`).toBe(200);
            if (status === "resolved" && to === "open") reopens++;
            status = to;
            accepted++;
          } else {
            expect(response.status, `${status} → ${to}`).toBe(409);
            expect(response.body).toMatchObject({ type: "https://caseline.dev/problems/conflict", current: status });
            expect(response.body.allowed).toEqual(allowed);
          }

          const read = await rt.request("GET", `/cases/${opened.id}`);
          const view = read.body;
          if (response.status === 200) expect(response.body).toEqual(view);
          expect(view.status).toBe(status);
          if (terminal.includes(before)) expect(view.status).toBe(before);
          expect(view.version).toBe(1 + accepted);
          expect(read.headers.get("etag")).toBe(`"${1 + accepted}"`);
          expect("resolvedAt" in view).toBe(status === "resolved");
          expect("closedAt" in view).toBe(terminal.includes(status));
          expect(view.reopenCount).toBe(reopens);
          expect(view.statusHistory).toHaveLength(1 + accepted);
          expect(view.statusHistory.at(-1).to).toBe(status);
          // Each entry starts where the one before it ended.
          view.statusHistory.slice(1).forEach((entry: { from: string }, i: number) => {
            expect(entry.from).toBe(view.statusHistory[i].to);
          });
        }
      }),
      { numRuns: 25, seed, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: true },
    );
  });

  it("records a transition with its audit entry and case.status_changed event, reason included", async () => {
    const opened = await openCase();
    const moved = await move(opened.id, 1, { to: "open", reason: "triaged" });
    expect(moved.status).toBe(200);
    expect(moved.body.statusHistory.at(-1)).toEqual({
      from: "new",
      to: "open",
      at: moved.body.updatedAt,
      by: "u-test",
      reason: "triaged",
    });
    const { data: audit } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "case", entityId: opened.id })
      .go();
    expect(audit.map((entry) => entry.action)).toEqual(["create", "transition"]);
    expect(audit[1]).toMatchObject({ before: opened, after: moved.body });
    const { data: events } = await rt.app.store.entities.outbox.scan.go({ pages: "all" });
    expect(events.filter((event) => event.type === "case.status_changed" && event.detail.caseId === opened.id)).toEqual(
      [
        expect.objectContaining({
          detail: {
            caseId: opened.id,
            from: "new",
            to: "open",
            at: moved.body.updatedAt,
            reason: "triaged",
            version: 2,
          },
        }),
      ],
    );
  });

  it("refuses invalid moves with 409 naming the allowed ones, a bad body with 400, a missing case with 404: nothing written", async () => {
    const opened = await openCase();
    const refusals: [string, number, { to: string; reason?: string }, number][] = [
      [opened.id, 1, { to: "resolved" }, 409],
      [opened.id, 1, { to: "new" }, 409],
      [opened.id, 1, { to: "archived" }, 400],
      [opened.id, 1, { to: "open", reason: "" }, 400],
      ["NO-SUCH-CASE", 1, { to: "open" }, 404],
    ];
    for (const [id, version, body, status] of refusals) {
      const before = await rt.quietSnapshot();
      const response = await move(id, version, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.contentType).toBe("application/problem+json");
      if (status === 409) expect(response.body).toMatchObject({ current: "new", allowed: ["open", "cancelled"] });
      expect(await rt.quietSnapshot()).toEqual(before);
    }
    const withoutIfMatch = await rt.request("POST", `/cases/${opened.id}/transitions`, { body: { to: "open" } });
    expect(withoutIfMatch.status).toBe(428);
  });
});
