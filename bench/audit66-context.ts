/**
 * audit66: how often a top-5 card's sentence leans on another of its article (lib/sidebar/view.ts `leanedOn`: a piece
 * of a sentence cut at semicolons, or a sentence opening on a pronoun or in lower case), over a card-sheet dump
 * (bench/cards63-cards.ts --dump: every dev sheet's readings, top 5 of each section). Prints the counts by section and
 * kind, and with --list every such card with the line the panel adds (texts: to /tmp only, never committed).
 *
 *   npx tsx bench/audit66-context.ts /tmp/x-dump.json [--list]
 *   npx tsx bench/audit66-context.ts --pairs /tmp/pairs.tsv /tmp/key.tsv
 *   npx tsx bench/audit66-context.ts --score bench/data/audit66-context.tsv
 *
 * --score tallies the judged lines of the card sheets (labels only: sheet, card key, kind, needed, helps under C and C2).
 *
 * --pairs (arm C2, docs/notes/audit66.md §5): over every top-5 card of the 17 dev sets' readings (bench/audit62-marked.ts
 * markedReadings; caravan and basil-putin left out, read for the audit) whose 'before' line differs between C (the
 * sentence before) and C2 (the nearest before it that does not lean too), both lines in a seeded random order (X, Y),
 * for judging blind to the arm; the key (which of X / Y is C2) goes to the second file.
 */
import { readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { buildView, leanedOn, TOP_CARDS } from '../lib/sidebar/view.ts';
import type { Dumped } from './cards59-wns.ts';
import { markedReadings } from './audit62-marked.ts';
import { tsvVerdicts } from './data/csv.ts';
import { prng } from '../tests/hostile/harness.ts';

if (process.argv[2] === '--score') {
  const sheet = process.argv[3]!;
  const key = (c: string[]) => `${c[0]}:${c[1]}`;
  const [kind, needed, c, c2] = [2, 3, 4, 5].map((v) => tsvVerdicts(sheet, key, v)) as [Map<string, string | undefined>, Map<string, string | undefined>, Map<string, string | undefined>, Map<string, string | undefined>];
  const n = (f: (k: string) => boolean) => [...kind.keys()].filter(f).length;
  for (const k of ['whole', 'before', 'all']) {
    const of = (x: string) => k === 'all' || kind.get(x) === k;
    const all = n(of);
    const line = (m: Map<string, string | undefined>, v: string) => n((x) => of(x) && m.get(x) === v);
    console.log(`${k}: ${all} lines; needed ${line(needed, 'yes')}; help C ${line(c, 'yes')} (misleads ${line(c, 'misleads')}); help C2 ${line(c2, 'yes')} (misleads ${line(c2, 'misleads')})`);
  }
  process.exit(0);
}

if (process.argv[2] === '--pairs') {
  const [, pairsFile, keyFile] = process.argv.slice(2);
  const random = prng(66);
  const coin = () => random() < 0.5;
  const rows: string[] = [];
  const keys: string[] = [];
  let cards = 0;
  let lined = 0;
  for await (const { name, page, report } of markedReadings(true)) {
    if (name === 'caravan' || name === 'basil-putin') continue;
    const view = buildView(report);
    const unitsOf = new Map<string, Parameters<typeof leanedOn>[0]>([[report.article.id, report.article.units], ...report.related.map((r) => [r.id, r.units] as const)]);
    const own = [
      ...view.added.slice(0, TOP_CARDS).map((x, k) => ({ key: `A:${k + 1}`, text: x.text, id: x.sentences[0]?.source.id ?? '', i: x.sentences[0]?.i ?? -1 })),
      ...view.leftOut.slice(0, TOP_CARDS).map((x, k) => ({ key: `L:${k + 1}`, text: x.text, id: report.article.id, i: x.i })),
      ...view.shared.slice(0, TOP_CARDS).map((x, k) => ({ key: `S:${k + 1}`, text: x.text, id: report.article.id, i: x.i })),
    ];
    for (const c of own) {
      cards++;
      const units = unitsOf.get(c.id) ?? [];
      const [a, b] = [leanedOn(units, c.i, false), leanedOn(units, c.i)];
      if (b) lined++;
      if (!a || !b || a === b) continue;
      const flip = coin();
      const key = `${name}:${page.id}:${c.key}`;
      rows.push([key, c.text, flip ? b : a, flip ? a : b].join('\t'));
      keys.push([key, flip ? 'X' : 'Y'].join('\t'));
    }
  }
  writeFileSync(pairsFile!, rows.join('\n') + '\n');
  writeFileSync(keyFile!, ['key\tC2'].concat(keys).join('\n') + '\n');
  console.log(`${cards} top-5 cards, ${lined} with a line; ${rows.length} whose C and C2 lines differ`);
  process.exit(0);
}

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: audit66-context.ts DUMP.json [--list]');
const dumps = JSON.parse(readFileSync(file, 'utf8')) as Dumped[];
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
for (const d of dumps) {
  const units = new Map(d.articles.map((a) => [a.id, a.units]));
  for (const c of d.cards) {
    bump(`${c.section} cards`);
    // The card's own sentence: the page's unit (Left out, Shared) or the first source's (Added), "id#i".
    const m = /^(.+)#(\d+)/.exec(c.told[0]!.split(' ')[0]!);
    const context = m && leanedOn(units.get(m[1]!) ?? [], Number(m[2]));
    if (!context) continue;
    const [kind, line] = [context.startsWith('Part of') ? 'whole' : 'before', context.slice(context.indexOf(': ') + 2)];
    bump(`${c.section} ${kind}`);
    if (rest.includes('--list')) console.log([d.half, `${d.event}:${c.section}:${c.rank}`, kind, c.text, line].join('\t'));
  }
}
console.error([...count].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
