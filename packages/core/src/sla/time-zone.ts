/**
 * UTC offsets of an IANA zone, from `Intl.DateTimeFormat` alone (no date library): each zone keeps a lazily
 * filled table of its offset transitions, so the arithmetic asks Intl once per 6 hours of history, not once per
 * instant. Times are epoch milliseconds; a "wall" time is the local clock reading written as if it were UTC.
 */

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Instants the SLA engine accepts. Intl formats earlier years ambiguously (eras, two-digit years). */
export const MIN_INSTANT = Date.UTC(1900, 0, 1);
export const MAX_INSTANT = Date.UTC(2300, 0, 1);

/**
 * Intl is sampled every 6 hours and each change is bisected to the second. This assumes no zone changes its
 * offset twice within 6 hours and comes back (none has since 1900); a single change of any size is found exactly.
 */
const SAMPLE_STEP = 6 * HOUR;
const CHUNK = 32 * DAY;

interface Chunk {
  readonly start: number;
  readonly startOffset: number;
  /** Transitions strictly inside (start, start + CHUNK): the instant and the offset from then on. */
  readonly at: readonly number[];
  readonly offsets: readonly number[];
}

/** An offset and the instant it stops being known to hold (the next transition, or a chunk edge). */
export interface Segment {
  readonly offset: number;
  readonly until: number;
}

export class TimeZoneRules {
  private static readonly cache = new Map<string, TimeZoneRules>();

  static for(timeZone: string): TimeZoneRules {
    let rules = TimeZoneRules.cache.get(timeZone);
    if (!rules) {
      rules = new TimeZoneRules(timeZone);
      TimeZoneRules.cache.set(timeZone, rules);
    }
    return rules;
  }

  private readonly format: Intl.DateTimeFormat;
  private readonly chunks = new Map<number, Chunk>();
  private lastChunk: Chunk | undefined;

  private constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  }

  /** The offset in force at instant `t`, in ms (wall = t + offset). */
  offset(t: number): number {
    return this.segment(t).offset;
  }

  /** Wall time at instant `t`. */
  wall(t: number): number {
    return t + this.segment(t).offset;
  }

  segment(t: number): Segment {
    const chunk = this.chunkAt(t);
    const { at, offsets } = chunk;
    let i = 0;
    while (i < at.length && (at[i] as number) <= t) i++;
    return {
      offset: i === 0 ? chunk.startOffset : (offsets[i - 1] as number),
      until: i < at.length ? (at[i] as number) : chunk.start + CHUNK,
    };
  }

  /**
   * The first instant whose wall clock reads `wall` or later. That is the unique instant for an ordinary wall
   * time, the first occurrence of an ambiguous one (fall-back), and the first instant after the gap for one that
   * does not exist (spring-forward). It never decreases as `wall` grows.
   */
  toInstant(wall: number): number {
    // No instant a day earlier can read `wall`: offsets stay under 24 h.
    let t = wall - DAY;
    for (;;) {
      const { offset, until } = this.segment(t);
      if (until + offset > wall) return Math.max(t, wall - offset);
      t = until;
    }
  }

  /** The offset if it does not change in (from, to]; undefined if it does. */
  constantOffset(from: number, to: number): number | undefined {
    let segment = this.segment(from);
    const offset = segment.offset;
    while (segment.until <= to) {
      segment = this.segment(segment.until);
      if (segment.offset !== offset) return undefined;
    }
    return offset;
  }

  /** Instants in (from, to] where the offset changes, ascending. */
  transitions(from: number, to: number): number[] {
    const out: number[] = [];
    let offset = this.offset(from);
    for (let start = Math.floor(from / CHUNK) * CHUNK; start <= to; start += CHUNK) {
      const chunk = this.chunkAt(start);
      if (chunk.startOffset !== offset && start > from) out.push(start);
      offset = chunk.startOffset;
      chunk.at.forEach((at, i) => {
        if (at > from && at <= to) out.push(at);
        offset = chunk.offsets[i] as number;
      });
    }
    return out;
  }

  private chunkAt(t: number): Chunk {
    const last = this.lastChunk;
    if (last && t >= last.start && t < last.start + CHUNK) return last;
    const start = Math.floor(t / CHUNK) * CHUNK;
    let chunk = this.chunks.get(start);
    if (!chunk) {
      chunk = this.loadChunk(start);
      this.chunks.set(start, chunk);
    }
    this.lastChunk = chunk;
    return chunk;
  }

  private loadChunk(start: number): Chunk {
    // Margins beyond the supported instants: blocks of days around them, and add's ten-year search.
    if (start < MIN_INSTANT - 400 * DAY || start > MAX_INSTANT + 5000 * DAY) {
      throw new RangeError(`time-zone rules asked for ${new Date(start).toISOString()}, outside the supported years`);
    }
    const at: number[] = [];
    const offsets: number[] = [];
    const startOffset = this.probe(start);
    let previous = startOffset;
    for (let t = start + SAMPLE_STEP; t <= start + CHUNK; t += SAMPLE_STEP) {
      const offset = this.probe(t);
      if (offset !== previous) this.bisect(t - SAMPLE_STEP, previous, t, offset, at, offsets);
      previous = offset;
    }
    // A change exactly at the chunk's end belongs to the next chunk (its startOffset).
    while (at.length > 0 && (at[at.length - 1] as number) >= start + CHUNK) {
      at.pop();
      offsets.pop();
    }
    return { start, startOffset, at, offsets };
  }

  /** Finds the changes in (lo, hi], knowing the offsets at both ends differ; to the second. */
  private bisect(lo: number, loOffset: number, hi: number, hiOffset: number, at: number[], offsets: number[]): void {
    let a = lo;
    let b = hi;
    let bOffset = hiOffset;
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      const offset = this.probe(mid);
      if (offset === loOffset) a = mid;
      else {
        b = mid;
        bOffset = offset;
      }
    }
    at.push(b);
    offsets.push(bOffset);
    if (bOffset !== hiOffset) this.bisect(b, bOffset, hi, hiOffset, at, offsets);
  }

  /** The offset at `t` as Intl reports it (whole seconds: offsets have no milliseconds). */
  private probe(t: number): number {
    const second = Math.floor(t / 1000) * 1000;
    const fields = this.format.format(second).match(/\d+/g);
    if (fields?.length !== 6) throw new Error(`unexpected Intl output for ${this.timeZone}`);
    const [month, day, year, hour, minute, sec] = fields.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return Date.UTC(year, month - 1, day, hour % 24, minute, sec) - second;
  }
}

/** Day numbers count local days from 1970-01-01 (day 0, a Thursday). Monday is weekday 0. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day number of a proleptic Gregorian date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY);
}

/** Year, month (1–12) and day of a day number (Hinnant's civil_from_days: no Date allocation on hot paths). */
export function civilDate(dayNo: number): { year: number; month: number; day: number } {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
