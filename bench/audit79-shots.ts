/**
 * audit79: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit79-shots.ts [--out /tmp/audit79] [--only mn90,mn95,gvc25]
 *   ZYTE_HTML_DIR= npx tsx bench/audit79-shots.ts --dump=/tmp/a79.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit79-shots.ts --score A.json [B.json…]                 # against bench/data/audit79-cards.tsv
 *   npx tsx bench/audit79-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit79.md §1): mn90 and mn95 (the next two Multi-News dev
 * readings no audit read, `mnReadings(30, 'dev')[28]` and `[29]`, the last two of the 30) and gvc25 (GVC dev, the next
 * reading, `gvcReadings(25)[24]`). Each event's second article in file order is the page (audit69's fallback, the third,
 * if it relates to nothing or is declined). GVC and Multi-News texts are not redistributable: every shot and dump stays
 * in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { mn, panelAudit } from './audit70-shots.ts';
import type { Article } from '../lib/types';

export const LOADERS: Record<string, () => Article[] | null> = {
  mn90: mn('60e83cb1'),
  mn95: mn('0cd7b0bf'),
  gvc25: () => gvcReadings(25)[24]?.own ?? null,
};

if (process.argv[1]?.endsWith('audit79-shots.ts')) await panelAudit(LOADERS, 'a79', 'bench/data/audit79-cards.tsv', '/tmp/audit79');
