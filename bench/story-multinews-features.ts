/**
 * story34 (docs/notes/story34.md): does anything the story decision has, or a cheap general document feature, tell a
 * reader's `same` from `background` among the pairs main relates? And could a text-level "not an article" check drop
 * the `debris` texts without refusing real articles? Dev half of Multi-News only (reader labels
 * bench/data/story-multinews-reader-dev.tsv).
 *
 *   npx tsx bench/story-multinews-features.ts OUT… --dump DUMP…
 *
 * OUT… the outputs of `bench/story-multinews.ts --errors --half dev --shard K/2` (which directions main relates),
 * DUMP… their `--dump` files (each candidate's StoryEvidence before closure). Prints, over the sampled within-story
 * pairs main relates (each related direction one row; `same` positive, `background` negative, debris and unrelated
 * apart): AUC of each feature in the direction that favours `same`, and the best single cut keeping ≥ 0.97 of the
 * `same` directions with the background it would drop; also the AUC per unordered pair (rows averaged), since the two
 * directions of a pair share one judgement. Then the debris check's counts. Ids and numbers only.
 */
import { readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { firstPerson, leadTold, opinion, quoteShare, wordsOf } from './story-doc-features.ts';
import type { StoryEvidence } from '../lib/engine/story.ts';

const argv = process.argv.slice(2);
const dumpAt = argv.indexOf('--dump');
const outs = argv.slice(0, dumpAt < 0 ? argv.length : dumpAt).filter((x) => !x.startsWith('--'));
const dumps = dumpAt < 0 ? [] : argv.slice(dumpAt + 1);
const LABELS = 'bench/data/story-multinews-reader-dev.tsv';
const isDev = (storyId: string) => parseInt(storyId.slice(-1), 16) % 2 === 0;

// Texts.
const arts = new Map<string, Article>();
const storyOf = new Map<string, string>();
for (const s of multiNewsStories() ?? []) {
  const xs = multiNewsArticles(s, Infinity);
  if (xs.length < 2) continue;
  for (const a of xs) (arts.set(a.id, a), storyOf.set(a.id, s.id));
}
if (!arts.size) throw new Error('Multi-News mirror absent');

// Relations of main (after closure): within-story = not missed; cross-story = false lines.
const missed = new Set<string>();
const fals = new Set<string>();
for (const f of outs)
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    let m = /^ {2}missed (\S+) → (\S+):/.exec(line);
    if (m) missed.add(`${m[1]}>${m[2]}`);
    m = /^ {2}false {2}(\S+) → (\S+) \[/.exec(line);
    if (m) fals.add(`${m[1]}>${m[2]}`);
  }
const related = (x: string, y: string) => (storyOf.get(x) === storyOf.get(y) ? !missed.has(`${x}>${y}`) : fals.has(`${x}>${y}`));
type Ev = StoryEvidence & { score: number };
const ev = new Map<string, Ev>();
for (const f of dumps)
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Ev & { a: string; b: string };
    ev.set(`${r.a}>${r.b}`, r);
  }

interface Row {
  a: string;
  b: string;
  label: string;
  borderline: boolean;
  f: Record<string, number>;
}
const labels = readFileSync(LABELS, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [, from, a, b, , , label, bl] = l.split('\t');
    return { from: from!, a: a!, b: b!, label: label!, borderline: bl === '1' };
  });
for (const l of labels) if (l.from === 'sample' && !isDev(storyOf.get(l.a) ?? '1')) throw new Error(`${l.a}: not a dev-half article`);

function features(a: string, b: string): Record<string, number> {
  const ta = arts.get(a)!.text;
  const tb = arts.get(b)!.text;
  const e = ev.get(`${a}>${b}`);
  const na = wordsOf(ta).length;
  const nb = wordsOf(tb).length;
  const f: Record<string, number> = {};
  for (const k of ['docScore', 'z', 'lead', 'names', 'figures', 'title', 'ratio', 'back', 'score'] as const) f[k] = e ? e[k] : NaN;
  f.lenRatio = Math.min(na, nb) / Math.max(na, nb);
  f.minLen = Math.min(na, nb);
  f.maxLen = Math.max(na, nb);
  f.quoteMin = Math.min(quoteShare(ta), quoteShare(tb));
  f.firstPersonMax = Math.max(firstPerson(ta), firstPerson(tb));
  f.opinionMax = Math.max(opinion(ta), opinion(tb));
  f.leadToldMin = Math.min(leadTold(ta, tb), leadTold(tb, ta));
  f.leadToldMean = (leadTold(ta, tb) + leadTold(tb, ta)) / 2;
  return f;
}

