/**
 * audit69: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit62's
 * harness (`bench/audit62-shots.ts` runShots: the built extension, the other outlets imported through the options page,
 * each event's SECOND article in file order served on 127.0.0.1 as the page, panel shots at 420 px, a "Trace quote"),
 * and the same three readings as the card-sheet protocol reads them (cards59's dump / score / sheet, half `a69`).
 *
 *   npm run build && npx tsx bench/audit69-shots.ts [--out /tmp/audit69] [--only muellerreport,schiff,gvc18]
 *   ZYTE_HTML_DIR= npx tsx bench/audit69-shots.ts --dump=/tmp/a69.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit69-shots.ts --score A.json [B.json…]                 # against bench/data/audit69-cards.tsv
 *   npx tsx bench/audit69-shots.ts --sheet A.json [B.json…]                 # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit69.md §1): muellerreport and schiff (BASIL dev, the last
 * two of the 17 dev sets no audit read) and gvc18 (GVC dev, the first reading after the 17 read so far; its third article is the page). None of the
 * texts is redistributable: every shot and dump stays in /tmp.
 */
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { gvcReadings } from './audit29-cards.ts';
import { panelAudit } from './audit70-shots.ts';
import type { Article } from '../lib/types';

const LOADERS: Record<string, () => Article[] | null> = {
  muellerreport: () => loadBasilSet('basil-muellerreport'),
  schiff: () => loadBasilSet('basil-schiff'),
  // The rule's page (the second) finds no related article (a 3-line teaser: docs/notes/audit69.md §1), so the third is the page.
  gvc18: () => {
    const own = gvcReadings(18)[17]?.own;
    return own ? [own[0]!, own[2]!, own[1]!, ...own.slice(3)] : null;
  },
};

if (process.argv[1]?.endsWith('audit69-shots.ts')) await panelAudit(LOADERS, 'a69', 'bench/data/audit69-cards.tsv', '/tmp/audit69');
