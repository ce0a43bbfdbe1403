/**
 * match44: runs another story bench with the detail step's rule set in its process, the bench itself unchanged:
 *
 *   nice npx tsx bench/match44-run.ts BENCH [--m44-rule=any|balance] [the bench's own flags]
 *
 * --m44-rule (story.ts storyDetailRule; default lib's): `any`, story37's detail step (≥ 1 shared age, clock time, block
 * or name written with an age, ages not clashing); `balance`, match44's (the kinds shared less the kinds that clash).
 */
import { storyDetailRule, type DetailRule } from '../lib/engine/story.ts';

const argv = process.argv.slice(2);
const bench = argv[0];
if (!bench) throw new Error('match44-run: BENCH (a bench/*.ts file) first');
const rule = argv.find((a) => a.startsWith('--m44-rule='))?.slice('--m44-rule='.length);
if (rule) storyDetailRule(rule as DetailRule);
console.log(`match44-run: ${bench}, rule ${rule ?? 'lib default'}`);
process.argv.splice(2, 1);
await import(new URL(bench.replace(/^bench\//, './'), import.meta.url).href);