/** AUC of positives over negatives (ties half), NaN rows left out. */
function auc(pos: number[], neg: number[]): number {
  const p = pos.filter((x) => !Number.isNaN(x));
  const n = neg.filter((x) => !Number.isNaN(x));
  let s = 0;
  for (const x of p) for (const y of n) s += x > y ? 1 : x === y ? 0.5 : 0;
  return p.length && n.length ? s / (p.length * n.length) : NaN;
}

const sample = labels.filter((l) => l.from === 'sample');
const rows: Row[] = [];
for (const l of sample)
  for (const [x, y] of [
    [l.a, l.b],
    [l.b, l.a],
  ] as const)
    if (related(x, y)) rows.push({ a: x, b: y, label: l.label, borderline: l.borderline, f: features(x, y) });
const byLabel = (k: string) => rows.filter((r) => r.label === k).length;
console.log(
  `dev sample: ${sample.length} pairs; main's related directions ${rows.length}: same ${byLabel('same')}, background ${byLabel('background')}, debris ${byLabel('debris')}, unrelated ${byLabel('unrelated')} ` +
    `(evidence found for ${rows.filter((r) => !Number.isNaN(r.f.docScore!)).length})`,
);
const pos = rows.filter((r) => r.label === 'same');
const neg = rows.filter((r) => r.label === 'background');
const names = Object.keys(rows[0]?.f ?? {});
// Per unordered pair: the two directions' features averaged (one judgement, one unit).
const unit = (rs: Row[]) => {
  const m = new Map<string, Row[]>();
  for (const r of rs) {
    const k = r.a < r.b ? `${r.a}|${r.b}` : `${r.b}|${r.a}`;
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return [...m.values()];
};
// Leave one story out: the cut (the 3% quantile of the other stories' `same` directions) applied to the story left out.
function loso(k: string, sign: number): string {
  const stories = [...new Set(rows.map((r) => storyOf.get(r.a)!))];
  let keptSame = 0;
  let droppedBg = 0;
  for (const s of stories) {
    const ps = pos.filter((r) => storyOf.get(r.a) !== s).map((r) => sign * r.f[k]!).sort((x, y) => x - y);
    const t = ps[Math.floor(0.03 * ps.length)] ?? -Infinity;
    keptSame += pos.filter((r) => storyOf.get(r.a) === s && sign * r.f[k]! >= t).length;
    droppedBg += neg.filter((r) => storyOf.get(r.a) === s && sign * r.f[k]! < t).length;
  }
  return `LOSO: same kept ${keptSame} of ${pos.length}, background dropped ${droppedBg} of ${neg.length}`;
}
const posU = unit(pos);
const negU = unit(neg);
const mean = (rs: Row[], k: string) => rs.reduce((s, r) => s + r.f[k]!, 0) / rs.length;
console.log(`same vs background among related directions: ${pos.length} vs ${neg.length} directions (${posU.length} vs ${negU.length} pairs)`);
console.log('feature          AUC(dir)  AUC(pair)  cut keeping ≥0.97 of same dirs: background dropped');
for (const k of names) {
  let a = auc(
    pos.map((r) => r.f[k]!),
    neg.map((r) => r.f[k]!),
  );
  const sign = a >= 0.5 ? 1 : -1;
  if (sign < 0) a = 1 - a;
  let au = auc(
    posU.map((rs) => mean(rs, k)),
    negU.map((rs) => mean(rs, k)),
  );
  if (sign < 0) au = 1 - au;
  // Best cut: keep rows with sign*x ≥ t, t the largest keeping ≥ 97% of `same` directions.
  const ps = pos.map((r) => sign * r.f[k]!).filter((x) => !Number.isNaN(x)).sort((x, y) => x - y);
  const t = ps[Math.floor(0.03 * ps.length)] ?? -Infinity;
  const dropped = neg.filter((r) => sign * r.f[k]! < t).length;
  console.log(`${k.padEnd(16)} ${a.toFixed(3)}${sign < 0 ? '-' : ' '}   ${au.toFixed(3)}      ${dropped} of ${neg.length} (cut ${sign < 0 ? '≤' : '≥'} ${(sign * t).toFixed(3)}; ${loso(k, sign)})`);
}

// Debris: a text-level "not an article" check, written generally. A text is refused when it has too few sentences of
// ordinary length to be a report: fewer than MIN_SENT sentences of ≥ 8 words ending in . ! ? (or a closing quote).
const MIN_SENT = Number(process.env.MIN_SENT ?? 2);
function sentences(s: string): number {
  return s
    .split(/(?<=[.!?]["”’)]?)\s+/)
    .filter((x) => /[.!?]["”’)]?$/.test(x.trim()) && wordsOf(x).length >= 8).length;
}
/** Share of the text's lines (paragraphs) that repeat an earlier line exactly. */
function repeatedLines(s: string): number {
  const ls = s.split(/\n+/).map((x) => x.trim()).filter(Boolean);
  return ls.length ? (ls.length - new Set(ls).size) / ls.length : 0;
}
const refuse = (s: string) => sentences(s) < MIN_SENT || repeatedLines(s) > 0.5;
const debrisIds = new Set<string>();
const realIds = new Set<string>();
for (const l of labels) {
  if (l.label === 'same') (realIds.add(l.a), realIds.add(l.b));
}
// A debris pair's texts: which one is debris is not labelled; count texts of debris pairs the check refuses, and the
// pairs with at least one side refused.
const debrisPairs = labels.filter((l) => l.label === 'debris');
for (const l of debrisPairs) (debrisIds.add(l.a), debrisIds.add(l.b));
const textOf = (id: string) => arts.get(id)?.text;
const dp = debrisPairs.filter((l) => [l.a, l.b].some((id) => textOf(id) !== undefined && refuse(textOf(id)!))).length;
console.log(
  `\ndebris check (fewer than ${MIN_SENT} sentences of ≥ 8 words, or > half the lines repeated): debris-judged pairs with a side refused ${dp} of ${debrisPairs.length}; ` +
    `texts of 'same'-judged pairs refused ${[...realIds].filter((id) => refuse(textOf(id)!)).length} of ${realIds.size}`,
);
const zyte = loadZyte();
const seeds = (await loadCorpusDir('seeds', { cacheDir: null })).articles;
const items = gvcItems();
const gvc = items ? gvcArticles(gvcIncidentsInOrder(items, 'dev').slice(0, 1000).map((x) => x.picked[0]!)).map((d) => d.article) : [];
for (const [name, xs] of [
  ['zyte', zyte],
  ['seeds', seeds],
  ['gvc dev', gvc],
] as const)
{
    const ref = xs.filter((a) => refuse(a.text));
    const w = ref.map((a) => wordsOf(a.text).length).sort((x, y) => x - y);
    console.log(`  ${name}: refused ${ref.length} of ${xs.length}${w.length ? ` (words: median ${w[w.length >> 1]}, max ${w[w.length - 1]})` : ''}`);
  }

// Debris by repetition: a text whose opening (first 20 words, lower-cased) opens texts of at least REPEAT other
// Multi-News stories is page furniture (a widget, an archive notice), whatever its shape. A corpus-level count (one
// hash lookup a text), not a shape rule: how many debris-judged pairs it catches, how many real texts it would refuse.
const REPEAT = Number(process.env.REPEAT ?? 2);
const opening = (s: string) => wordsOf(s.toLowerCase()).slice(0, 20).join(' ');
const storiesOf = new Map<string, Set<string>>();
for (const [id, a] of arts) {
  const k = opening(a.text);
  storiesOf.set(k, (storiesOf.get(k) ?? new Set()).add(storyOf.get(id)!));
}
const repeated = (id: string) => {
  const t = textOf(id);
  return t !== undefined && (storiesOf.get(opening(t))?.size ?? 0) > REPEAT;
};
const allDebris = labels.filter((l) => l.label === 'debris');
const caught = allDebris.filter((l) => repeated(l.a) || repeated(l.b)).length;
const realRefused = [...realIds].filter(repeated).length;
const articlesRefused = [...arts.keys()].filter(repeated).length;
console.log(
  `\ndebris by repetition (the opening 20 words open texts of more than ${REPEAT} Multi-News stories): debris-judged pairs caught ${caught} of ${allDebris.length}; ` +
    `texts of 'same'-judged pairs refused ${realRefused} of ${realIds.size}; Multi-News texts refused ${articlesRefused} of ${arts.size}`,
);
{
  const inCorpus = new Map<string, number>();
  const all = [...zyte, ...seeds, ...gvc];
  for (const a of all) inCorpus.set(opening(a.text), (inCorpus.get(opening(a.text)) ?? 0) + 1);
  const hit = all.filter((a) => inCorpus.get(opening(a.text))! > REPEAT + 1);
  const src = (a: Article) => (zyte.includes(a) ? 'zyte' : seeds.includes(a) ? 'seed' : 'gvc');
  console.log(
    `  zyte + seeds + GVC dev (${all.length} texts, every GVC one another incident): texts whose opening opens more than ${REPEAT} others ${hit.length} ` +
      `(${hit.map((a) => `${src(a)} ${wordsOf(a.text).length} words`).join(', ')})`,
  );
}
