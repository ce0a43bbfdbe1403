/**
 * conf51: does a date written in a figure's own clause tell two events under one head noun? Each candidate signal is
 * read on every judged figure row of the blind sheets given (`--sheet SHEET:VERDICTS:POOL`, as bench/conf50-signals.ts
 * reads them: the card's pair found again with `pairOf`), and the table says, per pool, how many true rows it would
 * drop and how many false rows (docs/notes/conf51.md). Signals, read from the two sentences only:
 * - a date in one clause only: the figure's own clause (the stretch of its sentence between marks , ; : ( ) — and
 *   clause openers) names a month or a year ("the Virginia Tech massacre in April in which 32 people were killed"), the
 *   other figure's clause names none;
 * - a clause's date the other sentence lacks: the figure's own clause names a month or a year that the other sentence
 *   does not name anywhere;
 * - dates apart in the clauses: both clauses name a month or a year, none shared;
 * - a date in one sentence only: the same, read on the whole sentence.
 * A rule on the second signal (conf51's `datedApart`, with lib/nlp's clause) was built and withdrawn: on rounds 1–15 it
 * dropped nine true rows (an age in a clause dated by a trial's month, "Trial is set for June 17 for 26-year-old …").
 *   npx tsx bench/conf51-signals.ts --sheet /tmp/x/round31.txt:bench/data/conf51-round31.tsv:r31 [--list]
 */
import { quantities, type Quantity } from '../lib/nlp/index.ts';
import { sheetRows, signalTable } from './conf46-gate.ts';
import { pairOf } from './conf42-gate.ts';

const rows = sheetRows();

const OPENERS = /^(?:which|who|whom|whose|where|when|while|after|before|because|although|though|as|but|and|that|in which)$/i;
/** The figure's clause: from the mark or clause opener before it to the one after it. */
function clause(s: string, q: Quantity): [number, number] {
  const marks = /[,;:()\u2014\u2013]|\s-\s|--/g;
  let lo = 0;
  let hi = s.length;
  for (const m of s.matchAll(marks)) {
    if (m.index! + m[0].length <= q.start) lo = m.index! + m[0].length;
    else if (m.index! >= q.end) {
      hi = m.index!;
      break;
    }
  }
  // Clause openers inside the stretch cut it too ("in April in which 32 people were killed" keeps "in April": the
  // relative clause tells what the head noun before it names).
  for (const m of s.slice(lo, q.start).matchAll(/\b(?:who|whom|whose|while|because|although|though|but)\b/gi)) lo = Math.max(lo, lo + m.index!);
  return [lo, hi];
}
const dates = (qs: Quantity[], span?: [number, number]) =>
  qs.filter((q) => (q.kind === 'month' || q.kind === 'year') && (!span || (q.start >= span[0] && q.end <= span[1]))).map((q) => `${q.kind}${q.value}`);

const signals: Record<string, (x: Quantity, y: Quantity, qa: Quantity[], qb: Quantity[], ta: string, tb: string) => boolean> = {
  'a date in one clause only': (x, y, qa, qb, ta, tb) => {
    const da = dates(qa, clause(ta, x));
    const db = dates(qb, clause(tb, y));
    return (da.length > 0) !== (db.length > 0);
  },
  "a clause's date the other sentence lacks": (x, y, qa, qb, ta, tb) => {
    const da = dates(qa, clause(ta, x));
    const db = dates(qb, clause(tb, y));
    const sa = dates(qa);
    const sb = dates(qb);
    return da.some((d) => !sb.includes(d)) || db.some((d) => !sa.includes(d));
  },
  'dates apart in the clauses': (x, y, qa, qb, ta, tb) => {
    const da = dates(qa, clause(ta, x));
    const db = dates(qb, clause(tb, y));
    return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
  },
  'a date in one sentence only': (_x, _y, qa, qb) => (dates(qa).length > 0) !== (dates(qb).length > 0),
};

const read = rows.flatMap((r) => {
  const p = pairOf(r.ta, r.tb, r.shown);
  if (!p) return [];
  const qa = quantities(r.ta);
  const qb = quantities(r.tb);
  return [{ r, on: Object.fromEntries(Object.entries(signals).map(([k, f]) => [k, f(p.x, p.y, qa, qb, r.ta, r.tb)])) as Record<string, boolean> }];
});
signalTable(rows, read, Object.keys(signals));
