import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MINUTE, offsetChanges, wallClock } from "./reference.test-support.js";
import { HOUR, TimeZoneRules } from "./time-zone.js";

/**
 * The tested zones, plus some with unusual histories: changes at midnight (Santiago), a skipped day
 * (Apia, 30 Dec 2011), DST suspended for Ramadan (Casablanca), DST abolished (São Paulo 2019, Tehran 2022).
 */
const zones = [
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "America/Santiago",
  "Pacific/Apia",
  "Africa/Casablanca",
  "America/Sao_Paulo",
  "Asia/Tehran",
];

describe("time-zone rules from Intl", () => {
  it("give the offset Intl gives, at any instant from 1900 to 2100", () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 });
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, seconds) => {
        const t = seconds * 1000;
        expect(TimeZoneRules.for(zone).wall(t)).toBe(wallClock(zone)(t));
      }),
      { numRuns: 500 },
    );
  });

  it("find every offset change, to the second", () => {
    for (const zone of zones) {
      const from = Date.UTC(2016, 0, 1);
      const to = Date.UTC(2029, 0, 1);
      expect(TimeZoneRules.for(zone).transitions(from, to), zone).toEqual(offsetChanges(zone, 2016, 2028));
    }
  });

  it("map a wall time to the first instant that shows it, or the first instant after a gap", () => {
    const changes = new Map(zones.map((zone) => [zone, offsetChanges(zone, 2024, 2026)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -180, max: 180 }),
        (zone, index, minutes) => {
          const near = changes.get(zone) ?? [];
          const change = near[index % Math.max(1, near.length)] ?? Date.UTC(2025, 5, 1);
          const rules = TimeZoneRules.for(zone);
          const wall = wallClock(zone);
          const target = wall(change) + minutes * MINUTE;
          const instant = rules.toInstant(target);
          // It shows the wall time (or a later one, after a gap)…
          expect(wall(instant)).toBeGreaterThanOrEqual(target);
          // …and no earlier whole minute showed it already (repeated hours last at most an hour here).
          for (let t = instant - MINUTE; t > instant - 3 * HOUR; t -= MINUTE) expect(wall(t)).toBeLessThan(target);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("skip the day Apia never had: 30 Dec 2011 maps to the first instant of the 31st", () => {
    const apia = TimeZoneRules.for("Pacific/Apia");
    const noon30 = Date.UTC(2011, 11, 30, 12);
    expect(new Date(apia.toInstant(noon30)).toISOString()).toBe("2011-12-30T10:00:00.000Z");
    expect(apia.wall(apia.toInstant(noon30))).toBe(Date.UTC(2011, 11, 31));
  });
});
