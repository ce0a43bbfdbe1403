/**
 * conf60: the two readings of docs/notes/conf60.md on every judged figure row that can be re-read offline, by tier and
 * pool — rows fired, true / false:
 * - 'two places in apposition': both figures of the card's pair have a `place` (lib/nlp/quantities.ts: the name set off
 *   by a comma before a distance from a point) and the two differ (lib/engine/conflicts.ts `sameThing` no longer
 *   compares them);
 * - 'days apart (per side)': conf59's `daysApart` on the row's pair (a row is one side of a card: the per-side rule
 *   drops exactly these rows when they are to check).
 * Rows (`--sheet SHEET:VERDICTS:POOL`, `--earlier LISTING`) and the print: bench/conf-readings.ts. The card's pair is `pairOf` (bench/conf42-gate.ts).
 *   npx tsx bench/conf60-rules.ts --sheet S:V:POOL … [--earlier LISTING] [--list]
 */
import { pairOf } from './conf42-gate.ts';
import { daysApartReading, judgedFigureRows, printReadings } from './conf-readings.ts';

printReadings(
  judgedFigureRows(),
  {
    'two places in apposition': (ta, tb, shown) => {
      const p = pairOf(ta, tb, shown);
      return !!p?.x.place && !!p.y.place && p.x.place !== p.y.place;
    },
    'days apart (per side)': daysApartReading,
  },
  process.argv.includes('--list'),
);
