/**
 * audit80: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit80-shots.ts [--out /tmp/audit80] [--only mn97,mn99,gvc26]
 *   ZYTE_HTML_DIR= npx tsx bench/audit80-shots.ts --dump=/tmp/a80.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit80-shots.ts --score A.json [B.json…]                 # against bench/data/audit80-cards.tsv
 *   npx tsx bench/audit80-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit80.md §1): mn97 and mn99 (the next two Multi-News dev
 * readings no audit read: the 30 of `mnReadings(30, 'dev')` are all read, so the count grows by the two read here,
 * `mnReadings(32, 'dev')[30]` and `[31]`; the first 30 are the same readings) and gvc26 (GVC dev, the next reading,
 * `gvcReadings(26)[25]`). Each event's second article in file order is the page (audit69's fallback, the third, if it
 * relates to nothing or is declined).
 *
 * Dated Multi-News events (story79 §2): Multi-News keeps no dates, so every earlier audit read the panel's undated path,
 * which a reader, whose pages are dated, never meets. Here every article of one Multi-News event takes ONE shared date,
 * the page and its imported articles alike — a date no text of the event gives (the set has none), chosen so that no two
 * events of this audit, nor the seeds' one dated article, are within STORY_DAYS of each other. Only this audit's loaders
 * date: earlier audits (`mn` of audit70-shots.ts) read what they read. GVC articles keep their own dates.
 * GVC and Multi-News texts are not redistributable: every shot and dump stays in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { panelAudit } from './audit70-shots.ts';
import type { Article } from '../lib/types';

/** One Multi-News dev story's articles (by its LongBench id's prefix, among the first `readings` dev readings), all dated `date`. */
export const mnDated = (story: string, date: string, readings = 32) => (): Article[] | null =>
  mnReadings(readings, 'dev').find((r) => r.story === story)?.own.map((a) => ({ ...a, date })) ?? null;

export const LOADERS: Record<string, () => Article[] | null> = {
  mn97: mnDated('f29dd7b6', '2012-02-01'),
  mn99: mnDated('fe95b01e', '2012-05-01'),
  gvc26: () => gvcReadings(26)[25]?.own ?? null,
};

if (process.argv[1]?.endsWith('audit80-shots.ts')) await panelAudit(LOADERS, 'a80', 'bench/data/audit80-cards.tsv', '/tmp/audit80');
