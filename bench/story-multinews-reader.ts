/**
 * Same-story matching on Multi-News scored against a reader's judgement instead of Multi-News's grouping
 * (docs/notes/label22.md). Multi-News counts every source a newser editor cited as "the story" (profiles, op-eds,
 * background pieces, crawl notices), and calls two newser stories on one running topic different; a reader of A wants
 * B related when B is another report of the same news event. The question judged for an unordered pair (A, B):
 * "Would a reader of A want B compared with it fact by fact as another outlet's report of the same news event?" —
 * `same`, `background` (same topic; B a profile, explainer, opinion, an earlier or later development), `unrelated`,
 * `debris` (A or B is not an article), with a `borderline` flag.
 *
 * Held half only (stop 30's split: a story is held when the last hex digit of its id is odd). Judged pairs:
 *   - a sample of unordered within-story pairs of the held half: every pair of two read articles of one held story
 *     (the articles bench/story-multinews.ts reads: ≥ 2 sources, the loader's rules), ordered by FNV-1a of
 *     `label22|<id A>|<id B>` (ids sorted), the first SAMPLE (uniform over pairs, without replacement);
 *   - every cross-story pair main relates on the held half (each `false` line of `bench/story-multinews.ts --errors
 *     --half held`, unordered, deduplicated).
 * Both mixed in one sheet ordered by FNV-1a of `label22-sheet|<id A>|<id B>`, shown without ids, group or the engine's
 * answer.
 *
 * --half dev [--labels FILE] does the same for the dev half (story34: docs/notes/story34.md; same sample size, hashes and
 * convention; sheet and key in $TMPDIR/story34-reader-dev; labels bench/data/story-multinews-reader-dev.tsv).
 *
 *   npx tsx bench/story-multinews-reader.ts --draw OUT…           # counts; the blind sheet and its key to $TMPDIR
 *   npx tsx bench/story-multinews-reader.ts --show N [--words W]  # pair N of the sheet, W words of each text
 *   npx tsx bench/story-multinews-reader.ts --write VERDICTS      # verdicts (`N label [borderline]` lines) joined to the key → the labels file
 *   npx tsx bench/story-multinews-reader.ts OUT…                  # score: main's P / R against the reader's labels
 *
 * OUT… are the outputs of `ZYTE_HTML_DIR=… npx tsx bench/story-multinews.ts --errors --half held [--shard K/N]` (all
 * shards). The labels file (bench/data/story-multinews-reader.tsv) keeps ids, sha256 (16 hex) of each text as the
 * loader yields it, the label and flag — no text (Multi-News: research use only, docs/notes/src31.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpusDir } from '../cli/load.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { fnv1a } from './data/fnv.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';

const SAMPLE = 150;
const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
// --half held|dev: which half of Multi-News the sheet and the score are about (default held: label22's sheet);
// --labels FILE: the labels file (default: label22's held labels; the dev half's are bench/data/story-multinews-reader-dev.tsv).
const HALF = arg('--half') ?? 'held';
if (HALF !== 'held' && HALF !== 'dev') throw new Error('--half held|dev');
const LABELS = arg('--labels') ?? (HALF === 'held' ? 'bench/data/story-multinews-reader.tsv' : 'bench/data/story-multinews-reader-dev.tsv');
const LABEL_SET = ['same', 'background', 'unrelated', 'debris'] as const;
type Label = (typeof LABEL_SET)[number];
const DIR = join(tmpdir(), HALF === 'held' ? 'label22-reader' : 'story34-reader-dev');
const SHEET = join(DIR, 'sheet.txt');
const KEY = join(DIR, 'key.json');

/** The arguments that are not flags nor a flag's value (run outputs). */
const WITH_VALUE = new Set(['--half', '--labels', '--show', '--words', '--write']);
const positional = argv.filter((x, i) => !x.startsWith('--') && !WITH_VALUE.has(argv[i - 1] ?? ''));
const textHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
/** The story is in the half read (held: last hex digit of its id odd; dev: even). */
const isHeld = (storyId: string) => (parseInt(storyId.slice(-1), 16) % 2 === 1) === (HALF === 'held');
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

