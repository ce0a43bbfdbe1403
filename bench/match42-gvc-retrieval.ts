/**
 * match42: GVC's same-incident pairs not retrieved, by cause (issue 8 item 1) — the corpus of bench/story-gvc.ts (the
 * split's read articles, its one-article distractors, the seeds and the zyte pages) through bench/story-retrieval.ts
 * `retrievalOnly`: retrieval-only recall of the pairs at most STORY_DAYS apart (the pairs a dated page can relate),
 * each miss classified (no key shared / the shared keys all too common to be asked / fewer hits than the 40th candidate
 * / as many, ranked below it by id), the bench-only whole-text scan ceiling, and simulated rankings (`--alt`, as
 * story-multinews.ts: `48w` summed IDF, `48t` hits with ties by summed IDF). Ids and numbers only.
 *
 *   npx tsx bench/match42-gvc-retrieval.ts [--split dev|held] [--all-pairs] [--errors] [--alt 48w,48t]
 *
 * --split held prints fractions only (--errors is refused there). --all-pairs: every same-incident pair, follow-ups
 * further apart included.
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { daysApart, STORY_DAYS } from '../lib/engine/story.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcItems, gvcStoryCorpus, GVC_GIT } from './data/gvc.ts';
import { retrievalOnly } from './story-retrieval.ts';

const argv = process.argv.slice(2);
const arg = (n: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const split = (arg('--split') ?? 'dev') as 'dev' | 'held';
const items = gvcItems();
if (!items) {
  console.log(`match42-gvc-retrieval: skipped: mirror absent (${GVC_GIT})`);
  process.exit(0);
}
const corpus = gvcStoryCorpus(items, split);
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const read = corpus.read.map((d) => d.article);
const index = new MemoryIndex([...read, ...corpus.distractors.map((d) => d.article), ...seeds, ...loadZyte()]);
const groupOf = new Map([...corpus.read, ...corpus.distractors].map((d) => [d.article.id, d.incident]));
const inWindow = (a: { id: string }, b: { id: string }) => {
  const g = daysApart(corpus.dateOf.get(a.id) ?? null, corpus.dateOf.get(b.id) ?? null);
  return g !== null && g <= STORY_DAYS;
};
const alternatives = (arg('--alt') ?? '').split(',').filter(Boolean).map((x) => ({ ask: parseInt(x, 10), weighted: x.endsWith('w'), tie: x.endsWith('t') }));
console.log(`gvc ${split}: ${read.length} read, corpus ${(await index.count())}; pairs ${argv.includes('--all-pairs') ? 'all' : `≤ ${STORY_DAYS} days apart`}`);
await retrievalOnly({
  index,
  read,
  groupOf,
  errors: argv.includes('--errors') && split === 'dev',
  alternatives,
  counts: argv.includes('--all-pairs') ? () => true : inWindow,
});
