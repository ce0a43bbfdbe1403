/**
 * story59: which refinement of story58's pair-specific test keeps a dense wire store's template siblings out and the
 * story's other tellings in. Reads the `Spec59` records lib/engine/story.ts `record59` attaches under `--specific
 * measure --cross-day-specific off` (`git apply bench/story59-cross-day.patch bench/story59-measure.patch`: the rule, then
 * story58's patch and story59's recorder): the Reuters dev model dump
 * (bench/story57-reuters.ts --model-dump) scored with story57b's blind labels (a pair kept when either reading keeps it),
 * and `--s59-dump` JSONL files of bench/story-gvc.ts, story56-pac.ts, story-corpus.ts, story-multinews.ts (the model's
 * own ordered relations, window step, with their gold label). No constant is fitted: every rule is a yes / no test.
 *
 *   npx tsx bench/story59-signals.ts reuters=DUMP.json gvc=G.jsonl pac=P.jsonl wcl=W.jsonl mn=M.jsonl
 */
import { readFileSync } from 'node:fs';
import { STORY_CLOSURE } from '../lib/engine/fitted/story.ts';
import { pairKey, reutersDevLabels, wilson } from './story57b-labels.ts';

/** bench/story59-measure.patch's `Spec59` record of one model relation (page a, candidate b), as the dumps hold it. */
interface Spec59 {
  p: number;
  cAB: number;
  apart: number | null;
  pool: Array<{ p: number; cA: number; cB: number; dA: number | null; dB: number | null; oA: boolean; oB: boolean }>;
  terms: Array<{ w: number; fig: boolean; name: boolean; c: number[]; r?: number }>;
}
type Rec = Spec59 & { a: string; b: string; gold?: boolean };
type U = Spec59['pool'][number];
const PMIN = STORY_CLOSURE.pmin;

/** story58's test with only the unrelated members `counted` says count: kept when a shared term no counted member carries. */
const exclWith = (counted: (u: U, r: Rec, all: boolean) => boolean) => (r: Rec) => {
  const carries = new Array<number>(r.pool.length).fill(0);
  for (const t of r.terms) for (const i of t.c) carries[i]!++;
  return r.terms.some((t) => !t.c.some((i) => counted(r.pool[i]!, r, carries[i] === r.terms.length)));
};
const dated = (r: Rec) => r.apart !== null;
const otherDay = (u: U) => u.dA !== 0 && u.dB !== 0;
export const RULES: Array<[string, (r: Rec) => boolean]> = [
  ['main', () => true],
  ['excl (story58)', exclWith(() => true)],
  ['nFar (near misses of A not counted)', exclWith((u) => u.p < PMIN)],
  ['(a) bothNear: not counted when p ≥ pmin and cos(U,B) ≥ cos(A,B)', exclWith((u, r) => !(u.p >= PMIN && u.cB >= r.cAB))],
  ['(a) tight: not counted when cos(U,A) and cos(U,B) ≥ cos(A,B)', exclWith((u, r) => !(u.cA >= r.cAB && u.cB >= r.cAB))],
  ["(a') carriesAll: not counted when it carries every shared term", exclWith((_, __, all) => !all)],
  ['(b) otherDays (undated: all counted)', exclWith(otherDay)],
  ['(b) otherDays, undated pairs not tested', (r) => !dated(r) || exclWith(otherDay)(r)],
  ['(b) outside: counted when further from A and B than they are apart', exclWith((u, r) => u.dA === null || u.dB === null || r.apart === null || Math.min(u.dA, u.dB) > r.apart)],
  ['(c) crossOnly: excl on pairs ≥ 1 day apart', (r) => !r.apart || exclWith(() => true)(r)],
  ['(c)+(b) crossOnly, otherDays', (r) => !r.apart || exclWith(otherDay)(r)],
  ['(c)+(a) crossOnly, bothNear', (r) => !r.apart || exclWith((u, rr) => !(u.p >= PMIN && u.cB >= rr.cAB))(r)],
  ['(c)+nFar crossOnly', (r) => !r.apart || exclWith((u) => u.p < PMIN)(r)],
  ['one carrier: a shared term at most one unrelated member carries', (r) => r.terms.some((t) => t.c.length <= 1)],
  ['one carrier, crossOnly (the candidate)', (r) => !r.apart || r.terms.some((t) => t.c.length <= 1)],
  ...[2, 3].map((k) => [`≤ ${k} carriers, crossOnly (neighbours of the candidate)`, (r: Rec) => !r.apart || r.terms.some((t) => t.c.length <= k)] as [string, (r: Rec) => boolean]),
  ['majority: a shared term no more unrelated members carry than related ones (B included)', (r) => r.terms.some((t) => t.r !== undefined && t.c.length <= t.r)],
  ['majority, crossOnly', (r) => !r.apart || r.terms.some((t) => t.r !== undefined && t.c.length <= t.r)],
  ['(b)+(a) otherDays, bothNear', exclWith((u, r) => otherDay(u) && !(u.p >= PMIN && u.cB >= r.cAB))],
];

