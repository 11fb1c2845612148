import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseStatuses } from "../entities/case.js";
import { Conflict } from "../errors.js";
import { allowedTransitions, assertTransition, type CaseStatus, isTerminal } from "./lifecycle.js";

const now = new Date("2025-03-10T12:00:00.000Z");
const day = 86_400_000;
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe("the case lifecycle", () => {
  it("allows exactly the documented moves", () => {
    const table: Partial<Record<CaseStatus, CaseStatus[]>> = {
      new: ["open", "cancelled"],
      open: ["pending_customer", "pending_internal", "resolved", "cancelled"],
      pending_customer: ["open", "resolved", "cancelled"],
      pending_internal: ["open", "resolved", "cancelled"],
      resolved: ["open", "closed"],
      closed: [],
      cancelled: [],
    };
    for (const status of caseStatuses) {
      // A generic case never is in a transfer's statuses, and could not leave one.
      expect(allowedTransitions({ status, resolvedAt: ago(day) }, now, 14), status).toEqual(table[status] ?? []);
      expect(allowedTransitions({ status, type: "incident", resolvedAt: ago(day) }, now, 14)).toEqual(
        table[status] ?? [],
      );
    }
  });

  it("gives a vehicle transfer its own moves, none of them to completed", () => {
    const table: Partial<Record<CaseStatus, CaseStatus[]>> = {
      submitted: ["documents_pending", "under_review", "rejected", "withdrawn"],
      documents_pending: ["under_review", "rejected", "withdrawn"],
      under_review: ["documents_pending", "approved", "rejected", "withdrawn"],
      approved: ["rejected", "withdrawn"],
      completed: [],
      rejected: [],
      withdrawn: [],
    };
    for (const status of caseStatuses) {
      expect(allowedTransitions({ status, type: "vehicle_transfer" }, now, 14), status).toEqual(table[status] ?? []);
    }
    expect(() => assertTransition({ status: "approved", type: "vehicle_transfer" }, "completed", now, 14)).toThrow(
      /only through POST \/cases\/\{id\}\/transfer\/complete/,
    );
    for (const status of ["completed", "rejected", "withdrawn"] as const) expect(isTerminal(status)).toBe(true);
  });

  it("reopens a resolved case only while now is before resolvedAt + the window", () => {
    const allowedAfter = (elapsedMs: number, windowDays: number) =>
      allowedTransitions({ status: "resolved", resolvedAt: ago(elapsedMs) }, now, windowDays);
    expect(allowedAfter(14 * day - 1, 14)).toEqual(["open", "closed"]);
    expect(allowedAfter(14 * day, 14)).toEqual(["closed"]);
    expect(allowedAfter(0, 0)).toEqual(["closed"]);
    expect(allowedTransitions({ status: "resolved" }, now, 14)).toEqual(["closed"]);
  });

  it("refuses every other move with a Conflict naming the allowed ones and the current status", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...caseStatuses),
        fc.constantFrom(...caseStatuses),
        fc.constantFrom("incident", "vehicle_transfer"),
        (from, to, type) => {
          const state = { status: from, type, resolvedAt: ago(day) };
          const allowed = allowedTransitions(state, now, 14);
          let refused: unknown;
          try {
            assertTransition(state, to, now, 14);
          } catch (error) {
            refused = error;
          }
          expect(refused === undefined).toBe(allowed.includes(to));
          if (refused) {
            expect(refused).toBeInstanceOf(Conflict);
            expect((refused as Conflict).details).toEqual({ current: from, allowed });
          }
          // A terminal status is never left, and no move keeps the status it has.
          if (isTerminal(from)) expect(allowed).toEqual([]);
          expect(allowed).not.toContain(from);
        },
      ),
    );
  });

  it("says why a reopen was refused", () => {
    expect(() => assertTransition({ status: "resolved", resolvedAt: ago(3 * day) }, "open", now, 2)).toThrow(
      /reopen window of 2 days ended at 2025-03-09T12:00:00.000Z; allowed: closed/,
    );
    expect(() => assertTransition({ status: "closed" }, "open", now, 2)).toThrow(/allowed: none/);
  });
});
