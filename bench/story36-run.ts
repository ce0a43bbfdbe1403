/**
 * story36: runs another story bench with this stop's experiments switched on in its process, the bench itself unchanged:
 *
 *   nice npx tsx bench/story36-run.ts BENCH [--s36-off] [the bench's own flags]
 *
 * --s36-off: without the detail step (story.ts storyDetails(false)): main's story decision before story36.
 *
 * (At commit a7855f6 this script also took --s36-week, story30's week-scoped keys through a bench-side index, and
 * --s36-rule=PC,K[,veto], the detail rule as a switch; the numbers of docs/notes/story36.md §2 were taken there with
 * --s36-rule=0.15,1,veto.)
 */
import { storyDetails } from '../lib/engine/story.ts';

const argv = process.argv.slice(2);
const bench = argv[0];
if (!bench) throw new Error('story36-run: BENCH (a bench/*.ts file) first');
const off = argv.includes('--s36-off');
storyDetails(!off);
console.log(`story36-run: ${bench}, detail step ${off ? 'off' : 'on'}`);
process.argv.splice(2, 1);
await import(new URL(bench.replace(/^bench\//, './'), import.meta.url).href);
