/**
 * audit67's card sheet: the top-5 cards of its three Chromium readings (bench/audit67-shots.ts: dnc, buzzfeed, berclair),
 * each read as the card-sheet protocol reads an event (cards59-wns.ts `readings`: the page first, the corpus its event's
 * other articles, the seeds and the zyte pages), dumped with cards59's `dump` (half `a67`) and scored against
 * bench/data/audit67-cards.tsv (judged in Chromium, docs/notes/audit67.md §3) with cards59's `score`.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/audit67-cards.ts --dump=/tmp/a67.json
 *   npx tsx bench/audit67-cards.ts --score A.json [B.json…]       # R / P / W per section; unlabelled cards listed
 *   npx tsx bench/audit67-cards.ts --sheet A.json [B.json…]       # the cards with their texts, to judge (to /tmp only)
 *   npx tsx bench/audit67-cards.ts --calib                        # my verdicts on 60 sheet-judged cards against the sheets'
 *
 * `--calib` (docs/notes/audit67.md §6): 30 Added and 30 Left-out cards that arm Q removes from main's top 5 (seeded),
 * judged by me before their sheet verdicts were looked at (bench/data/audit67-calib.tsv), against those verdicts:
 * whether my verdicts on Q's entering cards are more lenient than the sheets'.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dump, score, sheet, type WnsEvent } from './cards59-wns.ts';
import { audit67Events } from './audit67-shots.ts';

export const SHEET = 'bench/data/audit67-cards.tsv';

/** The readings: the page (each event's second article) first, then the event's other articles in file order. */
export function audit67Readings(): WnsEvent[] {
  return audit67Events().map((e) => ({ event: e.name, half: 'a67', own: [e.articles[1]!, ...e.articles.filter((_, k) => k !== 1)] }));
}

/** The sheet as cards59's `score` reads it (event, hash, mark, cause): the key's event, in TMPDIR. */
function scoredSheet(): string {
  // The sheet's own rows (`a67`); its `gvc` rows are rule T's reach cards (bench/audit67-twice.ts), cards63's format.
  const rows = readFileSync(SHEET, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).filter((x) => x[0] === 'a67').map((x) => x.slice(1));
  const file = `${process.env.TMPDIR ?? '/tmp'}/audit67-sheet.tsv`;
  writeFileSync(file, ['event\thash\tmark\tcause', ...rows.map((x) => [x[0]!.split(':')[0], x[1], x[2], x[3] ?? ''].join('\t'))].join('\n') + '\n');
  return file;
}

const argv = process.argv.slice(2);
const files = argv.filter((a) => a.endsWith('.json'));
const out = argv.find((a) => a.startsWith('--dump='))?.slice(7);
if (!process.argv[1]?.endsWith('audit67-cards.ts')) {
  // imported (bench/audit67-twice.ts reads SHEET): nothing to run
} else if (out) {
  if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
  await dump(out, audit67Readings());
} else if (argv.includes('--score')) score(files, scoredSheet());
else if (argv.includes('--sheet')) sheet(files);
else if (argv.includes('--calib')) {
  // Imported here only: cards63-cards.ts runs its own command line (--dump, --score) when loaded.
  const { pooledLabels, sheetFiles } = await import('./cards63-cards.ts');
  const label = pooledLabels(sheetFiles());
  const rows = readFileSync('bench/data/audit67-calib.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const tally = (marks: string[]) => ['R', 'P', 'W'].map((m) => `${m} ${marks.filter((x) => x === m).length}`).join(' / ');
  for (const [sec, part] of [['Added', rows.slice(0, 30)], ['Left out', rows.slice(30)]] as const) {
    const theirs = part.map((x) => label.get(`${x[0]}:${x[1]}|${x[2]}`)?.mark ?? '?');
    const agree = part.filter((x, k) => x[3] === theirs[k]).length;
    console.log(`${sec}: sheets ${tally(theirs)}; mine ${tally(part.map((x) => x[3]!))}; same verdict ${agree} of ${part.length}`);
  }
}
