/**
 * facts47: what the clause splitter's "relative clause inside the subject" cut (lib/nlp/clauses.ts CLAUSE_RULES.embedded)
 * changes: every unit whose clauses differ with and without it, over the nine DEV sets' articles and (with --zyte, when
 * ZYTE_HTML_DIR or ../shared holds them) the 181 unlabelled zyte pages, so the cuts can be read by eye (--list prints
 * each unit's clauses without and with the rule). Prints, per set, how many units are cut differently.
 *   npx tsx bench/facts47-embedded.ts [--zyte] [--list]
 */
import { CLAUSE_RULES, predications } from '../lib/nlp/clauses.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';

const list = process.argv.includes('--list');
const groups: Array<[string, Article[]]> = [];
for (const name of DEV_SETS) {
  const arts = await loadSet(name);
  if (arts) groups.push([name, arts]);
}
if (process.argv.includes('--zyte')) {
  const z = loadZyte();
  if (z.length) groups.push(['zyte', z]);
  else console.log('zyte: skipped (pages absent: set ZYTE_HTML_DIR)');
}
const cutsOf = (t: string, on: boolean) => {
  CLAUSE_RULES.embedded = on;
  const out = predications(t);
  CLAUSE_RULES.embedded = true;
  return out;
};
for (const [name, arts] of groups) {
  let units = 0;
  let changed = 0;
  for (const a of arts) {
    for (const u of a.units) {
      units++;
      const before = cutsOf(u.text, false);
      const after = cutsOf(u.text, true);
      if (before.length === after.length) continue;
      changed++;
      if (list) console.log(`[${name} ${a.id.slice(0, 8)}#${u.i}]\n   before: ${before.map((c) => JSON.stringify(c.text)).join(' | ')}\n   after:  ${after.map((c) => JSON.stringify(c.text)).join(' | ')}`);
    }
  }
  console.log(`${name}: ${changed} of ${units} units cut differently`);
}
