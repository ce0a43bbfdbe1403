/**
 * Conflicts round 24 (docs/notes/conf43.md): a fresh blind round, judged from a sheet drawn on main before any change.
 * Source: Utomo & Leu's news pages in the MSVCode/ir-research-data mirror (bench/data/big9.ts), which no conflicts round
 * read (speaker samples read their gold texts for speakers only):
 *   - `chaos`: 360 pages of 2017, the top Google results of 36 queries ("north korea", "typhoon", "hugh", "trump"…),
 *     ~240 sites; each query's pages read as one corpus (every page against itself and the query's pages of other hosts);
 *   - `big9`: 360 pages of nine outlets, ten per outlet per year (2005, 2009, 2013, 2017); each year read as one corpus
 *     (every page against itself and that year's pages of the other eight outlets).
 * The engine decides what is the same story. Every reported pair is a row (one per unit pair and kind), keyed as
 * bench/conf37-round.ts keys it. Read once on main and once on the branch; nothing of the texts is committed: a verdict
 * keeps the 16-hex key and the judge's reason in his own words (bench/data/conf43-round24.tsv).
 *   npx tsx bench/conf43-round.ts [--parts=chaos,big9] --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf43-round.ts [--parts=…] [--list]                     score against the verdicts
 */
import { existsSync } from 'node:fs';
import type { Article } from '../lib/types.ts';
import { finishRound, ROUND_SUBSETS, roundRows, type RoundReading } from './conf37-owners.ts';
import { BIG9_GIT, loadBig9, loadChaos, type Big9Doc } from './data/big9.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
const parts = (arg('parts') ?? 'chaos,big9').split(',');

if (!existsSync(BIG9_GIT)) {
  console.log(`skipped: ir-research-data mirror absent (${BIG9_GIT}; fetch github:MSVCode/ir-research-data)`);
  process.exit(0);
}
/** The groups read as one corpus: a chaos query ("ch-north,korea (3)" → "ch-north,korea"), a big9 year ("b9-13"). */
const groups = new Map<string, Big9Doc[]>();
const add = (g: string, d: Big9Doc) => groups.set(g, [...(groups.get(g) ?? []), d]);
if (parts.includes('chaos')) for (const d of loadChaos() ?? []) add(d.id.replace(/\s*\(\d+\)$/, ''), d);
if (parts.includes('big9')) for (const d of loadBig9() ?? []) add(`b9-${d.year}`, d);

const readings: RoundReading[] = [];
const byId = new Map<string, Article>();
const groupOf = new Map<string, string>();
for (const [g, list] of groups) {
  for (const d of list) {
    byId.set(d.article.id, d.article);
    groupOf.set(d.article.id, g);
  }
  for (const d of list) {
    const index = list.filter((e) => e === d || e.outlet !== d.outlet || d.outlet === 'unknown').map((e) => e.article);
    if (index.length > 1) readings.push({ article: d.article, index, fresh: () => true });
  }
}
const list = await roundRows(readings, byId);
console.log(`round 24 ${parts.join('+')}: ${groups.size} groups, ${readings.length} pages read; ${list.length} reported conflicts (unit pairs × kind)`);
finishRound('24', list, sheetPath, ROUND_SUBSETS, (r) => ` ${groupOf.get(r.a.id)}`, new URL('./data/conf43-round24.tsv', import.meta.url));
