/**
 * The pairs the actor check drops although they are the best of their row or column at a similarity
 * above the strong floor, in the audited readings (bench/audit14-cards.ts): each with both units'
 * actors, so a wrong actor (a pronoun resolved to the wrong person) shows.
 *   npx tsx bench/audit14-vetoes.ts 1b 3b …
 */
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { REPORT_ALIGN, actorsOf, differentActors, floorsFor, unitSimilarity } from '../lib/engine/align.ts';
import { weighAll } from '../lib/engine/story.ts';
import { readingInputs } from './reading-inputs.ts';
import { ecbEvents } from './audit14-data.ts';

const byStory = ecbEvents();
const seeds = await loadSet('seeds');
let n = 0;
for (const ev of process.argv.slice(2)) {
  const topic = ev.slice(0, -1);
  const own = (byStory.get(ev) ?? []).slice(0, 5);
  if (own.length < 2) continue;
  const corpus = [...own.slice(1), ...(byStory.get(`${topic}${ev.endsWith('a') ? 'b' : 'a'}`) ?? []), ...seeds];
  const { rel, fx, fr, idf } = await readingInputs(own[0]!, new MemoryIndex(corpus));
  const A = weighAll(fx, idf);
  const actA = actorsOf(A);
  rel.forEach((R, k) => {
    const B = weighAll(fr[k]!, idf);
    const actB = actorsOf(B);
    const ai = A.map((w, i) => [w, i] as const).filter(([w]) => w.f.fact);
    const bi = B.map((w, j) => [w, j] as const).filter(([w]) => w.f.fact);
    const S = ai.map(([a]) => bi.map(([b]) => unitSimilarity(a, b)));
    const { floor } = floorsFor(REPORT_ALIGN, ai.length * bi.length);
    ai.forEach(([a, i], x) =>
      bi.forEach(([b, j], y) => {
        const s = S[x]![y]!;
        const best = s === Math.max(...S[x]!) || s === Math.max(...S.map((r) => r[y]!));
        if (s < floor || !best || !differentActors(a, actA[i]!, b, actB[j]!)) return;
        n++;
        console.log(`${ev} ${own[0]!.id}#${a.f.unit.i} × ${R.id}#${b.f.unit.i} s=${s.toFixed(3)} actors ${[...(actA[i] ?? [])].join(',')}${a.f.subject !== undefined ? '(resolved)' : ''} / ${[...(actB[j] ?? [])].join(',')}${b.f.subject !== undefined ? '(resolved)' : ''}\n   ${a.f.unit.text.slice(0, 150)}\n   ${b.f.unit.text.slice(0, 150)}`);
      }),
    );
  });
}
console.log(`${n} pairs dropped on actors above the strong floor`);
