/**
 * audit67 rule T's reach (docs/notes/audit67.md §5): on GVC dev readings no card sheet judges (`gvcReadings` 17–60, all
 * ≤ position 790; the sheets judge the first 15, audit67's Chromium audit the 16th), the top-5 cards of each reading with
 * a unit told twice dropped (`TWICE.on`, lib/engine/features.ts) and kept, read as the card-sheet protocol reads an event
 * (cards59 `dump`: the first article the page, the seeds and the zyte pages as distractors).
 *
 *   git apply bench/audit67-twice.patch     # rule T (measured, not shipped: docs/notes/audit67.md §5)
 *   ZYTE_HTML_DIR=… npx tsx bench/audit67-twice.ts --dump=/tmp/on.json [--off]   # one arm per run (the engine caches)
 *   npx tsx bench/audit67-twice.ts --diff /tmp/off.json /tmp/on.json           # the cards one arm shows and the other not
 *   npx tsx bench/audit67-twice.ts --score /tmp/off.json /tmp/on.json          # R / P / W of each arm (the sheet's gvc rows)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as features from '../lib/engine/features.ts';
import { gvcReadings } from './audit29-cards.ts';
import { dump, score, type Dumped } from './cards59-wns.ts';
import { SHEET } from './audit67-cards.ts';

const argv = process.argv.slice(2);
const out = argv.find((a) => a.startsWith('--dump='))?.slice(7);
if (out) {
  if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
  const twice = (features as { TWICE?: { on: boolean } }).TWICE;
  if (!twice) throw new Error('rule T is not in lib/engine/features.ts: git apply bench/audit67-twice.patch');
  twice.on = !argv.includes('--off');
  await dump(out, gvcReadings(60).slice(16).map((r) => ({ event: r.incident, half: 'gvc', own: r.own })));
} else if (argv.includes('--diff')) {
  const [off, on] = argv.filter((a) => a.endsWith('.json')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Dumped[]);
  for (const d of off!) {
    const e = on!.find((x) => x.event === d.event)!;
    const has = (x: Dumped, h: string) => x.cards.some((c) => c.hash === h);
    const gone = d.cards.filter((c) => !has(e, c.hash));
    const come = e.cards.filter((c) => !has(d, c.hash));
    if (!gone.length && !come.length) continue;
    console.log(`\n== ${d.event}`);
    for (const a of e.articles) {
      console.log(`-- ${a.id} ${a.outlet}`);
      for (const u of a.units) console.log(`   [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
    }
    for (const [w, cs] of [['off only', gone], ['on only', come]] as const)
      for (const c of cs) console.log(`  ${w} ${d.event}\t${c.hash}\t${c.section}:${c.rank} ${c.text}${c.marked.length ? ` (new only: «${c.marked.join(' … ')}»)` : ''}\n      told by ${c.told.join(', ')}${c.count ? ` [${c.count}]` : ''}${c.notTold.length ? `; said not told by ${c.notTold.join(', ')}` : ''}`);
  }
}
else if (argv.includes('--score')) {
  // The judged cards that differ between the arms: bench/data/audit67-cards.tsv's `gvc` rows (event from the key).
  const rows = readFileSync(SHEET, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).filter((x) => x[0] === 'gvc');
  const file = `${process.env.TMPDIR ?? '/tmp'}/audit67-twice-sheet.tsv`;
  writeFileSync(file, ['event\thash\tmark\tcause', ...rows.map((x) => [x[1]!.split(':')[0], x[2], x[3], x[4] ?? ''].join('\t'))].join('\n') + '\n');
  score(argv.filter((a) => a.endsWith('.json')), file);
}
