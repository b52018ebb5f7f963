// Spans sorted by start, for "which spans lie near this offset" in logarithmic time: the
// extractors ask it once per candidate, so a linear scan would make long documents quadratic.

export interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  private readonly sorted: T[];
  /** The longest span: a span ending at or after `from` starts at or after `from - maxLength`. */
  private readonly maxLength: number;

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.maxLength = this.sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  /** First index whose start is >= at. */
  private lowerBound(at: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every span with `end >= from` and `start <= to` (a superset filter: callers test exactly). */
  *near(from: number, to: number): Generator<T> {
    for (let i = this.lowerBound(from - this.maxLength); i < this.sorted.length; i++) {
      const s = this.sorted[i]!;
      if (s.start > to) return;
      if (s.end >= from) yield s;
    }
  }

  /** Some span containing [start, end) (`s.start <= start && end <= s.end`). */
  covers(start: number, end: number): boolean {
    for (const s of this.near(start, end)) if (s.start <= start && end <= s.end) return true;
    return false;
  }

  /** Some span overlapping [start, end) (strictly: `s.start < end && start < s.end`). */
  overlaps(start: number, end: number): boolean {
    for (const s of this.near(start, end)) if (s.start < end && start < s.end) return true;
    return false;
  }
}
