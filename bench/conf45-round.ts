/**
 * Conflicts round 25 (docs/notes/conf45.md): a fresh blind round, judged from a sheet drawn on main before any change.
 * Source: the gold texts of three extraction sets no conflicts round read (bench/data/gold-pages.ts; extraction benches
 * read their HTML): `l3s` L3S-GN1 (621 pages of ~400 sites linked from Google News, 2008), `dragnet` (1,381 news and
 * blog pages, ~2010-2012), `wceb` (the web-content-extraction-benchmark's pages typed "article", 2025). Each part is one
 * corpus: each page read against every page of its part (one shared index; wceb: other hosts only), the engine
 * deciding what is the same story. Rows keyed as bench/conf37-round.ts keys them. Read once on main and once on the
 * branch; nothing of the texts is committed: a verdict keeps the 16-hex key and the judge's reason in his own words
 * (bench/data/conf45-round25.tsv).
 *   npx tsx bench/conf45-round.ts [--parts=l3s,dragnet,wceb] --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf45-round.ts [--parts=…] [--list]                           score against the verdicts
 */
import { existsSync } from 'node:fs';
import type { Article } from '../lib/types.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { finishRound, ROUND_SUBSETS, roundRows, type RoundReading } from './conf37-owners.ts';
import { L3S_GIT, loadDragnet, loadL3s, loadWceb, WCEB_GIT, type GoldDoc } from './data/gold-pages.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
const parts = (arg('parts') ?? 'l3s,dragnet,wceb').split(',');

const loaders: Record<string, [git: string, load: () => GoldDoc[] | null]> = { l3s: [L3S_GIT, loadL3s], dragnet: [L3S_GIT, loadDragnet], wceb: [WCEB_GIT, loadWceb] };
const readings: RoundReading[] = [];
const byId = new Map<string, Article>();
const partOf = new Map<string, string>();
for (const part of parts) {
  const [git, load] = loaders[part] ?? ['', () => null];
  if (!existsSync(git)) {
    console.log(`${part} skipped: mirror absent (${git || 'unknown part'})`);
    continue;
  }
  const docs = load() ?? [];
  const index = new MemoryIndex(docs.map((d) => d.article));
  for (const d of docs) {
    byId.set(d.article.id, d.article);
    partOf.set(d.article.id, part);
    // One outlet's pages are not read against each other where the outlet is known (wceb's hosts).
    const own = d.outlet === 'unknown' ? [] : docs.filter((e) => e !== d && e.outlet === d.outlet).map((e) => e.article.id);
    const idx = own.length ? new MemoryIndex(docs.filter((e) => !own.includes(e.article.id)).map((e) => e.article)) : index;
    readings.push({ article: d.article, index: idx, fresh: () => true });
  }
  console.log(`${part}: ${docs.length} pages`);
}
const t0 = Date.now();
const list = await roundRows(readings, byId);
console.log(`round 25 ${parts.join('+')}: ${readings.length} pages read; ${list.length} reported conflicts (unit pairs × kind); ${((Date.now() - t0) / 1000).toFixed(0)} s`);
finishRound('25', list, sheetPath, ROUND_SUBSETS, (r) => ` ${partOf.get(r.a.id)}`, new URL('./data/conf45-round25.tsv', import.meta.url));
