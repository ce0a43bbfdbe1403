/**
 * audit74: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit70's
 * `panelAudit` (the shots, the panel's top-5 cards from its own corpus, the sheet's score), other events; the first
 * audit whose served pages of a derived title carry no headline of it (bench/audit62-shots.ts `headlineless`).
 *
 *   npm run build && npx tsx bench/audit74-shots.ts [--out /tmp/audit74] [--only mn50,mn66,gvc21]
 *   ZYTE_HTML_DIR= npx tsx bench/audit74-shots.ts --dump=/tmp/a74.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit74-shots.ts --score A.json [B.json…]                 # against bench/data/audit74-cards.tsv
 *   npx tsx bench/audit74-shots.ts --sheet A.json                           # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit74.md §1): mn50 and mn66 (the first two Multi-News dev
 * readings no audit read, in `mnReadings` order) and gvc21 (GVC dev, the first reading after the 20 read so far). Each
 * event's second article in file order is the page. GVC and Multi-News texts are not redistributable: every shot and
 * dump stays in /tmp.
 */
import { gvcReadings } from './audit29-cards.ts';
import { mn, panelAudit } from './audit70-shots.ts';
import type { Article } from '../lib/types';

export const LOADERS: Record<string, () => Article[] | null> = { mn50: mn('d6efc159'), mn66: mn('2ae7b722'), gvc21: () => gvcReadings(21)[20]?.own ?? null };

if (process.argv[1]?.endsWith('audit74-shots.ts')) await panelAudit(LOADERS, 'a74', 'bench/data/audit74-cards.tsv', '/tmp/audit74');
