/**
 * Same story: what the path's misses really are (docs/notes/match47.md, issue 8 item 1). A blind, stratified sample of
 * ordered gold pairs of two dev sets — Multi-News dev (`bench/story-multinews.ts --only-half dev`) and GVC dev
 * (`bench/story-gvc.ts --split dev`, dated) — drawn from the pairs the path misses and the pairs it finds, mixed and
 * shuffled on one sheet that shows neither the arm, the ids nor the engine's answer, and judged from the two texts'
 * openings alone: "would a reader of A want B compared with it fact by fact as another outlet's report of the same news
 * event?" — label22's convention (docs/notes/label22.md, story34.md): `same` (the same event), `background` (same topic,
 * another event or development, a profile, an opinion…), `unrelated`, `debris` (A or B is not an article), with a
 * `borderline` flag. The brief's three classes: same event = `same`; same topic, other event or background =
 * `background` or `unrelated`; not an article = `debris`.
 *
 *   npx tsx bench/match47-sheet.ts --draw MN_OUT GVC_OUT          # the blind sheet and its key to $TMPDIR/match47-sheet
 *   npx tsx bench/match47-sheet.ts --show N [--words W]           # pair N of the sheet, W words of each text
 *   npx tsx bench/match47-sheet.ts --write VERDICTS               # `N label [borderline]` lines → bench/data/match47-labels.tsv
 *
 * MN_OUT / GVC_OUT: the `--errors` outputs of `bench/story-multinews.ts --only-half dev --errors` and `bench/story-gvc.ts
 * --split dev --errors dev` (their `missed` lines tell the arm). The labels file keeps ids and sha256 (16 hex) of each
 * text as the loader yields it — no text (both sets: research use only). The score: bench/match47-score.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../lib/types.ts';
import { fnv1a } from './data/fnv.ts';
import { gvcItems, gvcStoryCorpus } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';

/** Ordered pairs drawn per set and arm. */
export const DRAW = { missed: 40, found: 20 } as const;
export const LABEL_SET = ['same', 'background', 'unrelated', 'debris'] as const;
export type Label = (typeof LABEL_SET)[number];
export const LABELS_FILE = 'bench/data/match47-labels.tsv';
export type SetName = 'mn' | 'gvc';
/**
 * --sample b (second draw, Multi-News only): FNV-1a orders ids that differ only in their last characters next to each
 * other, so sample a's Multi-News draws bunch in a few stories (12 of 40 misses from one story that holds 22 of 256);
 * sample b orders by sha256 of `match47b|<set>|<arm>|<a>><b>` instead. Its pairs already judged keep their label (the
 * sheet shows only the new ones); its draws are tagged `:b` in the labels file's last column.
 */
const SAMPLE = process.argv.includes('--sample') ? process.argv[process.argv.indexOf('--sample') + 1]! : 'a';
const DIR = join(tmpdir(), SAMPLE === 'a' ? 'match47-sheet' : `match47-sheet-${SAMPLE}`);
const KEY = join(DIR, 'key.json');

export const textHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The two dev sets as the benches read them: the read articles and each one's group. */
export function devSets(): Record<SetName, { read: Article[]; groupOf: Map<string, string> }> | null {
  const stories = multiNewsStories();
  const items = gvcItems();
  if (!stories || !items) return null;
  const mn = { read: [] as Article[], groupOf: new Map<string, string>() };
  for (const s of stories) {
    if (parseInt(s.id.slice(-1), 16) % 2 !== 0) continue; // story-multinews --only-half dev
    const arts = multiNewsArticles(s, Infinity);
    if (arts.length < 2) continue;
    for (const a of arts) (mn.read.push(a), mn.groupOf.set(a.id, s.id));
  }
  const corpus = gvcStoryCorpus(items, 'dev', 300, 4);
  const gvc = { read: corpus.read.map((d) => d.article), groupOf: new Map(corpus.read.map((d) => [d.article.id, d.incident])) };
  return { mn, gvc };
}

/** Every ordered gold pair `a>b` of a set (both read, one group). */
export function goldPairs(s: { read: Article[]; groupOf: Map<string, string> }): string[] {
  const out: string[] = [];
  for (const a of s.read) for (const b of s.read) if (a.id !== b.id && s.groupOf.get(a.id) === s.groupOf.get(b.id)) out.push(`${a.id}>${b.id}`);
  return out;
}

