/**
 * Checks the plan of conflicts round 9 (docs/notes/label16.md): every article pair of a round-9 group
 * (bench/conflicts-data.ts ROUND9_PICKS) is read in no earlier round's group and in no other round-9 group.
 * Prints the counts and exits 1 on a repeat.
 *   npx tsx bench/conflicts-round9-check.ts
 */
import { loadGroups } from './conflicts-data.ts';

const groups = (await loadGroups()).filter((g) => g.source === 'ecb');
const seen = new Map<string, string>();
const pairsOf = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y].sort().join('|')));
for (const g of groups.filter((x) => x.round !== 9)) for (const k of pairsOf(g.articles.map((a) => a.id))) seen.set(k, g.name);
let pairs = 0;
let articles = 0;
const repeats: string[] = [];
for (const g of groups.filter((x) => x.round === 9)) {
  articles += g.articles.length;
  for (const k of pairsOf(g.articles.map((a) => a.id))) {
    pairs++;
    if (seen.has(k)) repeats.push(`${g.name}: ${k} (read in ${seen.get(k)})`);
    seen.set(k, g.name);
  }
}
console.log(`round 9: ${groups.filter((x) => x.round === 9).length} groups, ${articles} article readings, ${pairs} article pairs, ${repeats.length} read before`);
if (repeats.length) {
  console.log(repeats.join('\n'));
  process.exit(1);
}
