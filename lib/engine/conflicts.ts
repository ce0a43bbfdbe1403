/**
 * Do two aligned units disagree on a figure? A conflict is a strong claim ("these outlets
 * disagree"), so it needs the same quantity about the same thing:
 * - same kind (money with money, a count with a count; identifiers such as "Route 66" and dates
 *   such as "Sept. 11" or "9/11" are never amounts — lib/nlp/quantities.ts tells them apart);
 * - counts and durations must count the same thing (same head noun: "19 hijackers" vs "20
 *   hijackers"); money and percentages must not be about two named different things ("$4 million
 *   on roads" vs "$9 million on schools").
 * Two different figures for the same thing are reported even when both could be true ("hundreds"
 * vs "more than 200" Venezuelans): the seeds' hand labels (tests/data/engine/seeds-labels.json)
 * count that as a conflict, since the reader sees the outlets give different numbers.
 * Dates (years, months, day numbers) are not compared: one sentence often names several.
 */
import { sameFigure, type Quantity } from '../nlp';

/** Figures that disagree between two units, described in words; null when they agree. */
export function figureConflict(a: Quantity[], b: Quantity[]): string | null {
  for (const x of a) {
    for (const y of b) {
      if (!comparable(x, y)) continue;
      if (agree(x, y)) continue;
      // The same figure stated elsewhere in the other unit settles it ("two … two weeks").
      if (b.some((z) => comparable(x, z) && agree(x, z))) continue;
      if (a.some((z) => comparable(z, y) && agree(z, y))) continue;
      return `${x.kind === 'money' ? 'money' : x.kind === 'weekday' || x.kind === 'month' || x.kind === 'day' || x.kind === 'year' ? 'date' : 'number'}: ${x.text} vs ${y.text}`;
    }
  }
  return null;
}

/** Are x and y figures of the same quantity about the same thing? */
export function comparable(x: Quantity, y: Quantity): boolean {
  if (x.kind !== y.kind) return false;
  if (x.kind === 'id' || x.kind === 'year' || x.kind === 'month' || x.kind === 'day') return false;
  if (x.kind === 'weekday') return true;
  // An order of magnitude apart is two different quantities ("two people familiar with the
  // matter" vs "4,000 people", "$2.8 billion" vs "$2.53 per share"), not a misreport of one.
  const lo = Math.min(x.value, y.value);
  const hi = Math.max(x.max, y.max);
  if (lo > 0 && hi / lo >= 10) return false;
  if (x.kind === 'money' || x.kind === 'percent') return currencyHead(x.head) === currencyHead(y.head);
  return x.head !== null && x.head === y.head;
}

/** "$5 million dollars", "5 euros": the currency word is not what the money is about. */
function currencyHead(h: string | null): string | null {
  return h && /^(?:dollar|euro|pound|usd|eur|gbp|cent|percent)s?$/.test(h) ? null : h;
}

/**
 * Same figure, or the same figure at the precision the coarser one is written with: "$10" and
 * "$9.99", "$4.8 billion" and "$4.76 billion" (rounding is not disagreement; no tolerance constant).
 */
export function agree(x: Quantity, y: Quantity): boolean {
  if (sameFigure(x, y)) return true;
  if (x.value !== x.max || y.value !== y.max) return false;
  const step = Math.max(writtenStep(x), writtenStep(y));
  if (!(step > 0)) return false;
  return Math.round(x.value / step) === Math.round(y.value / step);
}

/** The unit of the last digit written: "$9.99" → 0.01, "$4.8 billion" → 1e8, "12,000" → 1. */
function writtenStep(q: Quantity): number {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(q.text);
  if (!m) return 0;
  const written = Number(m[0].replace(/,/g, ''));
  if (!(written > 0)) return 0;
  const scale = q.value / written;
  return 10 ** -(m[1]?.length ?? 0) * scale;
}
