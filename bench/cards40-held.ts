/**
 * cards40: a fresh blind judgment of "Left out by others" cards on Multi-News held stories no card audit has read
 * (docs/notes/cards40.md). audit31 read the held half's first 16 stories of the rule (bench/audit30-cards.ts
 * `--half=held --n=16`); this reads the rule's next ones, positions 17..N of the same walk (N = 16 + READ).
 *
 *   npx tsx bench/cards40-held.ts --dump=/tmp/x.json        # this code tree's top-5 left-out cards (text: keep in /tmp)
 *   npx tsx bench/cards40-held.ts --sheet A.json B.json      # the union of two dumps, by story then hash (no side
 *                                                            # shown), with the readings' texts, to judge blind (/tmp)
 *   npx tsx bench/cards40-held.ts --score A.json [B.json…]   # strict / lenient of each dump against the labels
 *
 * Run `--dump` once in each tree (main from `git archive`, the branch here); judge the `--sheet` listing before
 * scoring; labels go to bench/data/cards40-held.tsv (story, hash, mark R/P/W, cause, note in the judge's words; no
 * source text). The card hash is audit-cards.ts's left-out hash, so the key is story + hash, not rank.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { mnReadings } from './audit30-cards.ts';
import { fnv } from './audit-cards.ts';
import { wilson } from './audit14-data.ts';

export const SKIP = 16;
export const READ = 12;
const SHEET = 'bench/data/cards40-held.tsv';

export interface Dumped {
  story: string;
  cards: Array<{ rank: number; hash: string; i: number; text: string; missingFrom: string[]; partly: Array<{ id: string; novel: Array<{ start: number; end: number }> }> }>;
  page: Array<{ i: number; text: string; fact?: boolean }>;
  related: Array<{ id: string; units: Array<{ i: number; text: string; fact?: boolean; matches: number[] }> }>;
}

const spans = (x?: Array<{ start: number; end: number }>) => (x ?? []).map((s) => `${s.start}-${s.end}`).join(',');

/** This code tree's top-5 left-out cards on the held walk's stories skip+1..skip+read, written to `file` (text: keep in /tmp). */
export async function dumpHeld(file: string, skip: number, read: number): Promise<void> {
  const distractors = [...(await loadSet('seeds')), ...loadZyte()];
  const out: Dumped[] = [];
  for (const rd of mnReadings(skip + read, 'held').slice(skip)) {
    const r = await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors]));
    out.push({
      story: rd.story,
      cards: r.leftOut.slice(0, 5).map((f, k) => ({
        rank: k + 1,
        hash: fnv(`L|${f.text}|${[...f.missingFrom].sort().join(',')}|${(f.partly ?? []).map((p) => `${p.id}:${spans(p.novel)}`).join(';')}`),
        i: f.i,
        text: f.text,
        missingFrom: f.missingFrom,
        partly: (f.partly ?? []).map((p) => ({ id: p.id, novel: p.novel })),
      })),
      page: r.article.units.map((u) => ({ i: u.i, text: u.text, fact: u.fact })),
      related: r.related.map((a) => ({ id: a.id, units: a.units.map((u) => ({ i: u.i, text: u.text, fact: u.fact, matches: u.matches })) })),
    });
  }
  writeFileSync(file, JSON.stringify(out));
  console.log(`${out.length} readings, ${out.reduce((t, d) => t + d.cards.length, 0)} top-5 left-out cards: ${out.map((d) => `${d.story} ${d.cards.length}`).join(', ')}`);
}

