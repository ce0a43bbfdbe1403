/**
 * conf37: conf36's recommendation measured as a rule on every judged conflicts round — "a figure conflict only where
 * both sides name one owner". For each figure conflict main reports (one row per unit pair, as bench/conflicts-eval.ts
 * and bench/conf36-round.ts count them) the figures the card shows are read again (`figureDifference` on the units'
 * `quantities`, as `describeConflicts` reads them) and `ownersNamed` says which kinds of owner both sides name as one.
 * A variant keeps the rows where at least one of its kinds is named (weekday conflicts are kept by every variant:
 * the engine compares two weekdays only between units about one named actor, an owner on both sides already).
 *   npx tsx bench/conf37-owners.ts [--rounds=12,13] [--polnear-only] [--list]
 * Rows: per source (sets, ECB+, AllSides, GVC, Multi-News, PolNeAR) and all; per variant kept / true kept / true lost /
 * false left out. Verdicts: bench/data/conflicts-labels.json (blind: `late` labels left out, as --blind) and
 * bench/data/conflicts-round16|17-verdicts.txt. A reported row with no verdict is counted unjudged.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ambiguousFigures, figureDifference, ownersNamed, type OwnerKind } from '../lib/engine/conflicts.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { quantities, type Quantity } from '../lib/nlp/index.ts';
import type { Article, Report } from '../lib/types.ts';
import { optionValue } from './args.ts';
import { labelUnit, loadGroups, readGroup, textHash, wilson, type Kind, type UnitRef, type JudgedPair } from './conflicts-data.ts';
import { loadPolnear, POLNEAR_GIT, type PolnearDoc } from './data/polnear.ts';

/** The variants measured: the kinds of owner each accepts. A is the strictest (a name on both sides). */
export const VARIANTS: Array<{ name: string; kinds: OwnerKind[] }> = [
  { name: 'A name', kinds: ['name'] },
  { name: 'B name+measurer', kinds: ['name', 'measurer'] },
  { name: 'C B+place', kinds: ['name', 'measurer', 'place'] },
  { name: 'D C+person', kinds: ['name', 'measurer', 'place', 'person'] },
  { name: 'E D+complement', kinds: ['name', 'measurer', 'place', 'person', 'complement'] },
];

export interface FigureRow {
  source: string;
  round: number;
  key: string;
  /** The verdict: true, false, or null (nobody judged the pair). */
  verdict: boolean | null;
  /** The kinds of owner both figures name; 'weekday' when the conflict is of two weekdays. */
  owners: Array<OwnerKind | 'weekday'>;
  figures: string;
}

type Weighted = Array<{ f: { unit: { i: number }; figures: Quantity[] } }>;
const weightedCache = new WeakMap<Article, Weighted>();
/** An article's units with their figures, as features.ts gives them to `describeConflicts`. */
function weighted(a: Article): Weighted {
  let w = weightedCache.get(a);
  if (!w) weightedCache.set(a, (w = a.units.map((u) => ({ f: { unit: { i: u.i }, figures: quantities(u.text) } }))));
  return w;
}

/** The figures a figure conflict's card shows for one pair of units, read as `describeConflicts` reads them. */
export function cardFigures(a: Article, i: number, b: Article, j: number): { x: Quantity; y: Quantity } | null {
  const fa = weighted(a)[i]?.f.figures ?? [];
  const fb = weighted(b)[j]?.f.figures ?? [];
  const amb = { a: ambiguousFigures(weighted(a)), b: ambiguousFigures(weighted(b)) };
  return figureDifference(fa, fb, amb, false) ?? figureDifference(fa, fb, amb) ?? figureDifference(fa, fb, undefined, false) ?? figureDifference(fa, fb);
}

/** The owner kinds of a reported pair. */
export function ownersOf(a: Article, i: number, b: Article, j: number): { owners: FigureRow['owners']; figures: string } {
  const d = cardFigures(a, i, b, j);
  if (!d) return { owners: [], figures: '(not read again)' };
  return { owners: d.x.kind === 'weekday' ? ['weekday'] : ownersNamed(d.x, d.y), figures: `${d.x.text} ≠ ${d.y.text}` };
}