/** The ordered pairs a run's `--errors` output lists as missed. */
export function missedOf(file: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^ {2}missed (\S+) → (\S+):/.exec(line);
    if (m) out.add(`${m[1]}>${m[2]}`);
  }
  return out;
}

export interface SheetItem {
  n: number;
  set: SetName;
  /** Shown first / second on the sheet. */
  a: string;
  b: string;
  /** The ordered pairs drawn that this unordered pair stands for, with their arm. */
  drawn: Array<{ pair: string; arm: 'missed' | 'found' }>;
  hashA: string;
  hashB: string;
}

function words(s: string, n: number): string {
  const w = s.split(/\s+/).filter(Boolean);
  return w.length <= n ? s : `${w.slice(0, n).join(' ')} …`;
}
const nw = (s: string) => s.split(/\s+/).filter(Boolean).length;

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const isMain = process.argv[1]?.endsWith('match47-sheet.ts');

if (isMain && argv.includes('--draw')) {
  const [mnOut, gvcOut] = argv.filter((x, i) => !x.startsWith('--') && argv[i - 1] !== '--sample');
  if (!mnOut || !gvcOut) throw new Error('usage: --draw MN_OUT GVC_OUT');
  const sets = devSets();
  if (!sets) {
    console.log('match47-sheet: skipped: a mirror is absent (Multi-News or GVC)');
    process.exit(0);
  }
  const byPair = new Map<string, SheetItem>();
  const counts: string[] = [];
  const judged = new Set<string>();
  if (SAMPLE !== 'a') for (const l of readFileSync(LABELS_FILE, 'utf8').split('\n')) if (l && !l.startsWith('#')) judged.add(pairKey(l.split('\t')[2]!, l.split('\t')[3]!));
  const extra: Array<{ pair: string; arm: string }> = [];
  for (const [name, out] of [['mn', mnOut], ['gvc', gvcOut]] as const) {
    if (SAMPLE !== 'a' && name !== 'mn') continue;
    const gold = goldPairs(sets[name]);
    const goldSet = new Set(gold);
    const missed = missedOf(out);
    for (const p of missed) if (!goldSet.has(p)) throw new Error(`${name}: missed pair ${p} is not a gold pair of the set (wrong output?)`);
    const found = gold.filter((p) => !missed.has(p));
    counts.push(`${name}: ${gold.length} ordered gold pairs, missed ${missed.size}, found ${found.length}`);
    for (const [arm, pop] of [['missed', [...missed]], ['found', found]] as const) {
      const drawn = pop
        .map((p) => ({ p, h: SAMPLE === 'a' ? fnv1a(`match47|${name}|${arm}|${p}`) : parseInt(textHash(`match47${SAMPLE}|${name}|${arm}|${p}`).slice(0, 12), 16) }))
        .sort((x, y) => x.h - y.h || (x.p < y.p ? -1 : 1))
        .slice(0, DRAW[arm]);
      for (const { p } of drawn) {
        const [a, b] = p.split('>') as [string, string];
        const k = pairKey(a, b);
        if (judged.has(k)) {
          extra.push({ pair: p, arm });
          continue;
        }
        const it = byPair.get(k) ?? { n: 0, set: name, a, b, drawn: [], hashA: '', hashB: '' };
        it.drawn.push({ pair: p, arm });
        byPair.set(k, it);
      }
    }
  }
  const arts = new Map([...sets.mn.read, ...sets.gvc.read].map((a) => [a.id, a]));
  const items = [...byPair.values()].sort((x, y) => fnv1a(`match47-sheet|${pairKey(x.a, x.b)}`) - fnv1a(`match47-sheet|${pairKey(y.a, y.b)}`));
  items.forEach((it, k) => {
    it.n = k + 1;
    // Which side is shown first: hashed, so A is neither the reading nor the lower id by rule.
    if (fnv1a(`match47-side|${pairKey(it.a, it.b)}`) % 2 === 1) [it.a, it.b] = [it.b, it.a];
    it.hashA = textHash(arts.get(it.a)!.text);
    it.hashB = textHash(arts.get(it.b)!.text);
  });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(KEY, JSON.stringify(items, null, 1));
  if (SAMPLE !== 'a') writeFileSync(join(DIR, 'judged.json'), JSON.stringify(extra));
  const show = (a: Article) => `${a.title ? `[title] ${a.title}\n` : ''}${words(a.text, 150)}`;
  writeFileSync(
    join(DIR, 'sheet.txt'),
    items.map((it) => `=== #${SAMPLE}${it.n}\n--- A (${nw(arts.get(it.a)!.text)} words)\n${show(arts.get(it.a)!)}\n--- B (${nw(arts.get(it.b)!.text)} words)\n${show(arts.get(it.b)!)}\n`).join('\n'),
  );
  console.log(`${counts.join('; ')}\nsheet ${SAMPLE}: ${items.length} unordered pairs to judge, ${extra.length} drawn pairs already judged (${[...byPair.values()].reduce((n, x) => n + x.drawn.length, 0)} ordered drawn) → ${join(DIR, 'sheet.txt')} (key ${KEY})`);
}

