/**
 * Checks the plan of conflicts round 9 (docs/notes/label16.md) or 10 (docs/notes/label17.md): every article pair of a
 * group of the round (bench/conflicts-data.ts ROUND9_PICKS / ROUND10_PICKS / ROUND11_PICKS; round 11: docs/notes/label18.md) is read in no group of another round and in
 * no other group of the round. Prints the counts and exits 1 on a repeat.
 *   npx tsx bench/conflicts-round9-check.ts [--round=10|11]
 */
import { loadGroups } from './conflicts-data.ts';

const round = Number(/--round=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 9);
const groups = (await loadGroups()).filter((g) => g.source === 'ecb');
const seen = new Map<string, string>();
const pairsOf = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y].sort().join('|')));
for (const g of groups.filter((x) => x.round !== round)) for (const k of pairsOf(g.articles.map((a) => a.id))) seen.set(k, g.name);
let pairs = 0;
let articles = 0;
const repeats: string[] = [];
for (const g of groups.filter((x) => x.round === round)) {
  articles += g.articles.length;
  for (const k of pairsOf(g.articles.map((a) => a.id))) {
    pairs++;
    if (seen.has(k)) repeats.push(`${g.name}: ${k} (read in ${seen.get(k)})`);
    seen.set(k, g.name);
  }
}
console.log(`round ${round}: ${groups.filter((x) => x.round === round).length} groups, ${articles} article readings, ${pairs} article pairs, ${repeats.length} read before`);
if (repeats.length) {
  console.log(repeats.join('\n'));
  process.exit(1);
}
