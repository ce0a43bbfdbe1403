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
 *
 * Since audit74 the harness serves and imports an article whose title the loader derived without that title, so the
 * panel and the dump read such articles as derived (the loader's warning kept). audit71's own readings read them with
 * the title as a headline (mn46's page lost its lead: docs/notes/audit71.md §2, audit74.md §2 — `bench/audit74-moved.ts`).
 */
import { loadSet } from '../tests/data/engine/fixtures';
import type { Article } from '../lib/types';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { panelAudit } from './audit70-shots.ts';

const harbor = await loadSet('harbor');
export const LOADERS: Record<string, () => Article[] | null> = {
  harbor: () => harbor,
  gvc20: () => gvcReadings(20)[19]?.own ?? null,
  mn46: () => mnReadings(30, 'dev').find((r) => r.story === '0ad9449e')?.own ?? null,
};

if (process.argv[1]?.endsWith('audit71-shots.ts')) await panelAudit(LOADERS, 'a71', 'bench/data/audit71-cards.tsv', '/tmp/audit71');
