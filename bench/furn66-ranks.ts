/**
 * furn66: the cards whose rank moved between two runs of bench/engine-identity.ts (bench/identity-diff.ts leaves rank
 * and "why" out): per reading, every Added / Left-out / Shared card whose rank differs, old → new, with its text. Only
 * dev readings: the held set's (europa) are skipped, in "mixed" too (a reading is shown only when its article is read in
 * one of the dev sets). docs/notes/furn66.md.
 *
 *   npx tsx bench/furn66-ranks.ts BEFORE.json AFTER.json [--top=5]   # --top: only cards in a top N before or after
 */
import { readFileSync } from 'node:fs';

type Row = { q: string; report: Record<string, any> };
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
