import { Timers } from "@caseline/core";
import type { TimerPayload } from "@caseline/core/ports";
import { TimerLoop } from "@caseline/local/timer-loop";
import { describe, expect, it } from "vitest";
import { eventually, startTestRuntime, tempDataDir } from "../support/runtime.js";

function timer(name: string, dueAt: Date): TimerPayload {
  return { timerName: name, dueAt: dueAt.toISOString(), kind: "test.timer", subjectId: name };
}

describe("local timers fire exactly once", () => {
  it("when two timer loops race for the same 60 due timers", async () => {
    const rt = await startTestRuntime({ background: false });
    try {
      const { app, timers } = rt.runtime;
      const names = Array.from({ length: 60 }, (_, i) => `race-${i}`);
      for (const name of names) await timers.arm(timer(name, new Date(Date.now() - 1000)));

      // Arrange: two loops on the same table, each counting the handler runs it caused.
      const invocations: string[] = [];
      const fire = async (payload: TimerPayload) => {
        invocations.push(payload.timerName);
        return Timers.fire(app, payload);
      };
      const a = new TimerLoop({ timers, fire, concurrency: 8 });
      const b = new TimerLoop({ timers, fire, concurrency: 8 });

      // Act: both loops pass over the same due timers at the same moment, twice.
      const fired = (await Promise.all([a.tick(), b.tick()])).concat(await Promise.all([a.tick(), b.tick()]));

      // Assert: each timer's handler ran once, and each has exactly one firing record.
      expect(fired.reduce((sum, n) => sum + n, 0)).toBe(60);
      expect(invocations.sort()).toEqual([...names].sort());
      for (const name of names) expect(await Timers.firingsOf(app, name)).toHaveLength(1);
      expect((await timers.due(new Date(Date.now() + 60_000), 100)).length).toBe(0);
    } finally {
      await rt.stop();
    }
  });

  it("when a loop dies mid-firing: the lease runs out, another loop takes over, the effect stays single", async () => {
    const rt = await startTestRuntime({ background: false });
    try {
      const { app, timers } = rt.runtime;
      await timers.arm(timer("orphan", new Date(Date.now() - 1000)));
      const [due] = await timers.due(new Date(), 10);
      // A loop claims it with a short lease, runs the handler, then "dies" before removing the timer.
      expect(await timers.claim(due!, "dead-loop", new Date(), 200)).toBe(true);
      expect(await Timers.fire(app, due!.payload as TimerPayload)).toBe("fired");

      const outcomes: string[] = [];
      const survivor = new TimerLoop({
        timers,
        fire: async (payload) => {
          outcomes.push(await Timers.fire(app, payload));
        },
      });
      expect(await survivor.tick()).toBe(0); // the lease still holds
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await survivor.tick()).toBe(1);
      expect(outcomes).toEqual(["already-fired"]);
      expect(await Timers.firingsOf(app, "orphan")).toHaveLength(1);
      expect(await rt.runtime.timers.find("orphan")).toBeUndefined();
    } finally {
      await rt.stop();
    }
  });

  it("re-arming a timer moves it, and cancelling removes it", async () => {
    const rt = await startTestRuntime({ background: false });
    try {
      const { app, timers } = rt.runtime;
      await timers.arm(timer("moved", new Date(Date.now() - 1000)));
      await timers.arm(timer("moved", new Date(Date.now() + 3_600_000)));
      await timers.arm(timer("cancelled", new Date(Date.now() - 1000)));
      await timers.cancel("cancelled");
      await timers.cancel("never-armed");
      const loop = new TimerLoop({ timers, fire: (payload) => Timers.fire(app, payload) });
      expect(await loop.tick()).toBe(0);
      expect(await Timers.firingsOf(app, "moved")).toHaveLength(0);
      expect(await Timers.firingsOf(app, "cancelled")).toHaveLength(0);
    } finally {
      await rt.stop();
    }
  });

  it("across a restart: armed before, due while stopped, fired once after, never again", async () => {
    const dataDir = await tempDataDir();
    const first = await startTestRuntime({ dataDir });
    const dueAt = new Date(Date.now() + 1500);
    await first.runtime.timers.arm(timer("restart", dueAt));
    await first.stop({ keepData: true });

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt.getTime() - Date.now() + 100)));
    const second = await startTestRuntime({ dataDir });
    const firings = await eventually(async () => {
      const found = await Timers.firingsOf(second.app, "restart");
      return found.length > 0 ? found : undefined;
    });
    expect(firings).toHaveLength(1);
    expect(Date.parse(firings[0]!.firedAt)).toBeGreaterThanOrEqual(dueAt.getTime());
    await second.stop({ keepData: true });

    const third = await startTestRuntime({ dataDir });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await Timers.firingsOf(third.app, "restart")).toHaveLength(1);
    expect(await third.runtime.timers.find("restart")).toBeUndefined();
    await third.stop();
  });
});
