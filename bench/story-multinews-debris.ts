/**
 * Multi-News "sources" that are crawl debris, not reports (docs/notes/story33.md): a source whose text recurs in
 * **another** story (word 5-gram Jaccard ≥ 0.8: a social network's notice, an archive's crawl notice, a player's
 * error page). Bench-only; read at run time, nothing of the text printed (ids only). Given outputs of
 * bench/story-multinews.ts --only-half H --errors (or --retrieval --errors), prints P / R without the pairs that touch
 * such a source, and how many pairs not retrieved touch one.
 *
 *   npx tsx bench/story-multinews-debris.ts --only-half dev [OUT.txt …]
 */
import { readFileSync } from 'node:fs';
import { multiNewsArticles, multiNewsStories, MULTINEWS_GIT } from './data/multinews.ts';

const argv = process.argv.slice(2);
const HALF = argv.includes('--only-half') ? argv[argv.indexOf('--only-half') + 1]! : 'all';
const outs = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--only-half');
const stories = multiNewsStories();
if (!stories) {
  console.log(`story-multinews-debris: skipped: mirror absent (${MULTINEWS_GIT})`);
  process.exit(0);
}
const inHalf = (id: string) => HALF === 'all' || (parseInt(id.slice(-1), 16) % 2 === 0) === (HALF === 'dev');
const arts: Array<{ id: string; story: string; sh: Set<string> }> = [];
const groups: string[][] = [];
for (const s of stories) {
  if (!inHalf(s.id)) continue;
  const as = multiNewsArticles(s, Infinity);
  if (as.length < 2) continue;
  groups.push(as.map((a) => a.id));
  for (const a of as) {
    const w = a.text.toLowerCase().split(/\W+/).filter(Boolean);
    const sh = new Set<string>();
    for (let k = 0; k + 5 <= w.length; k++) sh.add(w.slice(k, k + 5).join(' '));
    if (w.length < 5) sh.add(w.join(' '));
    arts.push({ id: a.id, story: s.id, sh });
  }
}
const debris = new Set<string>();
for (let i = 0; i < arts.length; i++)
  for (let j = i + 1; j < arts.length; j++) {
    const a = arts[i]!;
    const b = arts[j]!;
    if (a.story === b.story) continue;
    let n = 0;
    for (const x of a.sh) if (b.sh.has(x)) n++;
    if (n / (a.sh.size + b.sh.size - n || 1) >= 0.8) (debris.add(a.id), debris.add(b.id));
  }
console.log(`${HALF}: ${debris.size} of ${arts.length} sources recur in another story: ${[...debris].sort().join(' ')}`);
const ok = (a: string, b: string) => !debris.has(a) && !debris.has(b);
let gold = 0;
let goldX = 0;
for (const g of groups) for (const a of g) for (const b of g) if (a !== b) (gold++, ok(a, b) && goldX++);
for (const f of outs) {
  const lines = readFileSync(f, 'utf8').split('\n');
  const pair = (l: string) => {
    const w = l.trim().split(/\s+/);
    return [w[1]!, w[3]!.replace(/:$/, '')] as const;
  };
  const notret = lines.filter((l) => l.startsWith('  notret')).map(pair);
  if (notret.length) console.log(`${f}: not retrieved ${notret.length}, of them touching a recurring source ${notret.filter(([a, b]) => !ok(a, b)).length}`);
  const missed = lines.filter((l) => l.startsWith('  missed')).map(pair);
  const fals = lines.filter((l) => l.startsWith('  false')).map(pair);
  if (!missed.length && !fals.length) continue;
  const tp = goldX - missed.filter(([a, b]) => ok(a, b)).length;
  const fp = fals.filter(([a, b]) => ok(a, b)).length;
  console.log(`${f}: gold ${gold}; without the recurring sources: P ${(tp / (tp + fp)).toFixed(3)} / R ${(tp / goldX).toFixed(3)} (${tp} of ${goldX}, ${fp} false)`);
}
