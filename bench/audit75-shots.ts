/**
 * audit75: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit75-shots.ts [--out /tmp/audit75] [--only mn68,mn71,gvc22]
 *   ZYTE_HTML_DIR= npx tsx bench/audit75-shots.ts --dump=/tmp/a75.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit75-shots.ts --score A.json [B.json…]                 # against bench/data/audit75-cards.tsv
 *   npx tsx bench/audit75-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit75.md §1): mn68 and mn71 (the next two Multi-News dev
 * readings no audit read, `mnReadings(30, 'dev')[21]` and `[22]`) and gvc22 (GVC dev, the first reading after the 21
 * read so far, `gvcReadings(22)[21]`). Each event's second article in file order is the page, but gvc22's
 * (its second, HuffPost's, relates to nothing; audit69's fallback, the third). GVC and Multi-News texts
 * are not redistributable: every shot and dump stays in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { mn, panelAudit, third } from './audit70-shots.ts';
import type { Article } from '../lib/types';

export const LOADERS: Record<string, () => Article[] | null> = {
  mn68: mn('e938aa4d'),
  mn71: mn('517d590c'),
  gvc22: () => third(gvcReadings(22)[21]?.own ?? null),
};

if (process.argv[1]?.endsWith('audit75-shots.ts')) await panelAudit(LOADERS, 'a75', 'bench/data/audit75-cards.tsv', '/tmp/audit75');
