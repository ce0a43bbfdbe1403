/**
 * Why the report calls two outlets' leads different (bench/audit14-leads.ts lists the pairs): for each
 * listed pair, the lead here against its three most similar fact units there (and R's lead against its
 * three here): similarity, robust z, rank in row and column, the margin over the runner-up of the row and
 * of the column, the margin when the runner-ups that restate the best in its own article (similarity
 * ≥ the strong floor) are not counted, and the pair decision's probability.
 *   npx tsx bench/fact15-why.ts 1a 1b 3a …
 */
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { REPORT_ALIGN, floorsFor, sameFact, unitSimilarity, type Weighted } from '../lib/engine/align.ts';
import { weighAll } from '../lib/engine/story.ts';
import { readingInputs } from './reading-inputs.ts';
import { ecbEvents } from './audit14-data.ts';

const byStory = ecbEvents();
const seeds = await loadSet('seeds');
const f3 = (v: number) => v.toFixed(3);
for (const ev of process.argv.slice(2)) {
  const own = (byStory.get(ev) ?? []).slice(0, 5);
  if (own.length < 2) continue;
  const other = byStory.get(`${ev.slice(0, -1)}${ev.endsWith('a') ? 'b' : 'a'}`) ?? [];
  const index = new MemoryIndex([...own.slice(1), ...other, ...seeds]);
  const r = await compareArticle(own[0]!, index);
  const lead = r.article.units.find((u) => u.fact !== false);
  if (!lead) continue;
  const { rel, fx, fr, idf } = await readingInputs(own[0]!, index);
  for (const R of r.related) {
    if (R.relation === 'near-copy' || !own.some((a) => a.id === R.id)) continue;
    const theirs = R.units.find((u) => u.fact !== false);
    if (!theirs) continue;
    const left = r.leftOut.some((f) => f.i === lead.i && f.missingFrom.includes(R.id));
    const added = r.added.some((f) => f.sources.some((s) => s.id === R.id && s.i === theirs.i));
    if (!(left && added)) continue;
    const k = rel.findIndex((a) => a.id === R.id);
    const A = weighAll(fx, idf).filter((w) => w.f.fact);
    const B = weighAll(fr[k]!, idf).filter((w) => w.f.fact);
    const S = A.map((a) => B.map((b) => unitSimilarity(a, b)));
    const all = S.flat().sort((p, q) => p - q);
    const med = all[all.length >> 1]!;
    const mad = Math.max(1.4826 * [...all.map((v) => Math.abs(v - med))].sort((p, q) => p - q)[all.length >> 1]!, 0.02);
    const fl = floorsFor(REPORT_ALIGN, all.length);
    console.log(`${ev} ${own[0]!.id}#${lead.i} / ${R.id}#${theirs.i}  cells=${all.length} floor=${f3(fl.floor)} floorMutual=${f3(fl.floorMutual)}`);
    const show = (P: Weighted[], Q: Weighted[], x: number, T: number[][], side: string) => {
      const row = Q.map((_, y) => y).sort((p, q) => T[x]![q]! - T[x]![p]!);
      for (const y of row.slice(0, 3)) {
        const s = T[x]![y]!;
        const rowSecond = Math.max(0, ...Q.map((_, y2) => (y2 === y ? 0 : T[x]![y2]!)));
        const col = P.map((_, x2) => T[x2]![y]!);
        const colRank = col.filter((v) => v > s).length;
        const colSecond = Math.max(0, ...col.filter((_, x2) => x2 !== x));
        const rowRival = Math.max(0, ...Q.map((q, y2) => (y2 === y || unitSimilarity(Q[y]!, q) >= REPORT_ALIGN.floor ? 0 : T[x]![y2]!)));
        const colRival = Math.max(0, ...P.map((p, x2) => (x2 === x || unitSimilarity(P[x]!, p) >= REPORT_ALIGN.floor ? 0 : T[x2]![y]!)));
        const p = side === 'here' ? sameFact(P[x]!, Q[y]!).probability : sameFact(Q[y]!, P[x]!).probability;
        console.log(`   ${side} #${P[x]!.f.unit.i} ~ #${Q[y]!.f.unit.i}: s=${f3(s)} z=${((s - med) / mad).toFixed(2)} colRank=${colRank} rowMargin=${(s / rowSecond).toFixed(2)} colMargin=${colRank ? '-' : (s / colSecond).toFixed(2)} rival ${(s / rowRival).toFixed(2)}/${colRank ? '-' : (s / colRival).toFixed(2)} p=${f3(p)}  ${Q[y]!.f.unit.text.slice(0, 70)}`);
      }
    };
    const x = A.findIndex((w) => w.f.unit.i === lead.i);
    const y = B.findIndex((w) => w.f.unit.i === theirs.i);
    if (x >= 0) show(A, B, x, S, 'here');
    const ST = B.map((_, j) => A.map((_, i) => S[i]![j]!));
    if (y >= 0) show(B, A, y, ST, 'there');
  }
}
