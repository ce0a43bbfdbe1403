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
 * - the figure must identify one quantity in each article: when an article itself gives two
 *   different figures for the same kind and head ("a 275 horsepower motor" … "335 horsepower in
 *   total", "up to 5 hours of battery life" … "more than 24 hours", "on Monday" … "on Sunday"), the
 *   head does not say which thing a figure is about, so a different figure elsewhere is not a
 *   disagreement (`ambiguousFigures`; no constant: one article, two values).
 * - a bound agrees with a figure it admits ("more than 1,000 flights" / "1,500 flights"); a vague
 *   word ("hundreds") keeps its reading;
 * - durations, like weekdays, name no thing: compared only between units about one named actor and
 *   anchored alike ("in 25 years" / "50 years since" are two spans).
 * Measured on real coverage, conflict by conflict: `npx tsx bench/conflicts-eval.ts`
 * (bench/data/conflicts-labels.json, docs/notes/conflicts3.md).
 */
import { sameFigure, type Quantity } from '../nlp';

/**
 * Figures that disagree between two units, described in words; null when they agree.
 * `ambiguous`: the figure keys (`figureKey`) each unit's article gives two different values for
 * (`ambiguousFigures`); such figures are never compared. `sameActor`: both units are about one named
 * actor (`sharedActor`); weekdays are compared only then.
 */
export function figureConflict(
  a: Quantity[],
  b: Quantity[],
  ambiguous?: { a: ReadonlySet<string>; b: ReadonlySet<string> },
  sameActor = true,
): string | null {
  for (const x of a) {
    for (const y of b) {
      if (!comparable(x, y)) continue;
      // A weekday dates an event, and it has no head noun to say which: two units that name no
      // common actor ("Westmacott said by phone on Friday" / "the ambassador revealed Thursday")
      // may date two events of one story. Compared only when both are about the same named actor.
      if (x.kind === 'weekday' && !sameActor) continue;
      // A duration measures time between two points its head does not name ("for the first time in
      // 25 years" / "50 years since the band's formation"; "nine days before the inauguration" / "in
      // about 30 days"): compared only when both are anchored alike and about the same named actor.
      if (x.kind === 'duration' && (!sameActor || (x.anchor ?? '') !== (y.anchor ?? ''))) continue;
      if (ambiguous && (ambiguous.a.has(figureKey(x)) || ambiguous.b.has(figureKey(y)))) continue;
      if (agree(x, y)) continue;
      // The same figure stated elsewhere in the other unit settles it ("two … two weeks"), whatever
      // noun follows it there ("people over the age of 65, adults 18 and older" / "people 65 and older").
      // Only the same figure settles it: a bound there ("at least 208,000 of which…") admits too much.
      if (b.some((z) => z.kind === x.kind && agree(x, z, false))) continue;
      if (a.some((z) => z.kind === y.kind && agree(z, y, false))) continue;
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

/** Two units' main actors (lib/nlp/actors.ts) name one actor. */
export function sharedActor(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (!a || !b) return false;
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** What a figure is a figure of, as `comparable` reads it: its kind and the thing it counts. */
export function figureKey(q: Quantity): string {
  if (q.kind === 'weekday') return q.kind;
  return `${q.kind}|${q.kind === 'money' || q.kind === 'percent' ? currencyHead(q.head) : q.head}`;
}

/**
 * The figure keys one article gives two different values for (they do not identify one quantity).
 * Cached per list of units: the report asks once per article and related article.
 */
export function ambiguousFigures(units: ReadonlyArray<{ f: { figures: Quantity[] } }>): ReadonlySet<string> {
  const hit = ambiguousCache.get(units);
  if (hit) return hit;
  const seen = new Map<string, Quantity[]>();
  const out = new Set<string>();
  for (const u of units) {
    for (const q of u.f.figures) {
      if (q.kind === 'id' || q.kind === 'year' || q.kind === 'month' || q.kind === 'day') continue;
      const key = figureKey(q);
      const prev = seen.get(key);
      if (!prev) seen.set(key, [q]);
      else if (!out.has(key)) {
        if (prev.some((p) => !agree(p, q, false))) out.add(key);
        prev.push(q);
      }
    }
  }
  ambiguousCache.set(units, out);
  return out;
}
const ambiguousCache = new WeakMap<object, ReadonlySet<string>>();

/** "$5 million dollars", "5 euros": the currency word is not what the money is about. */
function currencyHead(h: string | null): string | null {
  return h && /^(?:dollar|euro|pound|usd|eur|gbp|cent|percent)s?$/.test(h) ? null : h;
}

/**
 * Same figure, or the same figure at the precision the coarser one is written with: "$10" and
 * "$9.99", "$4.8 billion" and "$4.76 billion" (rounding is not disagreement; no tolerance constant),
 * or a figure inside a range the other writes out.
 */
export function agree(x: Quantity, y: Quantity, bounds = true): boolean {
  if (sameFigure(x, y)) return true;
  // A range written as one ("30-60 per cent") agrees with any figure it overlaps; a vague word
  // ("hundreds") keeps its own reading (against "more than 200" it is the labelled disagreement).
  if (writtenRange(x) || writtenRange(y)) return x.value <= y.max && y.value <= x.max;
  // A bound agrees with a figure it admits: "more than 1,000 flights" / "at least 1,800 flights",
  // "less than 50 km (30 miles)" / "10 miles". Not a vague word ("hundreds"), which keeps its reading.
  const vague = (q: Quantity) => q.value !== q.max;
  if (bounds && !vague(x) && !vague(y)) {
    const bx = bound(x);
    const by = bound(y);
    if (bx && by) return bx === by || (bx === 'lower' ? x.value <= y.value : y.value <= x.value);
    if (bx === 'lower') return y.value > x.value || (x.qualifier === 'at least' && y.value === x.value);
    if (bx === 'upper') return y.value < x.value || ((x.qualifier === 'at most' || x.qualifier === 'up to') && y.value === x.value);
    if (by) return agree(y, x);
  }
  if (x.value !== x.max || y.value !== y.max) return false;
  const step = Math.max(writtenStep(x), writtenStep(y));
  if (!(step > 0)) return false;
  return Math.round(x.value / step) === Math.round(y.value / step);
}

/** "more than 200" is a lower bound, "less than 50" an upper one; "about", "nearly" are neither. */
function bound(q: Quantity): 'lower' | 'upper' | null {
  switch (q.qualifier) {
    case 'more than':
    case 'at least':
    case 'over':
      return 'lower';
    case 'less than':
    case 'fewer than':
    case 'at most':
    case 'under':
    case 'up to':
      return 'upper';
    default:
      return null;
  }
}

/** A range written with figures and a dash ("30-60", "$10–20"). */
function writtenRange(q: Quantity): boolean {
  return q.value !== q.max && /\d\s?[-\u2013\u2014]\s?\d/.test(q.text);
}

/**
 * The unit of the last digit written: "$9.99" → 0.01, "$4.8 billion" → 1e8, "12,000" → 1. A figure
 * said to be approximate ("some 2,700", "about 20,000") is rounded at its last non-zero digit (100,
 * 10,000): "some 2,700 pages" and "2,702 pages" agree.
 */
function writtenStep(q: Quantity): number {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(q.text);
  if (!m) return 0;
  const written = Number(m[0].replace(/,/g, ''));
  if (!(written > 0)) return 0;
  const scale = q.value / written;
  let step = 10 ** -(m[1]?.length ?? 0) * scale;
  if (q.qualifier && APPROXIMATE.has(q.qualifier) && !m[1]) {
    let n = written;
    while (n % 10 === 0 && n > 0) {
      n /= 10;
      step *= 10;
    }
  }
  return step;
}
const APPROXIMATE = new Set(['about', 'around', 'approximately', 'some', 'nearly', 'almost']);
