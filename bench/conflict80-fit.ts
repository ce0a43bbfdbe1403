/**
 * conflict80 (docs/notes/conflict80.md): how many words two months' clauses must share to date one event
 * (lib/engine/conflicts.ts `MONTH_CLAUSE.shared`, read by `oneEvent`). Every judged figure / date pair of
 * bench/data/conflicts-labels.json (rounds 1–15, reported or not; each unit's article read whole as the report reads it,
 * `ambiguousFigures`) is read with the count at 1…6 and with the rule off (∞: main's reading), once about no shared named
 * actor and once about one. A pair whose reading differs from the rule off is printed with its verdict (the reader
 * standard). The fit: on rounds 1–14, the smallest count at which no judged false pair fires that did not and no judged
 * true pair's reading changes (precision first, as CLAUSE_SHARED was chosen); round 15 (Multi-News, where the audit's "in May 2012" / "in April" pair is) is
 * printed apart, not fitted on. Nothing of the texts is written unless --show.
 *   npx tsx bench/conflict80-fit.ts [--show]
 */
import { ambiguousFigures, figureConflict, MONTH_CLAUSE } from '../lib/engine/conflicts.ts';
import { quantities, stem, tokens } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import { judgedFigurePairs } from './conflicts-data.ts';

const show = process.argv.includes('--show');
type Units = Array<{ f: { figures: ReturnType<typeof quantities>; seq: string[] } }>;
const cache = new Map<Article, Units>();
const read = (a: Article): Units => cache.get(a) ?? (cache.set(a, a.units.map((u) => ({ f: { figures: quantities(u.text), seq: tokens(u.text).map((t) => stem(t.w)) } }))), cache.get(a)!);

interface Row { name: string; round: number; verdict: boolean; x: Units[number]['f']['figures']; y: Units[number]['f']['figures']; amb: { a: ReadonlySet<string>; b: ReadonlySet<string> }; ta: string; tb: string }
const rows: Row[] = (await judgedFigurePairs()).map(({ g, l, A, B, ua, ub }) => {
  const [fa, fb] = [read(A), read(B)];
  return { name: g.name, round: l.round ?? 1, verdict: (l.reader ?? l.verdict) === 'true', x: fa[ua]!.f.figures, y: fb[ub]!.f.figures, amb: { a: ambiguousFigures(fa), b: ambiguousFigures(fb) }, ta: A.units[ua]!.text, tb: B.units[ub]!.text };
});
const readings = (k: number) => {
  MONTH_CLAUSE.shared = k;
  return rows.map((r) => [false, true].map((actor) => figureConflict(r.x, r.y, r.amb, actor)).join(' / '));
};
const off = readings(Infinity);
console.log(`${rows.length} judged figure / date pairs read`);
let fitted: number | null = null;
for (const k of [1, 2, 3, 4, 5, 6]) {
  const now = readings(k);
  const moved = rows.map((r, i) => ({ r, before: off[i]!, after: now[i]! })).filter((m) => m.before !== m.after);
  const none = ' / ';
  // A false pair the count makes fire (or fire otherwise), a true pair whose reading it changes (lost or told otherwise).
  const bad = (m: (typeof moved)[number]) => (m.r.verdict ? m.before !== none : m.after !== none);
  const count = (inFit: boolean, v: boolean, f: (m: (typeof moved)[number]) => boolean) => moved.filter((m) => (m.r.round !== 15) === inFit && m.r.verdict === v && f(m)).length;
  const tell = (inFit: boolean) => `${count(inFit, true, (m) => m.after !== none)} true found, ${count(inFit, true, bad)} true lost; ${count(inFit, false, bad)} false fired, ${count(inFit, false, (m) => m.after === none)} false dropped`;
  console.log(`shared ≥ ${k}: rounds 1–14 ${tell(true)}; round 15 ${tell(false)}`);
  for (const m of moved) console.log(`  [${m.r.name} r${m.r.round} ${m.r.verdict ? 'TRUE' : 'false'}] ${m.before} → ${m.after}${show ? `\n     ${m.r.ta}\n     ${m.r.tb}` : ''}`);
  if (fitted === null && !moved.some((m) => m.r.round !== 15 && bad(m))) fitted = k;
}
MONTH_CLAUSE.shared = 3;
console.log(`fitted (rounds 1–14: the smallest count firing no judged false pair and changing no true one): ${fitted}`);
