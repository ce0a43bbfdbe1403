/**
 * The clause check's firings on the labelled DEV sets (facts11): every aligned fact unit of a related
 * article that the report calls added only because a clause is untold (report.ts `untoldClauses`, no
 * detail from `novelDetails`), whether the labels agree (the unit carries a fact the article read
 * lacks), and each untold clause with its measures: best similarity there, the floor, content words,
 * share of its content stems the article read never uses, and its place in the sentence.
 *   npx tsx bench/facts-clausefire.ts [--list]
 * Held-out sets are never read.
 */
import { sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { contentStem } from '../lib/engine/keys.ts';
import { tokens } from '../lib/nlp/index.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { untoldUnits } from './facts-untold.ts';

const list = process.argv.includes('--list');
const rows: Array<{ right: boolean; m: Record<string, number> }> = [];
for await (const { name, x, rid, w, j, wx, idf, hereText, untold, gold } of untoldUnits()) {
  const all = predications(w.f.unit.text);
  for (const c of untold) {
    const f = unitFeatures(sentenceUnit(c.text));
    const cw = weigh(f, idf.words, idf.grams);
    let best = 0;
    for (const b of wx) best = Math.max(best, unitSimilarity(cw, b));
    const st = [...new Set(tokens(c.text).map((t) => contentStem(t.w)).filter((s): s is string => s !== null))];
    const fresh = st.length ? st.filter((s) => !hereText.stems.has(s) && !(s.length >= 5 && hereText.folded.includes(s))).length / st.length : 0;
    const first = all[0]?.start === c.start ? 1 : 0;
    rows.push({ right: gold, m: { best, content: f.lex.length, fresh, first, clauses: all.length } });
    if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${rid.slice(0, 3)}#${j}] ${gold ? 'RIGHT' : 'WRONG'} s=${best.toFixed(3)} content=${f.lex.length} fresh=${fresh.toFixed(2)} first=${first} "${c.text.slice(0, 120)}"`);
  }
}
const auc = (k: string) => {
  const pos = rows.filter((q) => q.right).map((q) => q.m[k]!);
  const neg = rows.filter((q) => !q.right).map((q) => q.m[k]!);
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? (s / (pos.length * neg.length)).toFixed(2) : 'n/a';
};
console.log(`untold clauses deciding a unit: ${rows.length} (${rows.filter((q) => q.right).length} on units the labels call added)`);
console.log(`AUC (right above wrong): ${Object.keys(rows[0]?.m ?? {}).map((k) => `${k} ${auc(k)}`).join(', ')}`);
