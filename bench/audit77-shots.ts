/**
 * audit77: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit77-shots.ts [--out /tmp/audit77] [--only mn78,mn83,gvc23]
 *   ZYTE_HTML_DIR= npx tsx bench/audit77-shots.ts --dump=/tmp/a77.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit77-shots.ts --score A.json [B.json…]                 # against bench/data/audit77-cards.tsv
 *   npx tsx bench/audit77-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit77.md §1): mn78 and mn83 (the next two Multi-News dev
 * readings no audit read, `mnReadings(30, 'dev')[23]` and `[24]`) and gvc23 (GVC dev, the next reading,
 * `gvcReadings(23)[22]`). Each event's second article in file order is the page, but gvc23's (its second, wfsb.com's,
 * relates to nothing; audit69's fallback, the third). GVC and Multi-News texts are not
 * redistributable: every shot and dump stays in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { mn, panelAudit, third } from './audit70-shots.ts';
import type { Article } from '../lib/types';

export const LOADERS: Record<string, () => Article[] | null> = {
  mn78: mn('088f63f5'),
  mn83: mn('676c95b1'),
  gvc23: () => third(gvcReadings(23)[22]?.own ?? null),
};

if (process.argv[1]?.endsWith('audit77-shots.ts')) await panelAudit(LOADERS, 'a77', 'bench/data/audit77-cards.tsv', '/tmp/audit77');