/** Per source and variant: kept, true kept, true lost, false left out, unjudged kept. */
export function table(rows: FigureRow[]): string {
  const out = ['| source | rows (true / false / unjudged) | variant | kept | true kept | true lost | false left out | precision kept |', '|---|---|---|---|---|---|---|---|'];
  const sources = [...new Set(rows.map((r) => r.source)), 'all'];
  for (const s of sources) {
    const rs = rows.filter((r) => s === 'all' || r.source === s);
    const t = rs.filter((r) => r.verdict === true).length;
    const f = rs.filter((r) => r.verdict === false).length;
    const head = `${rs.length} (${t} / ${f} / ${rs.length - t - f})`;
    out.push(`| ${s} | ${head} | main | ${rs.length} | ${t} | 0 | 0 | ${(t / Math.max(1, t + f)).toFixed(2)} |`);
    for (const v of VARIANTS) {
      const kept = rs.filter((r) => keeps(v.kinds, r));
      const tk = kept.filter((r) => r.verdict === true).length;
      const fk = kept.filter((r) => r.verdict === false).length;
      out.push(`| ${s} | ${head} | ${v.name} | ${kept.length} | ${tk} | ${t - tk} | ${f - fk} | ${tk + fk ? (tk / (tk + fk)).toFixed(2) : '–'} |`);
    }
  }
  return out.join('\n');
}

export const keeps = (kinds: readonly OwnerKind[], r: Pick<FigureRow, 'owners'>) => r.owners.some((o) => o === 'weekday' || kinds.includes(o));

// ---------------------------------------------------------------------------------------------------------------

if (import.meta.url === `file://${process.argv[1]}`) {
  const onlyRounds = process.argv.find((a) => a.startsWith('--rounds='))?.slice(9).split(',').map(Number);
  const rows: FigureRow[] = [];
  if (!process.argv.includes('--polnear-only')) rows.push(...(await earlierRounds(onlyRounds)));
  if (!onlyRounds || onlyRounds.some((r) => r === 16 || r === 17)) rows.push(...(await polnearRounds(onlyRounds)));
  console.log(table(rows));
  if (process.argv.includes('--list')) {
    for (const r of rows) console.log(`[r${r.round} ${r.source} ${r.verdict === null ? '?' : r.verdict ? 'TRUE' : 'false'}] ${r.key} ${r.figures} owners=${r.owners.join(',') || '—'}`);
  }
}

type Label = JudgedPair;

/** Rounds 1–15: the groups of bench/conflicts-data.ts, verdicts of conflicts-labels.json (blind). */
async function earlierRounds(onlyRounds?: number[]): Promise<FigureRow[]> {
  const NAME = { sets: 'sets', ecb: 'ECB+', allsides: 'AllSides', gvc: 'GVC', multinews: 'Multi-News' } as const;
  return (await earlierFigurePairs(onlyRounds)).map((p) => ({ source: NAME[p.group.source], round: p.group.round, key: p.key, verdict: p.verdict, ...ownersOf(p.article, p.i, p.other, p.j) }));
}

/** A figure conflict main reports in rounds 1–15 (one per unit pair): its group, the two units, its key and its blind verdict. */
export interface EarlierPair {
  group: Awaited<ReturnType<typeof loadGroups>>[number];
  article: Article;
  i: number;
  other: Article;
  j: number;
  /** "<group> <id#i>|<id#j>". */
  key: string;
  verdict: boolean | null;
}

