/**
 * audit69: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit62's
 * harness (`bench/audit62-shots.ts` runShots: the built extension, the other outlets imported through the options page,
 * each event's SECOND article in file order served on 127.0.0.1 as the page, panel shots at 420 px, a "Trace quote"),
 * and the same three readings as the card-sheet protocol reads them (cards59's dump / score / sheet, half `a69`).
 *
 *   npm run build && npx tsx bench/audit69-shots.ts [--out /tmp/audit69] [--only muellerreport,schiff,gvc18]
 *   ZYTE_HTML_DIR= npx tsx bench/audit69-shots.ts --dump=/tmp/a69.json    # the panel's top-5 cards, its corpus
 *   npx tsx bench/audit69-shots.ts --score A.json [B.json…]                 # against bench/data/audit69-cards.tsv
 *   npx tsx bench/audit69-shots.ts --sheet A.json [B.json…]                 # the cards with their texts (to /tmp only)
 *
 * Events (dev only, never a held set; rule in docs/notes/audit69.md §1): muellerreport and schiff (BASIL dev, the last
 * two of the 17 dev sets no audit read) and gvc18 (GVC dev, the first reading after the 17 read so far; its third article is the page). None of the
 * texts is redistributable: every shot and dump stays in /tmp.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { ZYTE_DIR } from '../tests/data/engine/fixtures';
import { optionValue } from './args.ts';
import { gvcReadings } from './audit29-cards.ts';
import { runShots, type Event } from './audit62-shots.ts';
import { dump, score, sheet } from './cards59-wns.ts';
import type { Article } from '../lib/types';

const LOADERS: Record<string, () => Article[] | null> = {
  muellerreport: () => loadBasilSet('basil-muellerreport'),
  schiff: () => loadBasilSet('basil-schiff'),
  // The rule's page (the second) finds no related article (a 3-line teaser: docs/notes/audit69.md §1), so the third is the page.
  gvc18: () => {
    const own = gvcReadings(18)[17]?.own;
    return own ? [own[0]!, own[2]!, own[1]!, ...own.slice(3)] : null;
  },
};

const events = (): Event[] =>
  Object.entries(LOADERS).flatMap(([name, load]) => {
    const articles = load();
    if (!articles) console.log(`skipped ${name}: its texts are not on this machine`);
    return articles ? [{ name, articles }] : [];
  });

const argv = process.argv.slice(2);
const dumpTo = argv.find((a) => a.startsWith('--dump='))?.slice(7);
const files = argv.filter((a) => a.endsWith('.json'));
if (!process.argv[1]?.endsWith('audit69-shots.ts')) {
  // imported: nothing runs
} else if (dumpTo) {
  // The protocol reads its event's first article as the page: the panel's page (the second) goes first. The corpus is
  // the panel's — the seeds and every event's imported articles, no zyte page: with the zyte pages beside them,
  // muellerreport's page no longer relates to schiff's Fox article and schiff's top 5 differ (docs/notes/audit69.md §2).
  if (ZYTE_DIR) throw new Error('unset ZYTE_HTML_DIR (ZYTE_HTML_DIR= …): the panel read no zyte page');
  const evs = events();
  const imported = evs.flatMap((e) => e.articles.filter((_, k) => k !== 1));
  await dump(dumpTo, evs.map((e) => ({ event: e.name, half: 'a69', own: [e.articles[1]!, ...imported] })));
} else if (argv.includes('--score')) {
  const rows = readFileSync('bench/data/audit69-cards.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).filter((x) => x[0] === 'a69');
  const sheetFile = `${process.env.TMPDIR ?? '/tmp'}/audit69-sheet.tsv`;
  writeFileSync(sheetFile, ['event\thash\tmark\tcause', ...rows.map((x) => [x[1]!.split(':')[0], x[2], x[3], x[4] ?? ''].join('\t'))].join('\n') + '\n');
  score(files, sheetFile);
} else if (argv.includes('--sheet')) sheet(files);
else void runShots(events(), optionValue('--out', argv) ?? '/tmp/audit69');
