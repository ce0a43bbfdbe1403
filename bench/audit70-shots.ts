/**
 * audit70: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit62's
 * harness (`bench/audit62-shots.ts` runShots) and the same readings as the card-sheet protocol reads them, the panel's
 * own corpus (cards59's dump / score / sheet, half `a70`). audit69-shots.ts' way, other events.
 *
 *   npm run build && npx tsx bench/audit70-shots.ts [--out /tmp/audit70] [--only gvc19,mn17,shroud]
 *   ZYTE_HTML_DIR= npx tsx bench/audit70-shots.ts --dump=/tmp/a70.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit70-shots.ts --score A.json [B.json…]                 # against bench/data/audit70-cards.tsv
 *   npx tsx bench/audit70-shots.ts --sheet A.json [B.json…]                 # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit70.md §1): gvc19 (GVC dev, the first reading after the 18
 * read so far), mn17 (Multi-News dev, the first reading no card sheet judges) and shroud (Multi-News dev, the first
 * later reading set outside the US). Each event's second article in file order is the page. None of the texts is
 * redistributable: every shot and dump stays in /tmp.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ZYTE_DIR } from '../tests/data/engine/fixtures';
import { optionValue } from './args.ts';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { runShots, type Event } from './audit62-shots.ts';
import { dump, score, sheet as sheet_, type WnsEvent } from './cards59-wns.ts';
import type { Article } from '../lib/types';
import type { Weighted } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';

/** A panel audit's loader of one Multi-News dev story's articles, by its LongBench id's prefix. */
export const mn = (story: string) => () => mnReadings(30, 'dev').find((r) => r.story === story)?.own ?? null;
/** audit69's fallback: the event's third article is the page (when its second relates to nothing). */
export const third = (xs: Article[] | null) => (xs && xs.length > 2 ? [xs[0]!, xs[2]!, xs[1]!, ...xs.slice(3)] : xs);
export const LOADERS: Record<string, () => Article[] | null> = {
  gvc19: () => gvcReadings(19)[18]?.own ?? null,
  mn17: mn('6b849151'),
  shroud: mn('732a283b'),
};

/**
 * The card-sheet protocol's readings of a panel audit's events: each event's page (its second article, which the protocol
 * reads first) against the panel's corpus — every event's imported articles, no zyte page (docs/notes/audit69.md §2).
 */
export function panelReadings(evs: Event[], half: string): WnsEvent[] {
  const imported = evs.flatMap((e) => e.articles.filter((_, k) => k !== 1));
  return evs.map((e) => ({ event: e.name, half, own: [e.articles[1]!, ...imported] }));
}

/**
 * Every panel reading of the audits named (each `bench/auditNN-shots.ts`'s `LOADERS`, read as `panelReadings` reads them):
 * the event, the page and the corpus the panel relates it from. The walk audit81-disjoint, audit82-veto, disjoint82-census
 * and report82-marks share.
 */
export async function* auditPages(audits: readonly number[]): AsyncGenerator<{ audit: number; event: string; page: Article; corpus: Article[] }> {
  for (const audit of audits) {
    const { LOADERS } = (await import(`./audit${audit}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
    const events = Object.entries(LOADERS).map(([name, load]) => ({ name, articles: load() ?? [] })).filter((e) => e.articles.length > 1);
    for (const reading of panelReadings(events, `a${audit}`)) {
      const [page, ...corpus] = reading.own;
      yield { audit, event: reading.event, page: page!, corpus };
    }
  }
}

/**
 * A page read as the panel reads it: compared with its corpus, then the page's and each related article's weighted units
 * under one idf (the report's), for a script that walks the report's matrices.
 */
export async function panelUnits(page: Article, corpus: Article[]): Promise<{ weighted: Weighted[]; related: Array<{ article: Article; weighted: Weighted[] }> }> {
  const report = await compareArticle(page, new MemoryIndex(corpus));
  const articles = report.related.map((x) => corpus.find((a) => a.id === x.id)!);
  const features = [page, ...articles].map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf(features);
  return { weighted: weighAll(features[0]!, idf), related: articles.map((article, k) => ({ article, weighted: weighAll(features[k + 1]!, idf) })) };
}

/**
 * A panel audit's command line (audit69's and this one's): the shots, or the panel's top-5 cards dumped from its own
 * corpus (`--dump=`), scored against `sheet`'s rows of `half` (`--score`), or listed with their texts (`--sheet`).
 */
export async function panelAudit(loaders: Record<string, () => Article[] | null>, half: string, sheet: string, out: string): Promise<void> {
  const argv = process.argv.slice(2);
  const only = optionValue('--only', argv)?.split(',');
  const events = (): Event[] =>
    Object.entries(loaders).flatMap(([name, load]) => {
      if (only && !only.includes(name)) return [];
      const articles = load();
      if (!articles) console.log(`skipped ${name}: its texts are not on this machine`);
      return articles ? [{ name, articles }] : [];
    });
  const dumpTo = argv.find((a) => a.startsWith('--dump='))?.slice(7);
  const files = argv.filter((a) => a.endsWith('.json'));
  if (dumpTo) {
    if (ZYTE_DIR) throw new Error('unset ZYTE_HTML_DIR (ZYTE_HTML_DIR= …): the panel read no zyte page');
    await dump(dumpTo, panelReadings(events(), half));
  } else if (argv.includes('--score')) {
    const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).filter((x) => x[0] === half);
    const sheetFile = `${process.env.TMPDIR ?? '/tmp'}/${half}-sheet.tsv`;
    writeFileSync(sheetFile, ['event\thash\tmark\tcause', ...rows.map((x) => [x[1]!.split(':')[0], x[2], x[3], x[4] ?? ''].join('\t'))].join('\n') + '\n');
    score(files, sheetFile);
  } else if (argv.includes('--sheet')) sheet_(files);
  else await runShots(events(), optionValue('--out', argv) ?? out);
}

if (process.argv[1]?.endsWith('audit70-shots.ts')) await panelAudit(LOADERS, 'a70', 'bench/data/audit70-cards.tsv', '/tmp/audit70');
