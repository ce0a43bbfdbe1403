/**
 * story37: runs another story bench with the detail step's names set in its process, the bench itself unchanged:
 *
 *   nice npx tsx bench/story37-run.ts BENCH [--s37-names=corpus|aged|corpus+aged|none|off] [--s37-maxdf=N] [the bench's own flags]
 *
 * --s37-names: which shared names count as specific details (story.ts storyDetailNames; default lib's): `corpus` a name
 * whose key the corpus counts at most STORY_DETAILS.maxDf times, `aged` a name either report writes with an age, both,
 * none (ages, clock times and blocks only); `off` without the detail step (main's decision before story37).
 * --s37-maxdf=N: STORY_DETAILS.maxDf in this process.
 */
import { STORY_DETAILS } from '../lib/engine/fitted/story.ts';
import { storyDetailNames, type DetailNames } from '../lib/engine/story.ts';

const argv = process.argv.slice(2);
const bench = argv[0];
if (!bench) throw new Error('story37-run: BENCH (a bench/*.ts file) first');
const names = argv.find((a) => a.startsWith('--s37-names='))?.slice('--s37-names='.length);
if (names) storyDetailNames(names === 'off' ? null : (names as DetailNames));
const maxDf = argv.find((a) => a.startsWith('--s37-maxdf='))?.slice('--s37-maxdf='.length);
if (maxDf) STORY_DETAILS.maxDf = Number(maxDf);
console.log(`story37-run: ${bench}, names ${names ?? 'lib default'}, maxDf ${STORY_DETAILS.maxDf}`);
process.argv.splice(2, 1);
await import(new URL(bench.replace(/^bench\//, './'), import.meta.url).href);
