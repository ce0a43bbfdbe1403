/**
 * conf56: "another referent" markers on the judged figure rows of rounds 1–35 (dev) — grammar that says the two figures
 * of a figure card count two things under one noun ("a separate attack", "followed up by", another year or place named)
 * — and the opposite, markers that the two count one thing. Each marker is read from the row's two sentences (the
 * card's pair `pairOf`, bench/conf42-gate.ts; the figures' own words left out); rows from the blind sheets and listing
 * bench/conf-readings.ts `judgedFigureRows` reads (`--sheet SHEET:VERDICTS:POOL`, `--earlier LISTING`). For each marker
 * and tier: rows it fires on, true / false, per round.
 *
 * Ship rule, written before any marker was scored (conf56 brief §2): a marker may **hide** a "check" row only if, on the
 * dev rounds, it fires on ≥ 3 false rows per true one pooled, on ≥ 5 false rows, and in every round it fires in
 * (leave-one-round-out: the held-out round's rows) on no more true than a third of its false (false ≥ 3 · true). A
 * marker may **move** a "differs" row to "check" under the same rule. A sameness marker may **move** a "check" row to
 * "differs" only if what it moves is ≥ 0.9 true pooled and in every round it fires in. Then round 36 is read once.
 *   npx tsx bench/conf56-markers.ts --sheet S:V:POOL … --earlier LISTING [--list MARKER]
 */
