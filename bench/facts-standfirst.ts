/**
 * The standfirst rule (lib/engine/features.ts `standfirstOf`, docs/notes/facts12.md).
 *
 *   npx tsx bench/facts-standfirst.ts            the nine dev sets' F1 over the rule's one constant, the
 *       most units the paragraph under a repeated headline may hold (0: the rule off), and leave one set
 *       out (each set scored at the point the other eight choose; ties go to the point listed first, the
 *       smaller cap). Each point is one bench/eval.ts run.
 *   npx tsx bench/facts-standfirst.ts --pages    on real pages (the zyte pages when ZYTE_HTML_DIR or
 *       /work/shared holds them, the distractors, the page set): how often the headline is repeated in
 *       the body, where the rule fires (each printed), and how often the page's description is repeated
 *       as a body unit (each printed: is the description a standfirst?).
 *   npx tsx bench/facts-standfirst.ts --captions the English fact units of the zyte pages that `isCaption`
 *       calls captions (each printed, and the count).
 */
import { devScores, leaveOneSetOut } from './facts-figures.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { isCaption, isFactUnit, standfirstOf } from '../lib/engine/features.ts';

const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

if (process.argv.includes('--pages')) {
  const arts = [...loadZyte(), ...(await loadSet('distractors')), ...(await loadSet('page'))];
  let heads = 0, fires = 0, desc = 0;
  for (const a of arts) {
    if (a.description) {
      const d = bare(a.description);
      if (a.units.some((u) => bare(u.text) === d)) (desc++, console.log(`description in the body  ${a.description.slice(0, 100)}`));
    }
    const title = bare(a.title ?? '');
    const h = title ? a.units.find((u) => bare(u.text) === title) : undefined;
    if (!h) continue;
    heads++;
    const p = standfirstOf(a.units, h.p);
    if (p !== undefined) fires++;
    console.log(`${p !== undefined ? 'standfirst' : 'headline  '}  ${a.title.slice(0, 60)}  ->  ${a.units.filter((u) => u.p === h.p + 1).map((u) => u.text.slice(0, 80)).join(' | ')}`);
  }
  console.log(`${arts.length} articles: headline repeated in the body ${heads}, standfirst ${fires}, description repeated as a unit ${desc}`);
} else if (process.argv.includes('--captions')) {
  let n = 0, c = 0;
  for (const a of loadZyte()) {
    if (a.language !== 'en') continue;
    for (const u of a.units) {
      if (!isFactUnit(u)) continue;
      n++;
      if (isCaption(u.text)) (c++, console.log(`caption  ${u.text.slice(0, 120)}`));
    }
  }
  console.log(`${c} of ${n} English fact units of the zyte pages are captions`);
} else {
  const grid = ['0', '1', '2', '3', '99'];
  const points = grid.map((g) => ({ name: g, scores: devScores([`--standfirst=${g}`]) }));
  const sets = Object.keys(points[0]!.scores);
  console.log(`| max units | ${sets.join(' | ')} | mean |\n|---|${sets.map(() => '---|').join('')}---|`);
  for (const p of points) console.log(`| ${p.name} | ${sets.map((s) => p.scores[s]!.toFixed(4)).join(' | ')} | ${(sets.reduce((x, s) => x + p.scores[s]!, 0) / sets.length).toFixed(4)} |`);
  const l = leaveOneSetOut(points);
  console.log(`\nleave one set out: ${l.mean.toFixed(4)}; picks ${Object.entries(l.picks).map(([s, p]) => `${s}:${p}`).join(' ')}`);
}
