/**
 * audit81: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit81-shots.ts [--out /tmp/audit81] [--only mn100,mn102,gvc27]
 *   ZYTE_HTML_DIR= npx tsx bench/audit81-shots.ts --dump=/tmp/a81.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit81-shots.ts --score A.json [B.json…]                 # against bench/data/audit81-cards.tsv
 *   npx tsx bench/audit81-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit81.md §1): mn100 and mn102 (the next two Multi-News dev
 * readings no audit read: `mnReadings(32, 'dev')` is read to its end, so the count grows by the two read here,
 * `mnReadings(34, 'dev')[32]` and `[33]`) and gvc27 (GVC dev, the next reading, `gvcReadings(27)[26]`). Each event's
 * second article in file order is the page. The Multi-News events are dated one date per event as audit80 dates them
 * (bench/audit80-shots.ts); GVC articles keep their own. Texts not redistributable: every shot and dump stays in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { panelAudit } from './audit70-shots.ts';
import { mnDated } from './audit80-shots.ts';
import type { Article } from '../lib/types';

export const LOADERS: Record<string, () => Article[] | null> = {
  mn100: mnDated('8d81e972', '2012-08-01', 34),
  mn102: mnDated('bad1e3a6', '2012-11-01', 34),
  gvc27: () => gvcReadings(27)[26]?.own ?? null,
};

if (process.argv[1]?.endsWith('audit81-shots.ts')) await panelAudit(LOADERS, 'a81', 'bench/data/audit81-cards.tsv', '/tmp/audit81');
