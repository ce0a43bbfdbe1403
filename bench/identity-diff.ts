/**
 * What changed between two runs of bench/engine-identity.ts (its OUT.json files), read as a reader
 * would: per set and reading, the story (related ids and scores), which units are facts, and the
 * report's cards (added by text, left out and shared by unit, conflicts), each listed old → new.
 *
 *   npx tsx bench/identity-diff.ts BEFORE.json AFTER.json [--ignore=partly,novel] [--sets=seeds,plague]
 *
 * `--ignore`: fields dropped from every left-out / added card before comparing (a field added on
 * purpose). Prints "identical" per set when nothing else differs.
 */
import { readFileSync } from 'node:fs';

type Row = { q: string; story: unknown; report: Record<string, any> };
const argv = process.argv.slice(2);
const [beforePath, afterPath] = argv.filter((a) => !a.startsWith('--'));
if (!beforePath || !afterPath) throw new Error('usage: identity-diff BEFORE.json AFTER.json [--ignore=f1,f2] [--sets=a,b]');
const ignore = new Set((argv.find((a) => a.startsWith('--ignore='))?.slice(9) ?? '').split(',').filter(Boolean));
const only = argv.find((a) => a.startsWith('--sets='))?.slice(7).split(',');
const load = (p: string): Record<string, Row[]> => Object.fromEntries(Object.entries(JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>).map(([k, v]) => [k, JSON.parse(v) as Row[]]));
const before = load(beforePath);
const after = load(afterPath);
const strip = (x: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(x).filter(([k]) => !ignore.has(k) && k !== 'rank' && k !== 'why')));
const clip = (s: string, n = 160) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Cards of one section keyed by `key`, compared by their stripped JSON. */
function diffSection(name: string, a: any[], b: any[], key: (x: any) => string, text: (x: any) => string): string[] {
  const out: string[] = [];
  const A = new Map(a.map((x) => [key(x), x]));
  const B = new Map(b.map((x) => [key(x), x]));
  for (const [k, x] of A) {
    const y = B.get(k);
    if (!y) out.push(`  ${name} gone: ${clip(text(x))}  ${strip(x).length < 400 ? '' : ''}`);
    else if (strip(x) !== strip(y)) out.push(`  ${name} changed: ${clip(text(x))}\n      was ${clip(strip(x), 400)}\n      now ${clip(strip(y), 400)}`);
  }
  for (const [k, y] of B) if (!A.has(k)) out.push(`  ${name} new: ${clip(text(y))}`);
  return out;
}

let changedSets = 0;
for (const label of Object.keys(before)) {
  if (only && !only.includes(label)) continue;
  const a = before[label]!;
  const b = after[label] ?? [];
  const lines: string[] = [];
  const byQ = new Map(b.map((r) => [r.q, r]));
  for (const ra of a) {
    const rb = byQ.get(ra.q);
    if (!rb) {
      lines.push(`${ra.q}: reading gone`);
      continue;
    }
    const d: string[] = [];
    if (JSON.stringify(ra.story) !== JSON.stringify(rb.story)) d.push('  story evidence differs');
    const fa = ra.report.article.units.map((u: any) => `${u.i}:${u.fact}`).join(' ');
    const fb = rb.report.article.units.map((u: any) => `${u.i}:${u.fact}`).join(' ');
    if (fa !== fb) {
      const ua = new Map(ra.report.article.units.map((u: any) => [u.text, u.fact]));
      const ub = new Map(rb.report.article.units.map((u: any) => [u.text, u.fact]));
      for (const [t, f] of ua) if (ub.get(t) !== f) d.push(`  unit ${ub.has(t) ? `fact ${f} → ${ub.get(t)}` : 'gone'}: ${clip(t as string)}`);
      for (const [t] of ub) if (!ua.has(t)) d.push(`  unit new: ${clip(t as string)}`);
    }
    const units = (r: Row) => JSON.stringify(r.report.related.map((x: any) => [x.id, x.units.map((u: any) => [u.text, u.fact])]));
    if (units(ra) !== units(rb)) d.push('  related units or their facts differ');
    d.push(...diffSection('left out', ra.report.leftOut, rb.report.leftOut, (x) => x.text, (x) => x.text));
    d.push(...diffSection('added', ra.report.added, rb.report.added, (x) => x.text + JSON.stringify(x.sources), (x) => x.text));
    d.push(...diffSection('shared', ra.report.shared, rb.report.shared, (x) => x.text, (x) => x.text));
    d.push(...diffSection('conflict', ra.report.conflicts, rb.report.conflicts, (x) => x.here.text + x.about, (x) => `${x.about}: ${x.here.text}`));
    const order = (r: Row) => JSON.stringify(['added', 'leftOut', 'shared'].map((s) => r.report[s].map((x: any) => x.text)));
    if (d.length === 0 && order(ra) !== order(rb)) d.push('  only the order of cards differs');
    if (d.length) lines.push(`${ra.q}:`, ...d);
  }
  if (lines.length) changedSets++;
  console.log(`== ${label}: ${lines.length ? `${lines.filter((l) => !l.startsWith(' ')).length} readings differ` : 'identical'}`);
  for (const l of lines) console.log(l);
}
console.log(`${changedSets} sets differ${ignore.size ? ` (ignoring ${[...ignore].join(', ')})` : ''}`);
