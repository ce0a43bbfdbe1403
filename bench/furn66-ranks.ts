/**
 * furn66: the cards whose rank moved between two runs of bench/engine-identity.ts (bench/identity-diff.ts leaves rank
 * and "why" out): per reading, every Added / Left-out / Shared card whose rank differs, old → new, with its text. Only
 * dev readings: the held set's (europa) are skipped, in "mixed" too (a reading is shown only when its article is read in
 * one of the dev sets). docs/notes/furn66.md.
 *
 *   npx tsx bench/furn66-ranks.ts BEFORE.json AFTER.json [--top=5]   # --top: only cards in a top N before or after
 *   npx tsx bench/furn66-ranks.ts --dumps A.json B.json   # two card-sheet dumps (bench/cards63-cards.ts --dump): the
 *                                                         # top-5 cards of one and not the other, with their sheet marks
 */
import { readFileSync } from 'node:fs';
import { pooledLabels, sheetFiles } from './cards63-cards.ts';
import type { Dumped } from './cards59-wns.ts';

type Row = { q: string; report: Record<string, any> };
if (process.argv.includes('--dumps')) {
  const [a, b] = process.argv.slice(2).filter((x) => x.endsWith('.json')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Dumped[]);
  const label = pooledLabels(sheetFiles());
  const keys = (d: Dumped) => new Map(d.cards.map((c) => [`${c.section}|${c.hash}`, c]));
  for (const da of a!) {
    const db = b!.find((x) => x.half === da.half && x.event === da.event)!;
    const [ka, kb] = [keys(da), keys(db)];
    for (const [sign, from, to] of [['-', ka, kb], ['+', kb, ka]] as const)
      for (const [k, c] of from) if (!to.has(k)) console.log(`${sign} ${da.half}:${da.event}:${c.section}:${c.rank} ${label.get(`${da.half}:${da.event}|${c.hash}`)?.mark ?? '?'} ${c.hash} ${c.text.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
  process.exit(0);
}
const DEV = ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth'];
const argv = process.argv.slice(2);
const [beforePath, afterPath] = argv.filter((a) => !a.startsWith('--'));
if (!beforePath || !afterPath) throw new Error('usage: furn66-ranks BEFORE.json AFTER.json [--top=N]');
const top = Number(argv.find((a) => a.startsWith('--top='))?.slice(6) ?? Infinity);
const load = (p: string): Record<string, Row[]> => Object.fromEntries(Object.entries(JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>).map(([k, v]) => [k, JSON.parse(v) as Row[]]));
const before = load(beforePath);
const after = load(afterPath);
const devQ = new Set(DEV.flatMap((s) => (before[s] ?? []).map((r) => r.q)));
const keyOf: Record<string, (x: any) => string> = {
  added: (x) => x.sources.map((s: { id: string; i: number }) => `${s.id}#${s.i}`).join(','),
  leftOut: (x) => String(x.i),
  shared: (x) => String(x.i),
};
let moved = 0;
for (const set of [...DEV, 'mixed']) {
  const b = before[set] ?? [];
  const a = new Map((after[set] ?? []).map((r) => [r.q, r]));
  for (const rb of b) {
    if (!devQ.has(rb.q)) continue;
    const ra = a.get(rb.q);
    if (!ra) continue;
    for (const sec of ['added', 'leftOut', 'shared'] as const) {
      const rank = (xs: any[]) => new Map(xs.map((x) => [keyOf[sec]!(x), x]));
      const A = rank(ra.report[sec] ?? []);
      for (const [k, x] of rank(rb.report[sec] ?? [])) {
        const y = A.get(k);
        if (!y || y.rank === x.rank || Math.min(x.rank, y.rank) > top) continue;
        moved++;
        console.log(`${set} ${rb.q.slice(0, 12)} ${sec} ${x.rank} → ${y.rank}${sec === 'leftOut' ? ` (left out by ${x.outlets} of ${x.total}: ${x.missingFrom.map((id: string) => id.slice(0, 8)).join(',')})` : ''}  ${String(x.text).replace(/\s+/g, ' ').slice(0, 110)}`);
      }
    }
  }
}
console.log(`${moved} cards moved${Number.isFinite(top) ? ` (in a top ${top} before or after)` : ''}`);
