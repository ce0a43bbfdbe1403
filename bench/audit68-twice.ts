/**
 * audit68 arm T2's reach (docs/notes/audit68.md §5): on GVC dev readings no card sheet judges (`gvcReadings` 17–60, all
 * ≤ position 790), the top-5 cards with a sentence told twice making one card (`TWICE.on`, lib/engine/report.ts) and
 * without, read as the card-sheet protocol reads an event (cards59 `dump`). Labels: the `gvc` rows of audit67's sheet
 * (rule T's reach on the same readings) and of bench/data/audit68-cards.tsv, the first label of a card kept.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/audit68-twice.ts --dump=/tmp/on.json [--off]   # one arm per run
 *   npx tsx bench/audit68-twice.ts --score /tmp/off.json /tmp/on.json          # R / P / W of each arm, unlabelled listed
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TWICE } from '../lib/engine/report.ts';
import { gvcReadings } from './audit29-cards.ts';
import { dump, score } from './cards59-wns.ts';

const argv = process.argv.slice(2);
const out = argv.find((a) => a.startsWith('--dump='))?.slice(7);
if (out) {
  if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
  TWICE.on = !argv.includes('--off');
  await dump(out, gvcReadings(60).slice(16).map((r) => ({ event: r.incident, half: 'gvc', own: r.own })));
} else if (argv.includes('--score')) {
  const rows = ['bench/data/audit67-cards.tsv', 'bench/data/audit68-cards.tsv'].flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).filter((x) => x[0] === 'gvc'));
  const file = `${process.env.TMPDIR ?? '/tmp'}/audit68-twice-sheet.tsv`;
  writeFileSync(file, ['event\thash\tmark\tcause', ...rows.map((x) => [x[1]!.split(':')[0], x[2], x[3], x[4] ?? ''].join('\t'))].join('\n') + '\n');
  score(argv.filter((a) => a.endsWith('.json')), file);
}
