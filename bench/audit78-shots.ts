/**
 * audit78: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit78-shots.ts [--out /tmp/audit78] [--only mn84,mn85,gvc24]
 *   ZYTE_HTML_DIR= npx tsx bench/audit78-shots.ts --dump=/tmp/a78.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit78-shots.ts --score A.json [B.json…]                 # against bench/data/audit78-cards.tsv
 *   npx tsx bench/audit78-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit78.md §1): mn84 and mn85 (the next two Multi-News dev
 * readings no audit read, `mnReadings(30, 'dev')[25]` and `[26]`) and gvc24 (GVC dev, the next reading,
 * `gvcReadings(24)[23]`). Each event's second article in file order is the page, but mn84's (its second, 582 characters,
 * is "not a news article" to the panel and so compared with nothing) and mn85's (its second relates to nothing): audit69's
 * fallback, the third. mn85's third relates to nothing either (three unrelated texts, no event): it gives no card, and
 * mn89 (`mnReadings(30, 'dev')[27]`, the next one) is read in its place. GVC and Multi-News
 * texts are not redistributable: every shot and dump stays in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { mn, panelAudit, third } from './audit70-shots.ts';
import type { Article } from '../lib/types';

export const LOADERS: Record<string, () => Article[] | null> = {
  mn84: () => third(mn('765fcae0')()),
  mn85: () => third(mn('daac60e0')()),
  mn89: mn('d485afe6'),
  gvc24: () => gvcReadings(24)[23]?.own ?? null,
};

if (process.argv[1]?.endsWith('audit78-shots.ts')) await panelAudit(LOADERS, 'a78', 'bench/data/audit78-cards.tsv', '/tmp/audit78');
