/**
 * story57b: main's same-story precision on dense wire days, from the blind labels of every relation main's model makes
 * on the Reuters dev pages (bench/data/story57b-reuters-model-dev-same.tsv, -cross.tsv), with Wilson 95 % intervals;
 * with a model dump (bench/story57-reuters.ts --model-dump FILE) also by days apart and by the signals the dump holds
 * (`figclash`: both texts carry figures and share none; `ref`: one text names the other's day — weekday, yesterday /
 * tomorrow, month and day), and with a second dump made under an experiment rule (--cross-day MODE) the labelled
 * relations that rule keeps.
 *
 *   npx tsx bench/story57b-shares.ts [DUMP_MAIN] [DUMP_RULE]
 */
import { readFileSync } from 'node:fs';
import { pairKey, reutersDevLabels, wilson } from './story57b-labels.ts';

const key = pairKey;
const { same, cross } = reutersDevLabels();
const count = (m: Map<string, { label: string; flag: string }>, strict = false) => {
  const xs = [...m.values()].filter((v) => !strict || !v.flag);
  return [xs.filter((v) => v.label === 'same').length, xs.length] as const;
};
console.log(`main's relations on the Reuters dev pages (every one labelled, unordered pairs):`);
console.log(`  same day        ${wilson(...count(same))}   (borderline left out: ${wilson(...count(same, true))})`);
console.log(`  1–7 days apart  ${wilson(...count(cross))}   (borderline left out: ${wilson(...count(cross, true))})`);
const all = new Map([...same, ...cross]);
console.log(`  all             ${wilson(...count(all))}   (borderline left out: ${wilson(...count(all, true))})`);

interface DumpRow { a: string; b: string; da: string; db: string; figA: number; figB: number; ref?: string[]; ev: Record<string, number>; spec?: Record<string, number> }
const readDump = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { rows: DumpRow[] }).rows;
const [mainDump, ruleDump] = process.argv.slice(2);
if (mainDump) {
  const rows = new Map<string, DumpRow>();
  for (const r of readDump(mainDump)) rows.set(key(r.a, r.b), r);
  const apartOf = (r: DumpRow) => Math.round(Math.abs(Date.parse(r.da) - Date.parse(r.db)) / 86400000);
  const by = new Map<string, [number, number]>();
  const sig = new Map<string, [number, number]>();
  for (const [k, v] of cross) {
    const r = rows.get(k);
    if (!r) continue;
    const d = apartOf(r);
    const bucket = d >= 4 ? '4–7 days' : `${d} day${d > 1 ? 's' : ''}`;
    const t = by.get(bucket) ?? [0, 0];
    by.set(bucket, [t[0] + (v.label === 'same' ? 1 : 0), t[1] + 1]);
    const clash = r.figA > 0 && r.figB > 0 && r.ev.figures === 0;
    const ref = (r.ref ?? []).some((x) => !x.endsWith('date'));
    for (const [name, on] of [['figures clash (kept when not)', !clash], ['names the other\'s day (weekday / yesterday / tomorrow)', ref]] as const) {
      if (!on) continue;
      const s = sig.get(name) ?? [0, 0];
      sig.set(name, [s[0] + (v.label === 'same' ? 1 : 0), s[1] + 1]);
    }
  }
  console.log(`cross-day relations by days apart:`);
  for (const b of ['1 day', '2 days', '3 days', '4–7 days']) if (by.has(b)) console.log(`  ${b.padEnd(9)} ${wilson(...by.get(b)!)}`);
  console.log(`cross-day relations a signal would keep (same / kept):`);
  for (const [name, s] of sig) console.log(`  ${name}: ${wilson(...s)}`);
}
/**
 * story58: with a dump made under `--specific measure`, what a pair-specific signal keeps of every labelled relation (a
 * pair is kept when either reading of it keeps it, as a relation is made by either side): `n` shared terms no unrelated
 * pool member carries, `names` the same of names, `share` their part of the pair's dot product (quantiles of the labelled).
 */
if (mainDump) {
  const specs = new Map<string, Array<Record<string, number>>>();
  for (const r of readDump(mainDump)) if (r.spec) specs.set(key(r.a, r.b), [...(specs.get(key(r.a, r.b)) ?? []), r.spec]);
  if (specs.size) {
    const rules: Array<[string, (s: Record<string, number>) => boolean]> = [
      ['n ≥ 1 (a shared term no unrelated pool member carries)', (s) => s.n! >= 1],
      ['names ≥ 1 (a shared name no unrelated pool member carries)', (s) => s.names! >= 1],
      ['nFar ≥ 1 (the same, near misses not counted as unrelated)', (s) => s.nFar! >= 1],
      ['not cover (no single unrelated member carries all shared)', (s) => !s.cover],
      ['n ≥ 2', (s) => s.n! >= 2],
      ['names ≥ 2', (s) => s.names! >= 2],
      ...[0.05, 0.1, 0.2, 0.3].map((q) => [`share ≥ ${q}`, (s: Record<string, number>) => s.share! >= q] as [string, (s: Record<string, number>) => boolean]),
    ];
    console.log(`pair-specific signals (story58), every labelled relation, same / kept:`);
    for (const [name, on] of rules) {
      for (const [part, m] of [['same day', same], ['cross-day', cross], ['all', all]] as const) {
        const kept = [...m.entries()].filter(([k]) => (specs.get(k) ?? []).some(on));
        console.log(`  ${name.padEnd(58)} ${part.padEnd(9)} ${wilson(kept.filter(([, v]) => v.label === 'same').length, kept.length)}  (same dropped ${[...m.values()].filter((v) => v.label === 'same').length - kept.filter(([, v]) => v.label === 'same').length})`);
      }
    }
  }
}
if (ruleDump) {
  const kept = new Set(readDump(ruleDump).map((r) => key(r.a, r.b)));
  for (const [name, m] of [['same day', same], ['cross-day', cross]] as const) {
    const xs = [...m.entries()];
    const k = xs.filter(([id]) => kept.has(id));
    console.log(`rule dump ${ruleDump}: ${name} kept ${wilson(k.filter(([, v]) => v.label === 'same').length, k.length)}; dropped ${xs.length - k.length} (${xs.filter(([id, v]) => !kept.has(id) && v.label === 'same').length} same)`);
  }
}
