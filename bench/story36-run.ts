/**
 * story36: runs another story bench with this stop's experiments switched on in its process, the bench itself unchanged:
 *
 *   nice npx tsx bench/story36-run.ts BENCH [--s36-week] [--s36-rule=PC,K[,veto]] [the bench's own flags]
 *
 * --s36-week: week-scoped story keys (bench/story36-week.ts installWeekKeys, story.ts askWeekKeys);
 * --s36-rule=PC,K[,veto]: the detail rule (story.ts storyDetailRule): on dated pairs within STORY_DAYS, a candidate at
 * probability ≥ PC agreeing on ≥ K specific details (lib/engine/details.ts) whose ages do not clash is related; with
 * veto, a related candidate whose ages clash and that agrees on none is not.
 */
import { askWeekKeys, storyDetailRule } from '../lib/engine/story.ts';
import { installWeekKeys } from './story36-week.ts';

const argv = process.argv.slice(2);
const bench = argv[0];
if (!bench) throw new Error('story36-run: BENCH (a bench/*.ts file) first');
if (argv.includes('--s36-week')) {
  installWeekKeys();
  askWeekKeys(true);
}
const rule = argv.find((a) => a.startsWith('--s36-rule='))?.slice('--s36-rule='.length);
if (rule) {
  const [pc, k, veto] = rule.split(',');
  storyDetailRule({ pc: Number(pc), k: Number(k), veto: veto === 'veto' });
}
console.log(`story36-run: ${bench}${argv.includes('--s36-week') ? ' week keys' : ''}${rule ? ` rule ${rule}` : ''}`);
process.argv.splice(2, 1);
await import(new URL(bench.replace(/^bench\//, './'), import.meta.url).href);
