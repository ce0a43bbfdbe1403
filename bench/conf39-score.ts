/**
 * Round 20's score from its sheets (docs/notes/conf39.md), without reading the corpus again: main's rows are a sheet drawn on
 * main (`bench/conf39-round.ts --part=P --sheet MAIN`), the branch's are main's rows outside the groups conf39's changes can
 * read otherwise plus the rows of those groups read on the branch (`--affected --sheet BRANCH`, whose log names the groups).
 *   npx tsx bench/conf39-score.ts --main MAIN.txt[,MAIN2.txt] --branch BRANCH.txt[,…] --groups LOG.txt[,…] [--list]
 * Verdicts: bench/data/conflicts-round20-verdicts.txt. Precision with Wilson 95 % intervals.
 */
import { readFileSync } from 'node:fs';
import { wilson } from './conflicts-data.ts';
import { readVerdicts } from './conf37-owners.ts';

const opt = (name: string) => (process.argv[process.argv.indexOf(`--${name}`) + 1] ?? '').split(',').filter(Boolean);
interface Row {
  key: string;
  kind: string;
  group: string;
}
const groupOf = (id: string) => id.replace(/^(gvc-\d+)-.*$/, '$1').replace(/^(ecb-\d+)_.*$/, '$1');
function sheet(path: string): Row[] {
  const out: Row[] = [];
  for (const m of readFileSync(path, 'utf8').matchAll(/^#\d+ ([0-9a-f]{16}) (figure|quote):.*\n {2}A (\S+):/gm)) out.push({ key: m[1]!, kind: m[2]!, group: groupOf(m[3]!) });
  return out;
}
const main = opt('main').flatMap(sheet);
const affected = new Set(opt('groups').flatMap((p) => /affected groups \(\d+ of \d+\): (.*)/.exec(readFileSync(p, 'utf8'))?.[1]?.split(' ') ?? []));
const branch = [...main.filter((r) => !affected.has(r.group)), ...opt('branch').flatMap(sheet)];
const verdicts = readVerdicts(new URL('./data/conflicts-round20-verdicts.txt', import.meta.url));
const score = (name: string, rs: Row[]) => {
  const judged = rs.filter((r) => verdicts.has(r.key));
  const right = judged.filter((r) => verdicts.get(r.key)).length;
  const [lo, hi] = wilson(right, judged.length);
  console.log(`${name}: reported ${rs.length}, true ${right}, unjudged ${rs.length - judged.length}: precision ${judged.length ? (right / judged.length).toFixed(2) : '–'} [${lo.toFixed(2)}, ${hi.toFixed(2)}]`);
};
for (const [name, rs] of [['main', main], ['branch', branch]] as const) {
  score(name, rs);
  score(`  ${name} figure`, rs.filter((r) => r.kind === 'figure'));
  score(`  ${name} quote`, rs.filter((r) => r.kind === 'quote'));
}
const keys = (rs: Row[]) => new Set(rs.map((r) => r.key));
const mk = keys(main);
const bk = keys(branch);
const v = (k: string) => (verdicts.has(k) ? (verdicts.get(k) ? 'TRUE' : 'false') : '?');
console.log(`only on main: ${[...mk].filter((k) => !bk.has(k)).map((k) => `${k} ${v(k)}`).join(', ') || 'none'}`);
console.log(`only on the branch: ${[...bk].filter((k) => !mk.has(k)).map((k) => `${k} ${v(k)}`).join(', ') || 'none'}`);