interface Item {
  n: number;
  a: string;
  b: string;
  from: 'sample' | 'related';
  hashA: string;
  hashB: string;
}

/** Every Multi-News article the story bench reads (≥ 2 sources), with its story id. */
function multiNews(): { arts: Map<string, Article>; storyOf: Map<string, string>; held: Array<{ id: string; arts: Article[] }> } {
  const stories = multiNewsStories();
  if (!stories) throw new Error('Multi-News mirror absent (fetch github:en-jai-neer/CompressKV)');
  const arts = new Map<string, Article>();
  const storyOf = new Map<string, string>();
  const held: Array<{ id: string; arts: Article[] }> = [];
  for (const s of stories) {
    const xs = multiNewsArticles(s, Infinity);
    if (xs.length < 2) continue;
    for (const a of xs) (arts.set(a.id, a), storyOf.set(a.id, s.id));
    if (isHeld(s.id)) held.push({ id: s.id, arts: xs });
  }
  return { arts, storyOf, held };
}

/** A distractor's text by id (GVC dev pick, seed, zyte page), loaded only when a relation names one. */
async function distractors(ids: string[]): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  if (ids.some((id) => id.startsWith('gvc-'))) {
    const items = gvcItems();
    if (items) for (const d of gvcArticles(gvcIncidentsInOrder(items, 'dev').slice(0, 1000).map((x) => x.picked[0]!))) out.set(d.article.id, d.article);
  }
  if (ids.some((id) => !id.startsWith('gvc-') && !id.startsWith('mn-'))) {
    for (const a of loadZyte()) out.set(a.id, a);
    if (existsSync('seeds')) for (const a of (await loadCorpusDir('seeds', { cacheDir: null })).articles) out.set(a.id, a);
  }
  return out;
}

/** The unordered cross-story (false) relations and the ordered relations, hits and misses of the run outputs. */
function readRuns(files: string[]) {
  const fals: Array<[string, string]> = [];
  const missed = new Set<string>();
  let readings = 0;
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      let m = /^ {2}false {2}(\S+) → (\S+) \[/.exec(line);
      if (m) fals.push([m[1]!, m[2]!]);
      m = /^ {2}missed (\S+) → (\S+):/.exec(line);
      if (m) missed.add(`${m[1]}>${m[2]}`);
      m = /^multinews undated: .*\((\d+) readings\)/.exec(line);
      if (m) readings += Number(m[1]);
    }
  }
  return { fals, missed, readings };
}

function words(s: string, n: number): string {
  const w = s.split(/\s+/).filter(Boolean);
  return w.length <= n ? s : `${w.slice(0, n).join(' ')} …`;
}

function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}
const f3 = (x: number) => x.toFixed(3);
const ci = (k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `[${f3(lo)}, ${f3(hi)}]`;
};

