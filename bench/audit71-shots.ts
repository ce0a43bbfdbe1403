/**
 * audit71: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events.
 *
 *   npm run build && npx tsx bench/audit71-shots.ts [--out /tmp/audit71] [--only harbor,gvc20,mn46]
 *   ZYTE_HTML_DIR= npx tsx bench/audit71-shots.ts --dump=/tmp/a71.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit71-shots.ts --score A.json [B.json…]                 # against bench/data/audit71-cards.tsv
 *
 * Events (dev only, never a held set; rule in docs/notes/audit71.md §1): harbor (the facts dev set no audit read, an
 * invented port outside the US), gvc20 (GVC dev, the first reading after the 19 read so far) and mn46 (Multi-News dev,
 * the first reading no audit read). Each event's second article in file order is the page. GVC and Multi-News texts
 * are not redistributable: every shot and dump stays in /tmp.
 */
import { loadSet } from '../tests/data/engine/fixtures';
import { NO_HEADLINE } from '../lib/ingest/warnings';
import type { Article } from '../lib/types';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { panelAudit } from './audit70-shots.ts';

/**
 * The panel reads each article as served or imported with a title (the harness's page and Markdown front matter), so
 * a title the loader derived from the first sentence is a headline there: the dump reads it so too (without it,
 * mn46's page keeps its lead paragraph in the dump and loses it in the panel; docs/notes/audit71.md §2).
 */
const titled = (own: Article[] | undefined): Article[] | null =>
  own?.map((a) => ({ ...a, warnings: a.warnings?.filter((w) => !w.startsWith(NO_HEADLINE)) })) ?? null;
const harbor = await loadSet('harbor');
await panelAudit(
  {
    harbor: () => harbor,
    gvc20: () => titled(gvcReadings(20)[19]?.own),
    mn46: () => titled(mnReadings(30, 'dev').find((r) => r.story === '0ad9449e')?.own),
  },
  'a71',
  'bench/data/audit71-cards.tsv',
  '/tmp/audit71',
);