/** Every figure conflict of rounds 1–15 (bench/conflicts-data.ts groups read whole), with conflicts-labels.json's blind verdicts (`late` left out). */
export async function earlierFigurePairs(onlyRounds?: number[], log?: (s: string) => void): Promise<EarlierPair[]> {
  const labels = (JSON.parse(readFileSync(new URL('./data/conflicts-labels.json', import.meta.url), 'utf8')) as { labels: Label[] }).labels.filter((l) => !l.late);
  const out: EarlierPair[] = [];
  for (const g of await loadGroups(log)) {
    if (onlyRounds && !onlyRounds.includes(g.round)) continue;
    const byId = new Map(g.articles.map((a) => [a.id, a]));
    const unitOf = labelUnit(g.articles);
    const verdicts = new Map<string, boolean>();
    for (const l of labels) {
      if (l.group !== g.name || l.kind === 'quote') continue;
      const ka = unitOf(l.a);
      const kb = unitOf(l.b);
      if (!ka || !kb) continue;
      const key = [ka, kb].sort().join('|');
      verdicts.set(key, (verdicts.get(key) ?? false) || (l.reader ?? l.verdict) === 'true');
    }
    const seen = new Set<string>();
    for (const { article, report } of await readGroup(g)) {
      for (const c of report.conflicts) {
        if (c.kind === 'quote') continue;
        for (const t of c.there) {
          const key = [`${article.id}#${c.here.i}`, `${t.id}#${t.i}`].sort().join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ group: g, article, i: c.here.i, other: byId.get(t.id)!, j: t.i, key: `${g.name} ${key}`, verdict: verdicts.has(key) ? verdicts.get(key)! : null });
        }
      }
    }
  }
  return out;
}

/** Rounds 16–17 (bench/conf36-round.ts's reading of PolNeAR), verdicts of conflicts-round16|17-verdicts.txt. */
async function polnearRounds(onlyRounds?: number[]): Promise<FigureRow[]> {
  if (!existsSync(POLNEAR_GIT)) {
    console.log(`PolNeAR skipped: mirror absent (${POLNEAR_GIT})`);
    return [];
  }
  const docs: PolnearDoc[] = (['train', 'dev', 'test'] as const).flatMap((c) => loadPolnear(c) ?? []);
  const out: FigureRow[] = [];
  for (const round of [16, 17]) {
    if (onlyRounds && !onlyRounds.includes(round)) continue;
    const verdicts = readVerdicts(new URL(`./data/conflicts-round${round}-verdicts.txt`, import.meta.url));
    for (const r of await figureReports(docs.map((d) => ({ article: d.article, outlet: d.publisher })), (a) => ((a.date ?? '').slice(0, 10) < '2016-06-01' ? 16 : 17) === round, 2)) {
      out.push({ source: 'PolNeAR', round, key: r.key, verdict: verdicts.has(r.key) ? verdicts.get(r.key)! : null, owners: r.owners, figures: r.figures });
    }
  }
  return out;
}

/** "<16 hex> true|false reason" lines. */
export function readVerdicts(file: URL): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{16}) (true|false)\b/.exec(line);
    if (m) out.set(m[1]!, m[2] === 'true');
  }
  return out;
}

/** A unit of an article: its id and the unit's index. */
export interface UnitAt {
  id: string;
  i: number;
}

/** A reported conflict of a blind round: its key, kind, the two units, their figures and texts, and the panel's flag. */
export interface RoundRow {
  key: string;
  kind: 'figure' | 'quote';
  a: UnitAt;
  b: UnitAt;
  figures: string;
  ta: string;
  tb: string;
  /** The report's `check` flag (figure conflicts only: no owner both sides name). */
  check: boolean;
  /** The card's kind as the report gives it: number, money, date or quote (not part of the key). */
  card?: string;
}

/** One reading of a blind round: an article against its index, and which reported unit pairs (here, there) are the round's. */
export interface RoundReading {
  article: Article;
  /** The articles it is read against, or one index shared by many readings (a round of one corpus). */
  index: Article[] | MemoryIndex;
  fresh: (here: UnitAt, there: UnitAt) => boolean;
}

/**
 * A round read by groups (an event, a story): every article against one MemoryIndex of its group's articles; the
 * readings, the articles by id, and the number of groups (conf48's rounds 27, 28, 28b).
 */