import type { Quantity } from '../lib/nlp/quantities.ts';
import type { TierRow } from './conf55-tiers.ts';
import { judgedFigureRows } from './conf-readings.ts';
import { pairOf } from './conf42-gate.ts';

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi;
const YEAR = /\b(?:19|20)\d\d\b/g;
const found = (re: RegExp, s: string) => [...new Set([...s.matchAll(re)].map((m) => m[0].toLowerCase().replace(/\.$/, '').slice(0, 3)))];
const apart = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w));
const oneSide = (a: string[], b: string[]) => (a.length > 0) !== (b.length > 0);
const has = (re: RegExp, s: string) => re.test(s);
/** A place: a run of capitalised words after in / at / near / off / outside (not the sentence's first word). */
const places = (s: string) => [...new Set([...s.matchAll(/\b(?:in|at|near|off|outside)\s+(?:the\s+)?((?:[A-Z][\w'.-]+\s?)+)/g)].flatMap((m) => m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/[.'-]+$/, ''))))];

/** The clause that holds a figure: between the nearest , ; : — ( ) or a clause-joining "while / whereas / but / and" around it. */
export function clauseOf(s: string, q: Quantity): string {
  const at = s.indexOf(q.text);
  if (at < 0) return s;
  const cut = /[,;:\u2014()]|\s(?:while|whereas|but|and)\s/g;
  let start = 0;
  let end = s.length;
  for (const m of s.matchAll(cut)) {
    if (m.index! + m[0].length <= at) start = m.index! + m[0].length;
    else if (m.index! >= at + q.text.length) {
      end = m.index!;
      break;
    }
  }
  return s.slice(start, end);
}

export type Marker = (a: string, b: string, x: Quantity, y: Quantity) => boolean;
const without = (s: string, q: Quantity) => s.replace(q.text, ' ');
const ANOTHER = /\b(?:another|separate(?:ly)?|a second|a further|additional)\b/i;
const SEQUENCE = /\b(?:followed (?:up )?by|earlier|later|previous(?:ly)?|prior|preceding|next|a (?:day|week|month|year) (?:before|after))\b/i;
const POLL = /\b(?:polls?|polled|polling|survey(?:ed|s)?|respondents)\b/i;
const SINCE = /\b(?:since|ago|last (?:week|month|year))\b/i;
export const MARKERS: Record<string, Marker> = {
  'another (one side)': (a, b) => has(ANOTHER, a) !== has(ANOTHER, b),
  'sequence word (one side)': (a, b) => has(SEQUENCE, a) !== has(SEQUENCE, b),
  'since / ago (one side)': (a, b) => has(SINCE, a) !== has(SINCE, b),
  'year apart (both, none shared)': (a, b, x, y) => apart(found(YEAR, without(a, x)), found(YEAR, without(b, y))),
  'year on one side only': (a, b, x, y) => oneSide(found(YEAR, without(a, x)), found(YEAR, without(b, y))),
  'weekday / month apart': (a, b, x, y) => apart([...found(WEEKDAY, without(a, x)), ...found(MONTH, without(a, x))], [...found(WEEKDAY, without(b, y)), ...found(MONTH, without(b, y))]),
  'place apart (both, none shared)': (a, b) => apart(places(a), places(b)),
  'place on one side only': (a, b) => oneSide(places(a), places(b)),
  'owner / subject apart': (_a, _b, x, y) => !!(x.owner ?? x.subject) && !!(y.owner ?? y.subject) && (x.owner ?? x.subject) !== (y.owner ?? y.subject),
  "another (figure's clause, one side)": (a, b, x, y) => has(ANOTHER, clauseOf(a, x)) !== has(ANOTHER, clauseOf(b, y)),
  "sequence word (figure's clause, one side)": (a, b, x, y) => has(SEQUENCE, clauseOf(a, x)) !== has(SEQUENCE, clauseOf(b, y)),
  "since / ago (figure's clause, one side)": (a, b, x, y) => has(SINCE, clauseOf(a, x)) !== has(SINCE, clauseOf(b, y)),
  "year in the figure's clause, one side only": (a, b, x, y) => oneSide(found(YEAR, without(clauseOf(a, x), x)), found(YEAR, without(clauseOf(b, y), y))),
  "place apart in the figures' clauses": (a, b, x, y) => apart(places(clauseOf(a, x)), places(clauseOf(b, y))),
  // Added after the why-list (bench/data/conf56-why.tsv: 15 false "check" rows are two polls): not pre-registered.
  'a poll or survey on either side (added after the why-list)': (a, b) => POLL.test(a) || POLL.test(b),
  'any another-referent marker above but owner': (a, b, x, y) => ['another (one side)', 'sequence word (one side)', 'year apart (both, none shared)', 'weekday / month apart', 'place apart (both, none shared)'].some((k) => MARKERS[k]!(a, b, x, y)),
};
/** Sameness markers: a check row it fires on would move to "differs". */
export const SAME: Record<string, Marker> = {
  'same weekday or month named (not the figure)': (a, b, x, y) => {
    const p = [...found(WEEKDAY, without(a, x)), ...found(MONTH, without(a, x))];
    const q = [...found(WEEKDAY, without(b, y)), ...found(MONTH, without(b, y))];
    return p.some((w) => q.includes(w));
  },
  'same place named': (a, b) => places(a).some((w) => places(b).includes(w)),
  'same weekday/month and same place': (a, b, x, y) => SAME['same weekday or month named (not the figure)']!(a, b, x, y) && SAME['same place named']!(a, b, x, y),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv;
  const at = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]!] : []));
  const rows = judgedFigureRows(argv).map((r) => ({ r, p: pairOf(r.ta, r.tb, r.shown) })).filter((x): x is { r: TierRow; p: NonNullable<ReturnType<typeof pairOf>> } => !!x.p);
  const listing = at('--list')[0];
  const report = (name: string, m: Marker, tier: 'check' | 'differs', sameness: boolean) => {
    const inTier = rows.filter((x) => x.r.tier === tier);
    const fired = inTier.filter((x) => m(x.r.ta, x.r.tb, x.p.x, x.p.y));
    const t = fired.filter((x) => x.r.verdict).length;
    const f = fired.length - t;
    const pools = [...new Set(fired.map((x) => x.r.pool))];
    const per = pools.map((p) => {
      const fp = fired.filter((x) => x.r.pool === p);
      const tp = fp.filter((x) => x.r.verdict).length;
      return { p, t: tp, f: fp.length - tp };
    });
    const ok = sameness
      ? fired.length > 0 && t / fired.length >= 0.9 && per.every((x) => x.t / (x.t + x.f) >= 0.9)
      : f >= 5 && f >= 3 * t && per.every((x) => x.f >= 3 * x.t);
    console.log(`| ${name} | ${tier} | ${fired.length} | ${t} | ${f} | ${per.map((x) => `${x.p} ${x.t}/${x.f}`).join(', ')} | ${ok ? '**holds**' : 'fails'} |`);
    if (listing === name) for (const x of fired) console.log(`    [${x.r.pool} ${x.r.verdict ? 'TRUE' : 'false'}] ${x.r.shown}\n      A: ${x.r.ta.slice(0, 220)}\n      B: ${x.r.tb.slice(0, 220)}`);
  };
  const j = (tier: string) => rows.filter((x) => x.r.tier === tier);
  console.log(`${rows.length} judged figure rows read again; "check" ${j('check').length} (${j('check').filter((x) => x.r.verdict).length} true), "differs" ${j('differs').length} (${j('differs').filter((x) => x.r.verdict).length} true)`);
  console.log('| marker | tier | fires | true | false | per round (true/false) | ship rule |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, m] of Object.entries(MARKERS)) for (const tier of ['check', 'differs'] as const) report(name, m, tier, false);
  for (const [name, m] of Object.entries(SAME)) report(name, m, 'check', true);
}
