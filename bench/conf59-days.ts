/**
 * conf59: the "days apart" hide rule (lib/engine/conflicts.ts `daysApart`: both units name a weekday or month, the card's
 * own figures left out, none the same and no two of them one night) on every judged figure row that can be re-read here,
 * beside conf56's text marker ("weekday / month apart", bench/conf56-markers.ts), by tier and pool: rows fired, true / false.
 * Rows (`--sheet SHEET:VERDICTS:POOL`, `--earlier LISTING`) and the print: bench/conf-readings.ts. The card's pair is `pairOf` (bench/conf42-gate.ts).
 *   npx tsx bench/conf59-days.ts --sheet S:V:POOL … [--earlier LISTING] [--list]
 */
import { pairOf } from './conf42-gate.ts';
import { MARKERS } from './conf56-markers.ts';
import { daysApartReading, judgedFigureRows, printReadings } from './conf-readings.ts';

printReadings(
  judgedFigureRows(),
  {
    'lib daysApart': daysApartReading,
    'conf56 text marker': (ta, tb, shown) => {
      const p = pairOf(ta, tb, shown);
      return !!p && MARKERS['weekday / month apart']!(ta, tb, p.x, p.y);
    },
  },
  process.argv.includes('--list'),
);