export function groupReadings<D extends { article: Article }>(docs: D[], groupOf: (d: D) => string): { readings: RoundReading[]; byId: Map<string, Article>; groups: number } {
  const groups = new Map<string, Article[]>();
  for (const d of docs) groups.set(groupOf(d), [...(groups.get(groupOf(d)) ?? []), d.article]);
  const indexes = new Map([...groups].map(([g, as]) => [g, new MemoryIndex(as)]));
  const readings = docs.map((d) => ({ article: d.article, index: indexes.get(groupOf(d))!, fresh: () => true }));
  return { readings, byId: new Map(docs.map((d) => [d.article.id, d.article])), groups: groups.size };
}

/**
 * The conflicts a round's readings report, one row per unit pair and kind (either article read against the other gives
 * the same row), keyed by the two units and the first 50 characters of their texts (the verdict files' keys), by key.
 */
export async function roundRows(readings: RoundReading[], byId: Map<string, Article>): Promise<RoundRow[]> {
  const rows = new Map<string, RoundRow>();
  for (const { article, index, fresh } of readings) {
    const report = await compareArticle(article, index instanceof MemoryIndex ? index : new MemoryIndex(index));
    for (const c of report.conflicts) {
      const kind = c.kind === 'quote' ? 'quote' : 'figure';
      for (const there of c.there) {
        const a = { id: article.id, i: c.here.i };
        const t = { id: there.id, i: there.i };
        if (!fresh(a, t)) continue;
        const [p, q] = `${a.id}#${a.i}` < `${t.id}#${t.i}` ? [a, t] : [t, a];
        const ta = byId.get(p.id)!.units[p.i]!.text;
        const tb = byId.get(q.id)!.units[q.i]!.text;
        const key = textHash(`${kind} ${p.id}#${p.i}:${textHash(ta.slice(0, 50))} ${q.id}#${q.i}:${textHash(tb.slice(0, 50))}`);
        if (rows.has(key)) continue;
        const side = c.sides?.find((s) => s.id === there.id && s.i === there.i);
        const [x, y] = side ? (p.id === a.id ? [side.here, side.there] : [side.there, side.here]) : ['', ''];
        rows.set(key, { key, kind, a: p, b: q, figures: side ? `${x} ≠ ${y}` : '(see texts)', ta, tb, check: !!c.check, card: c.kind ?? 'number' });
      }
    }
  }
  return [...rows.values()].sort((r, s) => (r.key < s.key ? -1 : 1));
}

/** The subsets a blind round scores by default: all rows, figures, quotes, and those stated without a check flag. */
export const ROUND_SUBSETS: Array<[name: string, keep: (r: RoundRow) => boolean]> = [
  ['all conflicts', () => true],
  ['  figure', (r) => r.kind === 'figure'],
  ['  quote', (r) => r.kind === 'quote'],
  ['stated (no check flag)', (r) => !r.check],
];

/**
 * A round's end: with `sheetPath`, the blind sheet (one numbered entry per row with both units' texts); else the rows
 * scored against bench/data/conflicts-round`round`-verdicts.txt — reported / judged / true / precision with its Wilson
 * interval per named subset — and with --list every row with its verdict and reason (`more`: what a round adds to a line).
 */
