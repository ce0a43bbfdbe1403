/**
 * What the furniture rule (lib/engine/repeats.ts) removes from the cards, on dev data with its repetition: every
 * article of the set in one MemoryIndex (the corpus keeps the repeat counts), each read article compared with the
 * counts and without them (the same index behind a CorpusIndex without `repeatCounts`); prints per set the cards
 * (left out, added, shared, conflicts) each run has that the other lacks, by unit hash (sha256-16 of lib's repeatKey with no site,
 * as bench/furn31-repeats.ts). `--show` prints their texts on the terminal for a reader's judgement (never committed).
 *   npx tsx bench/furn31-cards.ts [--sets=mn,gvc] [--show] [--limit=N]
 */
import { createHash } from 'node:crypto';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import type { Report } from '../lib/types.ts';
import { repeatKey, withoutRepeatCounts } from '../lib/engine/repeats.ts';
import { gvcItems, gvcStoryCorpus } from './data/gvc.ts';
import { mnDev, type Doc } from './furn31-repeats.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc').split(',');
const SHOW = argv.includes('--show');
const LIMIT = Number(argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const h16 = (t: string) => createHash('sha256').update(repeatKey(null, t) ?? '').digest('hex').slice(0, 16);

const cards = (r: Report) => [
  ...r.leftOut.map((f) => `left out\t${f.text}`),
  ...r.added.map((f) => `added\t${f.text}`),
  ...r.shared.map((f) => `shared\t${f.text}`),
  ...r.conflicts.map((c) => `conflict\t${c.here.text}`),
];

async function run(name: string, docs: Doc[], read: Doc[]) {
  const m = new MemoryIndex(docs.map((d) => d.article));
  const bare = withoutRepeatCounts(m);
  let gone = 0;
  let came = 0;
  let total = 0;
  let readings = 0;
  const lines: string[] = [];
  for (const d of read.slice(0, LIMIT)) {
    const a = d.article;
    const withRule = cards(await compareArticle(a, m));
    const without = cards(await compareArticle(a, bare));
    readings++;
    total += without.length;
    const w = new Set(withRule);
    const o = new Set(without);
    for (const c of without) if (!w.has(c)) (gone++, lines.push(`  gone ${a.id} ${c.split('\t')[0]} ${h16(c.split('\t')[1]!)}${SHOW ? `\t${c.split('\t')[1]!.slice(0, 140)}` : ''}`));
    for (const c of withRule) if (!o.has(c)) (came++, lines.push(`  came ${a.id} ${c.split('\t')[0]} ${h16(c.split('\t')[1]!)}${SHOW ? `\t${c.split('\t')[1]!.slice(0, 140)}` : ''}`));
  }
  console.log(`${name}: ${readings} readings, ${total} cards without the rule; removed by it ${gone}, new with it ${came}`);
  for (const l of lines) console.log(l);
}

if (SETS.includes('mn')) {
  const d = mnDev();
  // Every dev article is read (each against all the others).
  if (d) await run('mn', d, d);
}
if (SETS.includes('gvc')) {
  const items = gvcItems();
  if (items) {
    const c = gvcStoryCorpus(items, 'dev');
    const all = [...c.read, ...c.distractors].map((x) => ({ article: x.article, story: x.incident }));
    await run('gvc', all, c.read.map((x) => ({ article: x.article, story: x.incident })));
  }
}