const args = new Map(process.argv.slice(2).map((x) => x.split('=') as [string, string]));
const cols: string[] = [];
const table = RULES.map(([name]) => [name]);
const reu = args.get('reuters');
if (reu) {
  const { same, cross } = reutersDevLabels();
  const rows = (JSON.parse(readFileSync(reu, 'utf8')) as { rows: Array<{ a: string; b: string; ev: Record<string, number>; s59?: Spec59 }> }).rows;
  const recs = new Map<string, Rec[]>();
  for (const r of rows) if (r.s59) recs.set(pairKey(r.a, r.b), [...(recs.get(pairKey(r.a, r.b)) ?? []), { a: r.a, b: r.b, ...r.s59, cAB: r.s59.cAB ?? r.ev.docScore! }]);
  cols.push('Reuters dev same day', 'cross-day', 'all (true dropped)');
  RULES.forEach(([, keep], k) => {
    const out: number[][] = [];
    for (const m of [same, cross, new Map([...same, ...cross])]) {
      const kept = [...m.entries()].filter(([id]) => (recs.get(id) ?? []).some(keep));
      const t = kept.filter(([, v]) => v.label === 'same').length;
      const allT = [...m.values()].filter((v) => v.label === 'same').length;
      out.push([t, kept.length, allT - t]);
    }
    table[k]!.push(...out.map(([t, n], j) => (j === 2 ? `${wilson(t!, n!)} (−${out[2]![2]})` : `${t} / ${n}`)));
  });
}
for (const set of ['gvc', 'pac', 'wcl', 'mn']) {
  const f = args.get(set);
  if (!f) continue;
  const recs = readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
  cols.push(`${set} true / false kept`);
  const T = recs.filter((r) => r.gold).length;
  // The `r` counts (related carriers) came with a later recorder: a dump without them cannot score the majority rules.
  const hasR = recs.some((r) => r.terms.some((t) => t.r !== undefined));
  RULES.forEach(([name, keep], k) => {
    if (name.startsWith('majority') && !hasR) return void table[k]!.push('—');
    const kept = recs.filter(keep);
    const t = kept.filter((r) => r.gold).length;
    table[k]!.push(`${t} / ${kept.length - t} (−${(((T - t) / (T || 1)) * 100).toFixed(1)} %)`);
  });
}
console.log(`| rule | ${cols.join(' | ')} |\n|${'---|'.repeat(cols.length + 1)}`);
for (const row of table) console.log(`| ${row.join(' | ')} |`);

/** Why story58's test drops a true relation (dev sets with gold): what would have saved it. */
const why: string[] = [];
for (const set of ['gvc', 'pac', 'wcl', 'mn']) {
  const f = args.get(set);
  if (!f) continue;
  const lost = readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec).filter((r) => r.gold && !RULES[1]![1](r));
  const n = (on: (r: Rec) => boolean) => lost.filter(on).length;
  const oneCarrier = (r: Rec) => r.terms.some((t) => t.c.length <= 1);
  const nearOnly = (r: Rec) => r.terms.some((t) => t.c.every((i) => r.pool[i]!.p >= PMIN));
  const farOne = (r: Rec) => r.terms.some((t) => t.c.length === 1 && r.pool[t.c[0]!]!.p < PMIN);
  why.push(`| ${set} | ${lost.length} | ${n((r) => r.apart === 0)} / ${n((r) => !!r.apart)} / ${n((r) => r.apart === null)} | ${n(nearOnly)} | ${n(oneCarrier)} | ${n(farOne)} |`);
}
if (why.length) console.log(`\n| set | true relations story58's test drops | same day / cross-day / undated | a shared term only near misses (p ≥ pmin) carry | a shared term one unrelated member carries | … one far (p < pmin) member |\n|---|---|---|---|---|---|\n${why.join('\n')}`);