export function finishRound<R extends RoundRow>(
  round: string,
  list: R[],
  sheetPath: string | undefined,
  subsets: Array<[name: string, keep: (r: R) => boolean]>,
  more: (r: R) => string = () => '',
  file: URL = new URL(`./data/conflicts-round${round}-verdicts.txt`, import.meta.url),
): void {
  if (sheetPath) {
    writeFileSync(sheetPath, list.map((r, n) => `#${n + 1} ${r.key} ${r.kind}: ${r.figures}\n  A ${r.a.id}: ${r.ta}\n  B ${r.b.id}: ${r.tb}\n`).join('\n'));
    console.log(`sheet: ${sheetPath}`);
    return;
  }
  if (!existsSync(file)) {
    console.log(`no verdicts yet (${file.pathname})`);
    return;
  }
  const verdicts = readVerdicts(file);
  const reasons = new Map(readFileSync(file, 'utf8').split('\n').map((l) => [l.slice(0, 16), l.slice(17)]));
  for (const [name, keep] of subsets) {
    const rs = list.filter(keep);
    const judged = rs.filter((r) => verdicts.has(r.key));
    const right = judged.filter((r) => verdicts.get(r.key)).length;
    const [lo, hi] = wilson(right, judged.length);
    console.log(`${name}: reported ${rs.length}, judged ${judged.length}, true ${right}, unjudged ${rs.length - judged.length}: precision ${judged.length ? (right / judged.length).toFixed(2) : '–'} [${lo.toFixed(2)}, ${hi.toFixed(2)}]`);
  }
  if (process.argv.includes('--list')) {
    for (const r of list) console.log(`[${verdicts.has(r.key) ? (verdicts.get(r.key) ? 'TRUE' : 'false') : '?'}] ${r.key} ${r.kind}${r.card && r.card !== r.kind ? `/${r.card}` : ''}${r.check ? ' check' : ''}${more(r)}  (${reasons.get(r.key) ?? ''})`);
  }
}

/**
 * A round read group by group, each story against a MemoryIndex of its group (`groupReadings`, `roundRows`), then
 * `finishRound` with two more subsets — rows between two outlets and rows inside one — and each row's two outlets
 * printed; `describe` says what was read (groups, stories, rows) on the first line.
 */