if (isMain && arg('--show')) {
  const n = Number(arg('--show')!.replace(/^[a-z]/, ''));
  const W = Number(arg('--words') ?? 400);
  const it = (JSON.parse(readFileSync(KEY, 'utf8')) as SheetItem[]).find((x) => x.n === n)!;
  const sets = devSets()!;
  const arts = new Map([...sets.mn.read, ...sets.gvc.read].map((a) => [a.id, a]));
  console.log(`=== #${n}\n--- A\n${words(arts.get(it.a)!.text, W)}\n--- B\n${words(arts.get(it.b)!.text, W)}`);
}

if (isMain && arg('--write')) {
  const items = new Map((JSON.parse(readFileSync(KEY, 'utf8')) as SheetItem[]).map((x) => [x.n, x]));
  const tag = SAMPLE === 'a' ? '' : `:${SAMPLE}`;
  const rows: string[] =
    SAMPLE === 'a' ? ['# n\tset\ta\tb\thash_a\thash_b\tlabel\tborderline\tdrawn (ordered pair:arm[:sample], the draws the row stands for; no tag: sample a)'] : [];
  const seen = new Set<number>();
  for (const line of readFileSync(arg('--write')!, 'utf8').split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t) continue;
    const [ns, label, flag] = t.split(/\s+/);
    const it = items.get(Number(ns!.replace(/^[a-z]/, "")));
    if (!it || !LABEL_SET.includes(label as Label) || (flag && flag !== 'borderline') || seen.has(it.n)) throw new Error(`bad verdict: ${line}`);
    seen.add(it.n);
    rows.push([`${SAMPLE === 'a' ? '' : SAMPLE}${it.n}`, it.set, it.a, it.b, it.hashA, it.hashB, label, flag ? 1 : 0, it.drawn.map((d) => `${d.pair}:${d.arm}${tag}`).join(',')].join('\t'));
  }
  if (seen.size !== items.size) throw new Error(`${items.size - seen.size} pairs not judged`);
  if (SAMPLE === 'a') writeFileSync(LABELS_FILE, `${rows.join('\n')}\n`);
  else {
    // Sample b's draws of pairs already judged: tagged on their rows (labels unchanged); the new rows appended.
    const extra = JSON.parse(readFileSync(join(DIR, 'judged.json'), 'utf8')) as Array<{ pair: string; arm: string }>;
    const old = readFileSync(LABELS_FILE, 'utf8').split('\n').filter(Boolean).map((l) => {
      if (l.startsWith('#')) return l;
      const f = l.split('\t');
      const mine = extra.filter((e) => pairKey(...(e.pair.split('>') as [string, string])) === pairKey(f[2]!, f[3]!));
      if (mine.length) f[8] = [f[8], ...mine.map((e) => `${e.pair}:${e.arm}${tag}`)].join(',');
      return f.join('\t');
    });
    writeFileSync(LABELS_FILE, `${[...old, ...rows].join('\n')}\n`);
  }
  console.log(`${seen.size} labels → ${LABELS_FILE}`);
}
