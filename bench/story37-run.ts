/**
 * story37: runs another story bench with the detail step's names set in its process, the bench itself unchanged:
 *
 *   nice npx tsx bench/story37-run.ts BENCH [--s37-names=aged|none|off] [the bench's own flags]
 *
 * --s37-names: which shared names count as specific details (story.ts storyDetailNames; default lib's, aged): `aged` a
 * name either report writes with an age, `none` no name (ages, clock times and blocks only); `off` without the detail
 * step (main's decision before story37). (At commit f57ebaf it also took `corpus` / `corpus+aged` and --s37-maxdf=N: a
 * name whose key the corpus counts at most N times; docs/notes/story37.md §2.)
 */
import { storyDetailNames, type DetailNames } from '../lib/engine/story.ts';

const argv = process.argv.slice(2);
const bench = argv[0];
if (!bench) throw new Error('story37-run: BENCH (a bench/*.ts file) first');
const names = argv.find((a) => a.startsWith('--s37-names='))?.slice('--s37-names='.length);
if (names) storyDetailNames(names === 'off' ? null : (names as DetailNames));
console.log(`story37-run: ${bench}, names ${names ?? 'lib default'}`);
process.argv.splice(2, 1);
await import(new URL(bench.replace(/^bench\//, './'), import.meta.url).href);
