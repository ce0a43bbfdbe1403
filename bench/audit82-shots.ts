/**
 * audit82: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit82-shots.ts [--out /tmp/audit82] [--only mn103,mn105,gvc28]
 *   ZYTE_HTML_DIR= npx tsx bench/audit82-shots.ts --dump=/tmp/a82.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit82-shots.ts --score A.json [B.json…]                 # against bench/data/audit82-cards.tsv
 *   npx tsx bench/audit82-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit82.md §1): mn103 and mn105 (the next two Multi-News dev
 * readings no audit read: `mnReadings(34, 'dev')` is read to its end, so the count grows by the two read here,
 * `mnReadings(36, 'dev')[34]` and `[35]`) and gvc28 (GVC dev, the next reading, `gvcReadings(28)[27]`). Each event's
 * second article in file order is the page, save mn103's (declined: "does not look like a news article") and gvc28's
 * (related to nothing), whose third is (audit69's fallback, `third`). The Multi-News events are dated one date per event as audit80 dates them
 * (bench/audit80-shots.ts); GVC articles keep their own. Texts not redistributable: every shot and dump stays in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { panelAudit, third } from './audit70-shots.ts';
import { mnDated } from './audit80-shots.ts';
import type { Article } from '../lib/types';

export const LOADERS: Record<string, () => Article[] | null> = {
  mn103: () => third(mnDated('dba05d25', '2013-02-01', 36)()),
  mn105: mnDated('78303e2c', '2013-05-01', 36),
  gvc28: () => third(gvcReadings(28)[27]?.own ?? null),
};

if (process.argv[1]?.endsWith('audit82-shots.ts')) await panelAudit(LOADERS, 'a82', 'bench/data/audit82-cards.tsv', '/tmp/audit82');
