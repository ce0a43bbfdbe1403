/**
 * Why two units of an audited reading (bench/audit14-cards.ts) are or are not aligned: the cell's
 * similarity against its matrix (floors, z, row and column bests), the pair decision, the actor and
 * predicate vetoes, as lib/engine/align.ts `align` decides with REPORT_ALIGN.
 *   npx tsx bench/audit14-pair.ts 3b 5 ecb-3_1p 5      # event, unit here, related article, unit there
 */
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { REPORT_ALIGN, actorsOf, differentActors, floorsFor, predicateVetoed, sameFact, unitSimilarity, align } from '../lib/engine/align.ts';
import { weighAll } from '../lib/engine/story.ts';
import { readingInputs } from './reading-inputs.ts';
import { ecbEvents } from './audit14-data.ts';

const [ev, xs, rid, ys] = process.argv.slice(2);
const byStory = ecbEvents();
const topic = ev!.slice(0, -1);
const own = byStory.get(ev!)!.slice(0, 5);
const corpus = [...own.slice(1), ...(byStory.get(`${topic}${ev!.endsWith('a') ? 'b' : 'a'}`) ?? []), ...(await loadSet('seeds'))];
const { rel, fx, fr, idf } = await readingInputs(own[0]!, new MemoryIndex(corpus));
const k = rel.findIndex((a) => a.id === rid);
const A = weighAll(fx, idf);
const B = weighAll(fr[k]!, idf);
const ai = A.filter((w) => w.f.fact);
const bi = B.filter((w) => w.f.fact);
const S = ai.map((a) => bi.map((b) => unitSimilarity(a, b)));
const all = S.flat().sort((p, q) => p - q);
const med = all[all.length >> 1]!;
const mad = Math.max(1.4826 * [...all.map((v) => Math.abs(v - med))].sort((p, q) => p - q)[all.length >> 1]!, 0.02);
const x = ai.findIndex((w) => w.f.unit.i === Number(xs));
const y = bi.findIndex((w) => w.f.unit.i === Number(ys));
const s = S[x]![y]!;
const fl = floorsFor(REPORT_ALIGN, all.length);
const row = [...S[x]!].sort((p, q) => q - p);
const col = S.map((r) => r[y]!).sort((p, q) => q - p);
const actA = actorsOf(A);
const actB = actorsOf(B);
console.log(`here  #${xs}: ${ai[x]!.f.unit.text}\nthere #${ys}: ${bi[y]!.f.unit.text}`);
console.log(`s=${s.toFixed(3)} z=${((s - med) / mad).toFixed(2)} cells=${all.length} floor=${fl.floor.toFixed(3)} floorMutual=${fl.floorMutual.toFixed(3)}`);
console.log(`row best ${row.slice(0, 3).map((v) => v.toFixed(3)).join(' ')} (best there: #${bi[S[x]!.indexOf(row[0]!)]!.f.unit.i}); col best ${col.slice(0, 3).map((v) => v.toFixed(3)).join(' ')} (best here: #${ai[S.map((r) => r[y]!).indexOf(col[0]!)]!.f.unit.i})`);
console.log(`sameFact p=${sameFact(ai[x]!, bi[y]!).probability.toFixed(3)} differentActors=${differentActors(ai[x]!, actA[A.indexOf(ai[x]!)]!, bi[y]!, actB[B.indexOf(bi[y]!)]!)} actors ${[...(actA[A.indexOf(ai[x]!)] ?? [])].join(',')} / ${[...(actB[B.indexOf(bi[y]!)] ?? [])].join(',')} predicateVetoed=${predicateVetoed(ai[x]!, bi[y]!, s, all.length, REPORT_ALIGN.predicates)}`);
const al = align(A, B, REPORT_ALIGN);
console.log('aligned with here:', al.matches.filter((m) => m.a === Number(xs)).map((m) => `#${m.b} ${m.s.toFixed(3)}${m.strong ? ' strong' : ''}`).join('; '), '| conflicts:', al.conflicts.filter((m) => m.a === Number(xs)).map((m) => `#${m.b} ${m.about}`).join('; '));
