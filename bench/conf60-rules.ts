/**
 * conf60: the two readings of docs/notes/conf60.md on every judged figure row that can be re-read offline, by tier and
 * pool — rows fired, true / false:
 * - 'two places in apposition': both figures of the card's pair have a `place` (lib/nlp/quantities.ts: the name set off
 *   by a comma before a distance from a point) and the two differ (lib/engine/conflicts.ts `sameThing` no longer
 *   compares them);
 * - 'days apart (per side)': conf59's `daysApart` on the row's pair (a row is one side of a card: the per-side rule
 *   drops exactly these rows when they are to check).
 * Rows from blind sheets (`--sheet SHEET:VERDICTS:POOL`, bench/conf55-tiers.ts `sheetFigureRows`) and rounds 1–15's
 * `bench/conflicts-eval.ts --blind --list` listing (`--earlier LISTING`). The card's pair is `pairOf` (bench/conf42-gate.ts).
 *   npx tsx bench/conf60-rules.ts --sheet S:V:POOL … [--earlier LISTING] [--list]
 */
import { daysApart } from '../lib/engine/conflicts.ts';
import { quantities } from '../lib/nlp/index.ts';
import { optionValue } from './args.ts';
import { pairOf } from './conf42-gate.ts';
import { earlierFigureRows, sheetFigureRows } from './conf55-tiers.ts';

const argv = process.argv;
const at = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]!] : []));
const earlier = optionValue('--earlier');
const rows = [...(earlier ? earlierFigureRows(earlier).rows : []), ...sheetFigureRows(at('--sheet')).rows].filter((r) => r.verdict !== null);
const readings: Record<string, (ta: string, tb: string, shown: string) => boolean> = {
  'two places in apposition': (ta, tb, shown) => {
    const p = pairOf(ta, tb, shown);
    return !!p?.x.place && !!p.y.place && p.x.place !== p.y.place;
  },
  'days apart (per side)': (ta, tb, shown) => {
    const p = pairOf(ta, tb, shown);
    return !!p && daysApart({ text: ta, figures: quantities(ta) }, p.x, { text: tb, figures: quantities(tb) }, p.y);
  },
};
console.log(`${rows.length} judged figure rows (${[...new Set(rows.map((r) => r.pool))].join(', ')})`);
for (const [name, fires] of Object.entries(readings)) {
  for (const tier of ['check', 'differs'] as const) {
    const fired = rows.filter((r) => r.tier === tier && fires(r.ta, r.tb, r.shown));
    const per = [...new Set(fired.map((r) => r.pool))].map((p) => `${p} ${fired.filter((r) => r.pool === p && r.verdict).length}/${fired.filter((r) => r.pool === p && !r.verdict).length}`);
    console.log(`${name}, ${tier}: fires on ${fired.filter((r) => r.verdict).length} true / ${fired.filter((r) => !r.verdict).length} false (${per.join(', ') || 'none'})`);
    if (argv.includes('--list')) for (const r of fired) console.log(`  [${r.pool} ${r.verdict ? 'TRUE' : 'false'}] ${r.key} ${r.shown}`);
  }
}