export async function outletRound<D extends { article: Article }>(
  round: string,
  docs: D[],
  groupOf: (d: D) => string,
  outletOf: (d: D) => string,
  sheetPath: string | undefined,
  file: URL,
  describe: (groups: number, rows: number) => string,
): Promise<void> {
  const { readings, byId, groups } = groupReadings(docs, groupOf);
  const t0 = Date.now();
  const list = await roundRows(readings, byId);
  const outlets = new Map(docs.map((d) => [d.article.id, outletOf(d)]));
  const across = (r: RoundRow) => outlets.get(r.a.id) !== outlets.get(r.b.id);
  console.log(`round ${round}: ${describe(groups, list.length)}; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const subsets: Array<[name: string, keep: (r: RoundRow) => boolean]> = [...ROUND_SUBSETS, ['two outlets', across], ['one outlet', (r) => !across(r)]];
  finishRound(round, list, sheetPath, subsets, (r) => ` ${outlets.get(r.a.id)}/${outlets.get(r.b.id)}`, file);
}

/**
 * A round split in halves by `halfOf` ('dev' / 'held', fixed before any verdict; conf59–60's rounds 41–42): its rows read
 * by `read` (`--from ROWS.json`: kept rows instead; `--dump ROWS.json` keeps them, texts and all: /tmp only), a first line
 * `describe(rows)` with the seconds the reading took; then with `--sheet SHEET` the judging sheet (`--half dev|held`: that
 * half only), else the dev half scored against `file` per subset (ROUND_SUBSETS and `extra`), both halves with --sealed.
 */
export async function splitRound(
  round: string,
  read: () => Promise<RoundRow[]>,
  describe: (rows: number) => string,
  halfOf: (r: RoundRow) => string,
  more: (r: RoundRow) => string,
  file: URL,
  extra: Array<[name: string, keep: (r: RoundRow) => boolean]> = [],
): Promise<void> {
  const { sheetPath } = roundArgs();
  const t0 = Date.now();
  const from = optionValue('--from');
  const list: RoundRow[] = from ? JSON.parse(readFileSync(from, 'utf8')) : await read();
  const dump = optionValue('--dump');
  if (dump) writeFileSync(dump, JSON.stringify(list));
  console.log(`round ${round}: ${describe(list.length)}; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const subsets = ['dev', 'held'].flatMap((h) =>
    [...ROUND_SUBSETS, ...extra].map(([n, keep]): [string, (r: RoundRow) => boolean] => [`${h === 'dev' ? 'dev' : 'sealed'} ${n}`, (r) => halfOf(r) === h && keep(r)]),
  );
  const sealed = process.argv.includes('--sealed');
  const only = optionValue('--half');
  if (sheetPath) finishRound(round, list.filter((r) => !only || halfOf(r) === only), sheetPath, []);
  else finishRound(round, list.filter((r) => sealed || halfOf(r) === 'dev'), undefined, subsets.filter(([n]) => sealed || n.startsWith('dev')), more, file);
}

/** A DUC-style round script's flags: `--sheet SHEET` (write the judging sheet there) and `--sets=N` (read the first N clusters, in load order). */
export function roundArgs(argv: readonly string[] = process.argv): { sheetPath: string | undefined; firstSets: <D extends { cluster: string }>(docs: D[]) => D[] } {
  const sheetAt = argv.indexOf('--sheet');
  const sets = argv.find((a) => a.startsWith('--sets='));
  return {
    sheetPath: sheetAt >= 0 ? argv[sheetAt + 1] : undefined,
    firstSets: (docs) => {
      if (!sets) return docs;
      const keep = new Set([...new Set(docs.map((d) => d.cluster))].slice(0, Number(sets.slice(7))));
      return docs.filter((d) => keep.has(d.cluster));
    },
  };
}

/** `outletRound` of DUC's newswire: grouped by cluster, the outlet read from the story's id (APW / NYT / XIE). */
export function ducRound<D extends { article: Article; cluster: string }>(round: string, docs: D[], sheetPath: string | undefined, file: URL, describe: (groups: number, rows: number) => string): Promise<void> {
  return outletRound(round, docs, (d) => d.cluster, (d) => d.article.id.slice(4, 7), sheetPath, file, describe);
}

/**
 * conf36-round's reading: each article of the round against a MemoryIndex of itself and the other outlets' articles of
 * the round dated within `windowDays` of it (undated corpora: every other outlet's article); the figure conflicts
 * reported, keyed as conf36-round keys them.
 */
export async function figureReports(
  docs: Array<{ article: Article; outlet: string }>,
  inRound: (a: Article) => boolean,
  windowDays: number | null,
): Promise<Array<{ key: string; owners: FigureRow['owners']; figures: string }>> {
  const day = (a: Article) => Date.parse(`${(a.date ?? '').slice(0, 10)}T00:00:00Z`) / 86_400_000;
  const byId = new Map(docs.map((d) => [d.article.id, d.article]));
  const pool = docs.filter((d) => inRound(d.article) && (windowDays === null || Number.isFinite(day(d.article))));
  const out = new Map<string, { key: string; owners: FigureRow['owners']; figures: string }>();
  for (const d of pool) {
    const near = pool.filter((e) => e === d || (e.outlet !== d.outlet && (windowDays === null || Math.abs(day(e.article) - day(d.article)) <= windowDays)));
    if (near.length < 2) continue;
    const report: Report = await compareArticle(d.article, new MemoryIndex(near.map((e) => e.article)));
    for (const c of report.conflicts) {
      if (c.kind === 'quote') continue;
      for (const there of c.there) {
        const a = { id: d.article.id, i: c.here.i };
        const [p, q] = `${a.id}#${a.i}` < `${there.id}#${there.i}` ? [a, { id: there.id, i: there.i }] : [{ id: there.id, i: there.i }, a];
        const ta = byId.get(p.id)!.units[p.i]!.text;
        const tb = byId.get(q.id)!.units[q.i]!.text;
        const key = textHash(`figure ${p.id}#${p.i}:${textHash(ta.slice(0, 50))} ${q.id}#${q.i}:${textHash(tb.slice(0, 50))}`);
        if (out.has(key)) continue;
        out.set(key, { key, ...ownersOf(byId.get(p.id)!, p.i, byId.get(q.id)!, q.i) });
      }
    }
  }
  return [...out.values()];
}
