/**
 * conf76: the judged candidate pairs of bench/data/conflicts-labels.json (rounds 1–15: the dev fact sets, ECB+, AllSides,
 * GVC, Multi-News; every pair, reported or not) read offline by this checkout's conflict rule and by another checkout's
 * (`--main DIR`, e.g. a `git archive` of main), each unit's article read whole as the report reads it
 * (`ambiguousFigures` over its units' figures and words), once about no shared named actor and once about one. Prints
 * every pair on which the two readings differ, with its verdict (the reader standard, as conflicts-eval reads it).
 * `--ages`: also every judged pair whose two units each give an age of a person noun (Quantity.person), the nouns
 * differing, with its verdict and both readings about no shared actor (what conf76 reaches and what it leaves).
 *   npx tsx bench/conf76-labels.ts --main /tmp/conf76/main [--ages]
 */
import * as here from '../lib/engine/conflicts.ts';
import { quantities, stem, tokens } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import { optionValue } from './args.ts';
import { judgedFigurePairs } from './conflicts-data.ts';

const mainDir = optionValue('--main', process.argv.slice(2));
if (!mainDir) throw new Error('--main DIR: a checkout to compare with');
const there = (await import(`${mainDir}/lib/engine/conflicts.ts`)) as typeof here;
const nlpThere = (await import(`${mainDir}/lib/nlp/index.ts`)) as { quantities: typeof quantities; stem: typeof stem; tokens: typeof tokens };
type Units = Array<{ f: { figures: ReturnType<typeof quantities>; seq: string[] } }>;
const unitsBy = (nlp: typeof nlpThere) => (a: Article): Units => a.units.map((u) => ({ f: { figures: nlp.quantities(u.text), seq: nlp.tokens(u.text).map((t) => nlp.stem(t.w)) } }));
const reading = (nlp: typeof nlpThere) => {
  const cache = new Map<Article, Units>();
  const units = unitsBy(nlp);
  return (a: Article) => cache.get(a) ?? (cache.set(a, units(a)), cache.get(a)!);
};
const read = reading({ quantities, stem, tokens });
const readThere = reading(nlpThere);
let judged = 0;
let differ = 0;
for (const { g, l, A, B, ua, ub } of await judgedFigurePairs()) {
  judged++;
  const [fa, fb] = [read(A), read(B)];
  const [ga, gb] = [readThere(A), readThere(B)];
  const x = fa[ua]!.f.figures;
  const y = fb[ub]!.f.figures;
  if (process.argv.includes('--ages')) {
    const persons = (qs: typeof x) => new Set(qs.filter((q) => q.anchor === '|old' && q.person).map((q) => q.person!));
    const [px, py] = [persons(x), persons(y)];
    if (px.size && py.size && [...px].some((p) => [...py].some((q) => p !== q))) {
      const amb = { a: here.ambiguousFigures(fa), b: here.ambiguousFigures(fb) };
      const ambThere = { a: there.ambiguousFigures(ga), b: there.ambiguousFigures(gb) };
      const v = (l.reader ?? l.verdict) === 'true' ? 'TRUE' : 'false';
      console.log(`AGES [${g.name} ${v}] ${[...px]} / ${[...py]}: main ${there.figureConflict(ga[ua]!.f.figures, gb[ub]!.f.figures, ambThere, false)}, here ${here.figureConflict(x, y, amb, false)}\n   ${A.units[ua]!.text}\n   ${B.units[ub]!.text}`);
    }
  }
  for (const actor of [false, true]) {
    const amb = { a: here.ambiguousFigures(fa), b: here.ambiguousFigures(fb) };
    const ambThere = { a: there.ambiguousFigures(ga), b: there.ambiguousFigures(gb) };
    const now = here.figureConflict(x, y, amb, actor);
    const before = there.figureConflict(ga[ua]!.f.figures, gb[ub]!.f.figures, ambThere, actor);
    if (now === before) continue;
    differ++;
    const v = (l.reader ?? l.verdict) === 'true' ? 'TRUE' : 'false';
    console.log(`[${g.name} r${l.round ?? 1} ${v}${l.late ? ' late' : ''}] sameActor=${actor}: main ${before} → here ${now}\n   ${A.units[ua]!.text}\n   ${B.units[ub]!.text}`);
  }
}
console.log(`${judged} judged figure / date pairs read; ${differ} readings differ`);