if (argv.includes('--draw')) {
  const outs = positional;
  const { arts, storyOf, held } = multiNews();
  const pairs: Array<[string, string]> = [];
  for (const s of held) for (let i = 0; i < s.arts.length; i++) for (let j = i + 1; j < s.arts.length; j++) pairs.push([s.arts[i]!.id, s.arts[j]!.id]);
  const sample = pairs
    .map((p) => ({ p, h: fnv1a(`label22|${pairKey(p[0], p[1])}`) }))
    .sort((x, y) => x.h - y.h || (pairKey(...x.p) < pairKey(...y.p) ? -1 : 1))
    .slice(0, SAMPLE)
    .map((x) => x.p);
  const { fals, readings } = readRuns(outs);
  const cross = new Map<string, [string, string]>();
  for (const [a, b] of fals) {
    if (!storyOf.has(a) || !isHeld(storyOf.get(a)!)) throw new Error(`${a}: not a reading of the ${HALF} half (run with --half ${HALF})`);
    cross.set(pairKey(a, b), a < b ? [a, b] : [b, a]);
  }
  const dist = await distractors([...cross.values()].flat().filter((id) => !arts.has(id)));
  const textOf = (id: string) => (arts.get(id) ?? dist.get(id))?.text ?? '';
  const all = [
    ...sample.map(([a, b]) => ({ a, b, from: 'sample' as const })),
    ...[...cross.values()].map(([a, b]) => ({ a, b, from: 'related' as const })),
  ].sort((x, y) => fnv1a(`label22-sheet|${pairKey(x.a, x.b)}`) - fnv1a(`label22-sheet|${pairKey(y.a, y.b)}`));
  const items: Item[] = all.map((x, k) => {
    // Which side is shown first: the id order hashed, so the sheet's A is not the reading (nor the lower id) by rule.
    const flip = fnv1a(`label22-side|${pairKey(x.a, x.b)}`) % 2 === 1;
    const [a, b] = flip ? [x.b, x.a] : [x.a, x.b];
    return { n: k + 1, a, b, from: x.from, hashA: textHash(textOf(a)), hashB: textHash(textOf(b)) };
  });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(KEY, JSON.stringify(items, null, 1));
  const sheet = items.map((it) => {
    const ta = textOf(it.a);
    const tb = textOf(it.b);
    const nw = (s: string) => s.split(/\s+/).filter(Boolean).length;
    return `=== #${it.n}\n--- A (${nw(ta)} words)\n${words(ta, 150)}\n--- B (${nw(tb)} words)\n${words(tb, 150)}\n`;
  });
  writeFileSync(SHEET, sheet.join('\n'));
  console.log(
    `${HALF} half: ${held.length} stories with ≥ 2 read articles, ${held.reduce((n, s) => n + s.arts.length, 0)} articles, ${pairs.length} unordered within-story pairs; ` +
      `sample ${sample.length} (uniform over pairs, FNV-1a of 'label22|ids'); cross-story relations of main on the ${HALF} half: ${fals.length} ordered, ${cross.size} unordered ` +
      `(${readings} readings); sheet ${items.length} pairs → ${SHEET} (key ${KEY})`,
  );
  process.exit(0);
}

if (arg('--show')) {
  const n = Number(arg('--show'));
  const W = Number(arg('--words') ?? 400);
  const it = (JSON.parse(readFileSync(KEY, 'utf8')) as Item[]).find((x) => x.n === n)!;
  const { arts } = multiNews();
  const dist = await distractors([it.a, it.b].filter((id) => !arts.has(id)));
  const textOf = (id: string) => (arts.get(id) ?? dist.get(id))?.text ?? '';
  console.log(`=== #${n}\n--- A\n${words(textOf(it.a), W)}\n--- B\n${words(textOf(it.b), W)}`);
  process.exit(0);
}

if (arg('--write')) {
  const items = new Map((JSON.parse(readFileSync(KEY, 'utf8')) as Item[]).map((x) => [x.n, x]));
  const rows: string[] = ['# n\tfrom\ta\tb\thash_a\thash_b\tlabel\tborderline'];
  const seen = new Set<number>();
  for (const line of readFileSync(arg('--write')!, 'utf8').split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t) continue;
    const [ns, label, flag] = t.split(/\s+/);
    const it = items.get(Number(ns));
    if (!it || !LABEL_SET.includes(label as Label) || (flag && flag !== 'borderline') || seen.has(it.n)) throw new Error(`bad verdict: ${line}`);
    seen.add(it.n);
    rows.push([it.n, it.from, it.a, it.b, it.hashA, it.hashB, label, flag ? 1 : 0].join('\t'));
  }
  if (seen.size !== items.size) throw new Error(`${items.size - seen.size} pairs not judged`);
  writeFileSync(LABELS, `${rows.join('\n')}\n`);
  console.log(`${seen.size} labels → ${LABELS}`);
  process.exit(0);
}

// Score.
const outs = positional;
if (!outs.length) throw new Error('usage: story-multinews-reader.ts OUT… (outputs of story-multinews.ts --errors --half held)');
interface Row {
  from: string;
  a: string;
  b: string;
  hashA: string;
  hashB: string;
  label: Label;
  borderline: boolean;
}
const rows: Row[] = readFileSync(LABELS, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [, from, a, b, hashA, hashB, label, bl] = l.split('\t');
    return { from: from!, a: a!, b: b!, hashA: hashA!, hashB: hashB!, label: label as Label, borderline: bl === '1' };
  });
