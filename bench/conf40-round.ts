/**
 * Conflicts round 21 (docs/notes/conf40.md): a fresh blind round, judged from a sheet before any score.
 * Two parts, neither read by rounds 1–20 (nor by stop 38's lost round 19, which read ECB+ even topics and AllSides odd
 * events):
 * - bu: the business-news domain of SemEval-2018 Task 5 (the same mirror as bench/data/gvc.ts, cltl/LongTailQATask,
 *   `QuestionCreation/annotations2dataframe/annotations/business.json`: people fired or sued, 126 incidents, each with
 *   the articles of several outlets that told it). No round read it (rounds 12–14 and 20 read only the gun-violence
 *   domain). Each incident of two articles or more is read whole: every article against a MemoryIndex of the incident's
 *   articles (exact copies of a text left out; the outlets are not given, so every article is a source, as Multi-News).
 * - pnw: PolNeAR (bench/data/polnear.ts) pairs no round read: rounds 16–17 read each article against the other outlets'
 *   articles within WINDOW_DAYS (2) of it. Here each article is read against the other outlets' articles within
 *   WIDE_DAYS (7) of it, both halves together; rows only for pairs more than WINDOW_DAYS apart.
 * Nothing of the texts is committed: a verdict keeps a 16-hex hash of the pair (as bench/conf37-round.ts keys it) and the
 * judge's reason in his own words.
 *   npx tsx bench/conf40-round.ts --part=bu|pnw --sheet SHEET.txt   the judging sheet (both units, the card's figures or wordings)
 *   npx tsx bench/conf40-round.ts --part=bu|pnw [--list]             score against bench/data/conflicts-round21-verdicts.txt
 * The sheet shows what the card shows, never the engine's reasons or kind beyond figure / quote.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../lib/ingest/index.ts';
import type { Article } from '../lib/types.ts';
import { finishRound, ROUND_SUBSETS, roundRows, type RoundReading } from './conf37-owners.ts';
import { GVC_GIT } from './data/gvc.ts';
import { mirrorFile } from './data/mirror.ts';
import { loadPolnear, POLNEAR_GIT } from './data/polnear.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;
const part = arg('part') ?? 'bu';

export const WINDOW_DAYS = 2;
export const WIDE_DAYS = 7;

const readings: RoundReading[] = [];
const byId = new Map<string, Article>();

if (part === 'bu') {
  if (!existsSync(GVC_GIT)) {
    console.log(`skipped: LongTailQATask mirror absent (${GVC_GIT})`);
    process.exit(0);
  }
  const file = 'QuestionCreation/annotations2dataframe/annotations/business.json';
  const incidents = JSON.parse(mirrorFile(GVC_GIT, file).toString('utf8')) as Record<string, { articles: Array<{ title: string; dct: string; source: string; content: string }> }>;
  for (const id of Object.keys(incidents).sort()) {
    const texts = new Set<string>();
    const docs: Article[] = [];
    for (const it of incidents[id]!.articles) {
      const t = it.content.replace(/\s+/g, ' ').trim();
      if (!t || texts.has(t)) continue;
      texts.add(t);
      const paras = it.content.split(/\n\s*\n|\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
      const name = `bu-${it.source.replace(/^BU/, '').slice(0, 8)}-${it.source.replace(/^.*_/, '')}`;
      const md = ['---', `title: ${JSON.stringify(it.title || paras[0] || name)}`, `date: ${JSON.stringify(it.dct.slice(0, 10))}`, '---', paras.join('\n\n')].join('\n') + '\n';
      const a = ingestFile({ name: `${name}.md`, content: md }).articles[0];
      if (!a || a.units.length === 0) continue;
      docs.push({ ...a, id: name });
    }
    if (docs.length < 2) continue;
    for (const a of docs) byId.set(a.id, a);
    for (const a of docs) readings.push({ article: a, index: docs, fresh: () => true });
  }
} else if (part === 'pnw') {
  if (!existsSync(POLNEAR_GIT)) {
    console.log(`skipped: PolNeAR mirror absent (${POLNEAR_GIT})`);
    process.exit(0);
  }
  const docs = (['train', 'dev', 'test'] as const).flatMap((c) => loadPolnear(c) ?? []);
  const day = (a: Article) => Date.parse(`${(a.date ?? '').slice(0, 10)}T00:00:00Z`) / 86_400_000;
  const dated = docs.filter((d) => Number.isFinite(day(d.article)));
  const dayOf = new Map(dated.map((d) => [d.article.id, day(d.article)]));
  for (const d of dated) byId.set(d.article.id, d.article);
  for (const d of dated) {
    const t = day(d.article);
    const near = dated.filter((e) => e === d || (e.publisher !== d.publisher && Math.abs(day(e.article) - t) <= WIDE_DAYS));
    if (!near.some((e) => Math.abs(day(e.article) - t) > WINDOW_DAYS)) continue;
    readings.push({ article: d.article, index: near.map((e) => e.article), fresh: (x, y) => Math.abs(dayOf.get(x.id)! - dayOf.get(y.id)!) > WINDOW_DAYS });
  }
} else throw new Error(`--part=bu or --part=pnw, not ${part}`);

const list = await roundRows(readings, byId);
console.log(`round 21 ${part}: ${readings.length} articles read; ${list.length} reported conflicts (unit pairs × kind)`);

finishRound('21', list, sheetPath, ROUND_SUBSETS);