/** The union of the dumps' cards per story, sorted by hash (no side or rank shown), with the readings' texts. */
export function printSheet(files: string[]): void {
  const dumps = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Dumped[]);
  for (const d of dumps[0]!) {
    const all = new Map<string, Dumped['cards'][number]>();
    for (const dump of dumps) for (const c of dump.find((x) => x.story === d.story)?.cards ?? []) all.set(c.hash, c);
    const rel = dumps.flatMap((x) => x.find((y) => y.story === d.story)?.related ?? []).filter((a, k, xs) => xs.findIndex((b) => b.id === a.id) === k);
    console.log(`\n==================== ${d.story}`);
    for (const u of d.page) console.log(`  [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
    for (const a of rel) {
      console.log(`-- related ${a.id}`);
      for (const u of a.units) console.log(`     [${u.i}]${u.fact === false ? '(nf)' : ''}${u.matches.length ? ' ~' + u.matches.join(',') : ''} ${u.text}`);
    }
    console.log(`-- CARDS TO JUDGE (${all.size}, by hash)`);
    for (const c of [...all.values()].sort((x, y) => (x.hash < y.hash ? -1 : 1))) {
      const marked = c.partly.length ? ` (only marked parts: ${c.partly.map((p) => `${p.id} «${p.novel.map((s) => c.text.slice(s.start, s.end)).join(' … ')}»`).join('; ')})` : '';
      console.log(`  ${d.story}\t${c.hash}\t#${c.i} ${c.text}\n      missing from ${c.missingFrom.join(', ')}${marked}`);
    }
  }
}

/** R / P / W counts, the not-R causes and the unlabelled keys of cards keyed "story|hash" against a sheet's labels. */
export function tallyMarks(keys: string[], label: Map<string, { mark: string; cause: string }>) {
  const n: Record<string, number> = { R: 0, P: 0, W: 0 };
  const causes = new Map<string, number>();
  const missing: string[] = [];
  for (const key of keys) {
    const l = label.get(key);
    if (!l) {
      missing.push(key.replace('|', ':'));
      continue;
    }
    n[l.mark] = (n[l.mark] ?? 0) + 1;
    if (l.mark !== 'R') causes.set(`${l.mark} ${l.cause || '?'}`, (causes.get(`${l.mark} ${l.cause || '?'}`) ?? 0) + 1);
  }
  const all = n.R! + n.P! + n.W!;
  const [a, b] = wilson(n.R!, all);
  const [c, e] = wilson(n.R! + n.P!, all);
  const f2 = (x: number) => x.toFixed(2);
  const line = `${all} cards: R ${n.R}, P ${n.P}, W ${n.W} — strict ${f2(n.R! / all)} [${f2(a)}, ${f2(b)}], lenient ${f2((n.R! + n.P!) / all)} [${f2(c)}, ${f2(e)}]`;
  const causeLine = `not R by cause: ${[...causes].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join('; ')}`;
  return { all, missing, line, causeLine };
}

/** Strict / lenient of each dump against a sheet of labels (story, hash, mark, cause, note). */
export function scoreHeld(sheet: string, files: string[]): void {
  const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const label = new Map(rows.map((x) => [`${x[0]}|${x[1]}`, { mark: x[2]!, cause: x[3] ?? '' }]));
  for (const f of files) {
    const dump = JSON.parse(readFileSync(f, 'utf8')) as Dumped[];
    const t = tallyMarks(dump.flatMap((d) => d.cards.map((c) => `${d.story}|${c.hash}`)), label);
    console.log(`${f}: ${t.line}`);
    console.log(`  ${t.causeLine}`);
    console.log(`  unlabelled: ${t.missing.length}${t.missing.length ? ' — ' + t.missing.join(' ') : ''}`);
  }
}

/** The command line of a held sheet: `--dump=F`, `--sheet A.json B.json`, `--score A.json… [--sheet=F]`. */
export async function heldMain(skip: number, read: number, sheet: string, argv = process.argv.slice(2)): Promise<void> {
  const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const files = argv.filter((a) => a.endsWith('.json'));
  if (opt('dump')) await dumpHeld(opt('dump')!, skip, read);
  else if (argv.includes('--sheet')) printSheet(files);
  else if (argv.includes('--score')) scoreHeld(opt('sheet') ?? sheet, files);
}

if (process.argv[1]?.endsWith('cards40-held.ts')) await heldMain(SKIP, READ, SHEET);