const { arts, storyOf, held } = multiNews();
// The labels name the texts the loader yields now: a changed text is reported, not scored silently.
const dist = await distractors(rows.flatMap((r) => [r.a, r.b]).filter((id) => !arts.has(id)));
const textOf = (id: string) => (arts.get(id) ?? dist.get(id))?.text;
const stale = rows.filter((r) => textOf(r.a) === undefined || textOf(r.b) === undefined || textHash(textOf(r.a)!) !== r.hashA || textHash(textOf(r.b)!) !== r.hashB);
if (stale.length) console.log(`warning: ${stale.length} labelled pairs whose text the loader no longer yields as judged`);
const { fals, missed, readings } = readRuns(outs);
const heldArticles = held.reduce((n, s) => n + s.arts.length, 0);
if (readings !== heldArticles) console.log(`warning: the outputs hold ${readings} readings, the ${HALF} half has ${heldArticles} articles`);
// Main's ordered relations on the held half: within-story hits = the held stories' ordered pairs not missed; plus the false ones.
let goldOrdered = 0;
for (const s of held) goldOrdered += s.arts.length * (s.arts.length - 1);
const hitsOrdered = goldOrdered - missed.size;
const related = (x: string, y: string) => (storyOf.get(x) === storyOf.get(y) ? !missed.has(`${x}>${y}`) : fals.some(([p, q]) => p === x && q === y));
console.log(
  `main on the ${HALF} half by Multi-News's grouping: P ${f3(hitsOrdered / (hitsOrdered + fals.length))} / R ${f3(hitsOrdered / goldOrdered)} ` +
    `(${hitsOrdered} of ${goldOrdered} ordered pairs, ${fals.length} false; ${readings} readings)`,
);
const count = (xs: Row[]) => LABEL_SET.map((l) => `${l} ${xs.filter((r) => r.label === l).length}`).join(', ') + ` (borderline ${xs.filter((r) => r.borderline).length})`;
const sample = rows.filter((r) => r.from === 'sample');
const cross = rows.filter((r) => r.from === 'related');
const nSame = sample.filter((r) => r.label === 'same').length;
console.log(`sample of within-story pairs: ${sample.length}: ${count(sample)}`);
console.log(`  a reader calls ${nSame} of ${sample.length} Multi-News pairs 'same': ${f3(nSame / sample.length)} ${ci(nSame, sample.length)} (Wilson 95%, unordered pairs)`);
console.log(`cross-story relations of main: ${cross.length} unordered: ${count(cross)}`);

// Recall over sampled pairs judged `same`: ordered (as the bench counts), the interval over unordered pairs (the two
// directions of one pair share a judgement, so they are not two draws).
function recall(judged: Row[], what: string) {
  const dirs = judged.flatMap((r) => [related(r.a, r.b), related(r.b, r.a)]);
  const k = dirs.filter(Boolean).length;
  const either = judged.filter((r) => related(r.a, r.b) || related(r.b, r.a)).length;
  const both = judged.filter((r) => related(r.a, r.b) && related(r.b, r.a)).length;
  const p = k / dirs.length;
  const [lo, hi] = wilson(p * judged.length, judged.length);
  console.log(
    `  recall over ${what}: ${f3(p)} [${f3(lo)}, ${f3(hi)}] (${k} of ${dirs.length} ordered pairs; interval over ${judged.length} unordered; ` +
      `related both ways ${both}, one way ${either - both}, neither ${judged.length - either})`,
  );
}
console.log('reader-judged recall (sample, within-story pairs):');
recall(sample.filter((r) => r.label === 'same'), "pairs judged 'same'");
recall(sample.filter((r) => r.label === 'same' && !r.borderline), "pairs judged 'same', not borderline");
recall(sample.filter((r) => r.label !== 'same'), "pairs not judged 'same' (for contrast)");
// Pairs are drawn uniformly over pairs, so a story with many sources gives many pairs: the story with the most sampled
// pairs left out, as a check that one story does not make the number.
const perStory = new Map<string, number>();
for (const r of sample) perStory.set(storyOf.get(r.a)!, (perStory.get(storyOf.get(r.a)!) ?? 0) + 1);
const [bigStory, bigN] = [...perStory].sort((x, y) => y[1] - x[1])[0]!;
console.log(`  the sample covers ${perStory.size} of ${held.length} ${HALF} stories; the most sampled story gives ${bigN} pairs; without it:`);
recall(sample.filter((r) => r.label === 'same' && storyOf.get(r.a) !== bigStory), "pairs judged 'same', the most sampled story left out");

