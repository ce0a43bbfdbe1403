/**
 * audit68's card sheet: the top-5 cards of its three Chromium readings (bench/audit68-shots.ts: ukvisit, wikileaks,
 * gvc17), each read as the card-sheet protocol reads an event (the page first, then the event's other articles; the
 * seeds and the zyte pages as distractors), dumped with cards59's `dump` (half `a68`) and scored against
 * bench/data/audit68-cards.tsv (rows of sheet `a68`, judged in Chromium: docs/notes/audit68.md §3) with cards59's `score`.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/audit68-cards.ts --dump=/tmp/a68.json
 *   npx tsx bench/audit68-cards.ts --score A.json [B.json…]   # R / P / W per section; unlabelled cards listed
 *   npx tsx bench/audit68-cards.ts --sheet A.json [B.json…]   # the cards with their texts, to judge (to /tmp only)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dump, score, sheet } from './cards59-wns.ts';
import { audit68Events } from './audit68-shots.ts';

const argv = process.argv.slice(2);
const out = argv.find((a) => a.startsWith('--dump='))?.slice(7);
if (out) {
  if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
  await dump(out, audit68Events().map((e) => ({ event: e.name, half: 'a68', own: [e.articles[1]!, ...e.articles.filter((_, k) => k !== 1)] })));
} else if (argv.includes('--score')) {
  // The `a68` rows as cards59's `score` reads them (event, hash, mark, cause), in TMPDIR.
  const rows = readFileSync('bench/data/audit68-cards.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).filter((x) => x[0] === 'a68');
  const file = `${process.env.TMPDIR ?? '/tmp'}/audit68-sheet.tsv`;
  writeFileSync(file, ['event\thash\tmark\tcause', ...rows.map((x) => [x[1]!.split(':')[0], x[2], x[3], x[4] ?? ''].join('\t'))].join('\n') + '\n');
  score(argv.filter((a) => a.endsWith('.json')), file);
} else if (argv.includes('--sheet')) sheet(argv.filter((a) => a.endsWith('.json')));
