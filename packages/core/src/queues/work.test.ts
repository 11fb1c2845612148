import { describe, expect, it } from "vitest";
import type { CaseItem } from "../entities/store.js";
import type { MetricClock } from "../sla/clock.js";
import { stateOf, workItemOf } from "./work.js";

const kase = {
  caseId: "C1",
  number: "CL-000001",
  customerId: "P1",
  subject: "S",
  type: "incident",
  priority: "normal",
  channel: "phone",
  status: "open",
  createdAt: "2026-01-05T09:00:00.000Z",
  createdBy: "u",
  updatedAt: "2026-01-05T09:00:00.000Z",
  version: 3,
} as CaseItem;

const clock = (overrides: Partial<MetricClock>): MetricClock => ({
  metric: "resolution",
  state: "running",
  targetMinutes: 60,
  cycle: 1,
  elapsedMinutes: 0,
  remainingMinutes: 60,
  pausedMinutes: 0,
  warned: false,
  breached: false,
  running: true,
  ...overrides,
});

describe("work items", () => {
  it("take the earliest target and warning point of the clocks that run, ignoring met and paused ones", () => {
    const item = workItemOf(
      kase,
      [
        clock({ metric: "resolution", dueAt: "2026-01-05T17:00:00.000Z", warningAt: "2026-01-05T15:00:00.000Z" }),
        clock({ metric: "firstResponse", dueAt: "2026-01-05T10:00:00.000Z", warningAt: "2026-01-05T09:45:00.000Z" }),
        clock({ metric: "nextResponse", state: "paused", running: false, dueAt: "2026-01-05T09:30:00.000Z" }),
        clock({ metric: "nextResponse", state: "met", running: false, dueAt: "2026-01-05T09:10:00.000Z" }),
      ],
      2,
    );
    expect(item).toMatchObject({
      breachAt: "2026-01-05T10:00:00.000Z",
      warnAt: "2026-01-05T09:45:00.000Z",
      paused: false,
      queue: "general",
      assignee: "~unassigned",
      phase: "open",
      caseVersion: 3,
      interactionCount: 2,
    });
  });

  it("are paused when a clock stands still and none runs, and done once the case is resolved", () => {
    const paused = workItemOf({ ...kase, status: "pending_customer" }, [clock({ state: "paused", running: false })], 0);
    expect(paused).toMatchObject({ breachAt: "~", warnAt: "~", paused: true, phase: "open" });
    expect(stateOf(paused, "2026-01-05T12:00:00.000Z")).toBe("paused");
    expect(workItemOf({ ...kase, status: "resolved" }, [], 0).phase).toBe("done");
    expect(stateOf(workItemOf(kase, [], 0), "2026-01-05T12:00:00.000Z")).toBe("no_sla");
  });

  it("read breached at the target, at risk from the warning point, on track before", () => {
    const item = { breachAt: "2026-01-05T10:00:00.000Z", warnAt: "2026-01-05T09:45:00.000Z", paused: false };
    expect(stateOf(item, "2026-01-05T09:44:59.999Z")).toBe("on_track");
    expect(stateOf(item, "2026-01-05T09:45:00.000Z")).toBe("at_risk");
    expect(stateOf(item, "2026-01-05T10:00:00.000Z")).toBe("breached");
  });
});