// Precision over main's related pairs on the held half: the within-story relations (hitsOrdered) estimated from the
// sample's related directions, the cross-story relations (fals) all judged. Interval: Wilson on the sample's share,
// carried through (the cross-story part is a census).
function precision(ok: (r: Row) => boolean, what: string) {
  const sd = sample.flatMap((r) => [related(r.a, r.b), related(r.b, r.a)].filter(Boolean).map(() => r));
  const sk = sd.filter(ok).length;
  const units = new Set(sd);
  const q = sd.length ? sk / sd.length : 0;
  const [lo, hi] = wilson(q * units.size, units.size);
  const crossOrdered = fals.map(([a, b]) => cross.find((r) => pairKey(r.a, r.b) === pairKey(a, b))!);
  const ck = crossOrdered.filter(ok).length;
  const N = hitsOrdered + fals.length;
  const P = (hitsOrdered * q + ck) / N;
  console.log(
    `  precision, ${what}: ${f3(P)} [${f3((hitsOrdered * lo + ck) / N)}, ${f3((hitsOrdered * hi + ck) / N)}] ` +
      `(within-story relations ${hitsOrdered}: sample ${sk} of ${sd.length} related directions ok (${units.size} pairs) = ${f3(q)}; cross-story ${ck} of ${fals.length} ok)`,
  );
}
console.log(`reader-judged precision (ordered relations of main on the ${HALF} half):`);
{
  const dirs = sample.flatMap((r) => [related(r.a, r.b), related(r.b, r.a)].filter(Boolean).map(() => r));
  const cr = fals.map(([a, b]) => cross.find((r) => pairKey(r.a, r.b) === pairKey(a, b))!);
  console.log(`  main's related directions by the reader's label: sampled within-story ${count(dirs)}; cross-story (ordered) ${count(cr)}`);
}
precision((r) => r.label === 'same', "'same' counted right");
precision((r) => r.label === 'same' && !r.borderline, "'same' not borderline counted right");
precision((r) => r.label === 'same' || r.label === 'background', "'same' or 'background' counted right (lenient)");
// As if pages that are not articles never reached the story path (an extractor refusing them): debris-judged relations
// left out of both sides — the within-story part scaled by the sample's non-debris share.
{
  const sd = sample.flatMap((r) => [related(r.a, r.b), related(r.b, r.a)].filter(Boolean).map(() => r));
  const keep = sd.filter((r) => r.label !== 'debris');
  const units = new Set(keep);
  const q = keep.length ? keep.filter((r) => r.label === 'same').length / keep.length : 0;
  const [lo, hi] = wilson(q * units.size, units.size);
  const nW = sd.length ? (hitsOrdered * keep.length) / sd.length : 0;
  const cr = fals.map(([a, b]) => cross.find((r) => pairKey(r.a, r.b) === pairKey(a, b))!).filter((r) => r.label !== 'debris');
  const ck = cr.filter((r) => r.label === 'same').length;
  const N = nW + cr.length;
  console.log(
    `  precision, 'same' counted right, debris-judged relations left out: ${f3((nW * q + ck) / N)} [${f3((nW * lo + ck) / N)}, ${f3((nW * hi + ck) / N)}] ` +
      `(within-story ≈ ${nW.toFixed(0)} relations at ${f3(q)} (${units.size} pairs); cross-story ${ck} of ${cr.length} ok)`,
  );
}
