/**
 * Offline readings of every judged figure row (conf59-days, conf60-rules): the rows of blind sheets
 * (`--sheet SHEET:VERDICTS:POOL`, bench/conf55-tiers.ts `sheetFigureRows`) and of rounds 1–15's
 * `bench/conflicts-eval.ts --blind --list` listing (`--earlier LISTING`), and, per reading and tier, the rows it fires on.
 */
import { daysApart } from '../lib/engine/conflicts.ts';
import { quantities } from '../lib/nlp/index.ts';
import { optionValue } from './args.ts';
import { pairOf } from './conf42-gate.ts';
import { earlierFigureRows, sheetFigureRows, type TierRow } from './conf55-tiers.ts';

/** A reading of a row: fires or not on its two sentences and the figures its card shows. */
export type Reading = (ta: string, tb: string, shown: string) => boolean;

/** The judged figure rows the command line names: `--earlier LISTING` (rounds 1–15) first, then each `--sheet`'s. */
export function judgedFigureRows(argv: readonly string[] = process.argv): TierRow[] {
  const sheets = argv.flatMap((a, i) => (a === '--sheet' ? [argv[i + 1]!] : []));
  const earlier = optionValue('--earlier', argv.slice(2));
  return [...(earlier ? earlierFigureRows(earlier).rows : []), ...sheetFigureRows(sheets).rows].filter((r) => r.verdict !== null);
}

/** lib's "days apart" rule (lib/engine/conflicts.ts `daysApart`) on the card's pair (bench/conf42-gate.ts `pairOf`). */
export const daysApartReading: Reading = (ta, tb, shown) => {
  const p = pairOf(ta, tb, shown);
  return !!p && daysApart({ text: ta, figures: quantities(ta) }, p.x, { text: tb, figures: quantities(tb) }, p.y);
};

/** The rows and pools read, then per reading and tier the rows it fires on, true / false (per pool); with `list` each row. */
export function printReadings(rows: TierRow[], readings: Record<string, Reading>, list: boolean): void {
  console.log(`${rows.length} judged figure rows (${[...new Set(rows.map((r) => r.pool))].join(', ')})`);
  for (const [name, fires] of Object.entries(readings)) {
    for (const tier of ['check', 'differs'] as const) {
      const fired = rows.filter((r) => r.tier === tier && fires(r.ta, r.tb, r.shown));
      const per = [...new Set(fired.map((r) => r.pool))].map((p) => `${p} ${fired.filter((r) => r.pool === p && r.verdict).length}/${fired.filter((r) => r.pool === p && !r.verdict).length}`);
      console.log(`${name}, ${tier}: fires on ${fired.filter((r) => r.verdict).length} true / ${fired.filter((r) => !r.verdict).length} false (${per.join(', ') || 'none'})`);
      if (list) for (const r of fired) console.log(`  [${r.pool} ${r.verdict ? 'TRUE' : 'false'}] ${r.key} ${r.shown}`);
    }
  }
}
