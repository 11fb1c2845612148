import { describe, expect, it } from "vitest";
import { translate } from "../i18n/i18n";
import { formatSpan, relativeDue } from "./work-time";

const t = ((key, vars) => translate("en", key, vars)) as Parameters<typeof formatSpan>[0];
const now = Date.parse("2026-03-02T10:00:00.000Z");
const at = (seconds: number) => new Date(now + seconds * 1000).toISOString();

describe("due times in work lists", () => {
  it("says how long until a target, or how long past it", () => {
    expect(relativeDue(t, at(42 * 60 + 30), now)).toBe("due in 42 min");
    expect(relativeDue(t, at(-5 * 60 - 10), now)).toBe("overdue by 5 min");
    expect(relativeDue(t, at(20), now)).toBe("due in less than a minute");
    expect(relativeDue(t, at(-1), now)).toBe("overdue by less than a minute");
    expect(relativeDue(t, at(0), now)).toBe("due in less than a minute");
  });

  it("uses hours under two days and days beyond", () => {
    expect(formatSpan(t, 3 * 3600 + 5 * 60)).toBe("3 h 05 min");
    expect(formatSpan(t, -(47 * 3600 + 59 * 60))).toBe("47 h 59 min");
    expect(formatSpan(t, 2 * 86_400 + 4 * 3600 + 59)).toBe("2 d 4 h");
    expect(formatSpan(t, 59)).toBe("less than a minute");
    expect(formatSpan(t, 60)).toBe("1 min");
  });
});
