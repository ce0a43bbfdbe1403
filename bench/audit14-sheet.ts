/**
 * Card precision per section from an audit sheet (bench/data/audit14-*.tsv; docs/notes/audit14.md):
 * one card a line, `key  mark  cause  note`, key `event:section:rank` (A added, L left out, S shared,
 * C conflict), mark R right, P partly (the fact is right, an outlet named or counted is not), W wrong,
 * X an artefact of the ECB+ token text (no page has it; not counted).
 *   npx tsx bench/audit14-sheet.ts bench/data/audit14-dev-first.tsv
 */
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  console.log(file);
  for (const [sec, name] of [['A', 'added'], ['L', 'left out'], ['S', 'shared'], ['C', 'conflicts']] as const) {
    const n = { R: 0, P: 0, W: 0, X: 0 } as Record<string, number>;
    for (const r of rows) if (r[0]!.split(':')[1] === sec) n[r[1]!]!++;
    const all = n.R! + n.P! + n.W!;
    if (all) console.log(`  ${name}: ${all} cards (+${n.X} artefacts): right ${n.R}, partly ${n.P}, wrong ${n.W} — precision ${(n.R! / all).toFixed(2)} strict, ${((n.R! + n.P!) / all).toFixed(2)} counting partly right`);
  }
  const causes = new Map<string, number>();
  for (const r of rows) if (r[1] === 'W' || r[1] === 'P') causes.set(`${r[2] || '?'} ${r[1]}`, (causes.get(`${r[2] || '?'} ${r[1]}`) ?? 0) + 1);
  console.log('  causes: ' + [...causes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
}
