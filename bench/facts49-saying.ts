/**
 * facts49: the reach of a wider "saying …" rule (report.ts `isAttribution`, facts48's SAYING_OPENS). Prints every clause, over
 * the nine DEV sets and (with ZYTE_HTML_DIR) the zyte pages, that opens with an -ing word and that `isAttribution` takes for
 * "who says it" — so each verb's uses ("warning …", "vowing …", "telling reporters …", "citing …") can be read before a rule
 * says they open a claim. Both splitters are read: `predications` (the clause check) and `clauses` (novelDetails).
 *   npx tsx bench/facts49-saying.ts
 */
import { predications } from '../lib/nlp/clauses.ts';
import { clauses, isAttribution } from '../lib/engine/report.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { tokens } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';

const groups: Array<[string, Article[]]> = [];
for (const n of DEV_SETS) {
  const a = await loadSet(n);
  if (a) groups.push([n, a]);
}
const z = loadZyte();
if (z.length) groups.push(['zyte', z]);
else console.log('zyte: skipped (pages absent: set ZYTE_HTML_DIR)');
const counts = new Map<string, number>();
for (const [name, arts] of groups)
  for (const a of arts)
    for (const u of a.units)
      for (const c of new Set([...predications(u.text).map((x) => x.text), ...clauses(u.text)])) {
        const m = /^(\p{L}+ing)\b/iu.exec(c.trimStart());
        if (!m || !isAttribution(c)) continue;
        const w = m[1]!.toLowerCase();
        counts.set(w, (counts.get(w) ?? 0) + 1);
        console.log(`${name}\t${w}\t${tokens(c).length} words\t${c}`);
      }
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w} ${n}`).join(', '));
