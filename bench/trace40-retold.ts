/**
 * trace40: how closely each judged row's article retells the selection, as lib/quotes/retell.ts reads it (frame
 * undone, content words in order), over the passages the speaker test admits (a quote of the selection's speaker in
 * the unit and none of anyone else's, or the unit or its paragraph naming the speaker's last name). The speaker is the
 * selection's own attribution (the trace's may come from the occurrences too). Ids and numbers only; `--text` prints
 * the selection and the best clause (dev sets only).
 *
 *   nice npx tsx bench/trace40-retold.ts bench/data/trace30-labels.tsv        (likewise trace31, trace32)
 *
 * One line a judged row: verdict, the selection's content words, the best passage's share of the shorter side's words
 * found in order (`score`), the shared count `m/shorter`, how the speaker agrees, and LAB when the passage is in the
 * labelled span. trace40's rule lists a passage with m ≥ TRACE_PARAMS.retoldWords (3) and score ≥ unquoted (0.8).
 * The sealed labels (bench/data/trace39-labels.tsv) are refused: they are read by bench/trace-eval.ts once.
 */
import { readFileSync } from 'node:fs';
import { judgedRow, loadStories } from './trace30-data.ts';
import { loadStories31 } from './trace31-data.ts';
import { loadStories32 } from './trace32-data.ts';
import { words } from '../lib/quotes/similarity.ts';
import { retellWords, retelling, type Retelling } from '../lib/quotes/retell.ts';
import type { Article, Quote, Unit } from '../lib/types.ts';

const file = process.argv[2] ?? 'bench/data/trace30-labels.tsv';
if (file.includes('trace39')) throw new Error('trace39 labels are sealed: read them once with bench/trace-eval.ts');
const TEXT = process.argv.includes('--text');
const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const T31 = rows[0]![0]!.startsWith('T');
const T32 = rows[0]![0]!.startsWith('G');
const stories = T31 ? loadStories31().all : T32 ? loadStories32().all : loadStories();
const byId = new Map<string, Article>();
for (const s of stories) for (const a of s.articles) byId.set(a.id, a);
const last = (s: string) => words(s).pop()!;

for (const c of rows) {
  const { target: t, quote: q, speaker } = judgedRow(c, byId);
  if (!speaker) {
    console.log(`${c[0]} ${c[8]} ${c[9]} speaker=none`);
    continue;
  }
  const L = last(speaker);
  const sel = retellWords(q);
  const cands: Array<{ text: string; unit: Unit | undefined }> = [
    ...t.quotes.filter((x: Quote) => x.speaker && last(x.speaker) === L).map((x) => ({ text: x.text, unit: t.units.find((u) => u.start <= x.start && x.start < u.end) })),
    ...t.units.map((u) => ({ text: u.text, unit: u })),
  ];
  let best: { r: Retelling; agree: string; u: Unit } | null = null;
  const rank = (r: Retelling) => (r.shared >= 3 ? 10 : 0) + r.score;
  for (const cd of cands) {
    const u = cd.unit;
    if (!u) continue;
    const inUnit = t.quotes.filter((x) => x.start < u.end && u.start < x.end && x.speaker);
    if (inUnit.some((x) => last(x.speaker!) !== L)) continue;
    const para = t.units.filter((v) => v.p === u.p).map((v) => v.text).join(' ');
    const agree = inUnit.length > 0 ? 'quote' : words(u.text).includes(L) ? 'named' : words(para).includes(L) ? 'para' : null;
    if (!agree) continue;
    const r = retelling(sel, cd.text);
    if (!best || rank(r) > rank(best.r)) best = { r, agree, u };
  }
  const lab = best && c[10] ? best.u.start < Number(c[11]) && Number(c[10]) < best.u.end : false;
  const head = `${c[0]} ${c[8]} ${c[9]} sel=${sel.length}`;
  if (!best) console.log(`${head} no passage of the speaker`);
  else console.log(`${head} score=${best.r.score.toFixed(3)} m=${best.r.shared}/${best.r.shorter} ${best.agree} u${best.u.i}${lab ? ' LAB' : ''}`);
  if (TEXT && best) console.log(`   S: ${q}\n   C: ${best.r.clause}`);
}
