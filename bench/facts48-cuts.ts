/**
 * facts48: what one of the clause splitter's switches (lib/nlp/clauses.ts CLAUSE_RULES, --rule=NAME, default subjectComma)
 * changes: every unit whose clauses differ with and without it, over the nine DEV sets' articles and (with --zyte, when
 * ZYTE_HTML_DIR or ../shared holds them) the 181 unlabelled zyte pages, so the cuts can be read by eye (--list prints
 * each unit's clauses without and with the rule). Prints, per set, how many units are cut differently.
 *   npx tsx bench/facts48-cuts.ts [--rule=subjectComma] [--zyte] [--list]
 */
import { CLAUSE_RULES, predications } from '../lib/nlp/clauses.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';

const list = process.argv.includes('--list');
const rule = (process.argv.find((a) => a.startsWith('--rule='))?.slice(7) ?? 'subjectComma') as keyof typeof CLAUSE_RULES;
if (!(rule in CLAUSE_RULES)) throw new Error(`no rule ${rule}: ${Object.keys(CLAUSE_RULES).join(', ')}`);
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
  const was = CLAUSE_RULES[rule];
  CLAUSE_RULES[rule] = on;
  const out = predications(t);
  CLAUSE_RULES[rule] = was;
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
      if (before.map((c) => c.start).join() === after.map((c) => c.start).join()) continue;
      changed++;
      if (list) console.log(`[${name} ${a.id.slice(0, 8)}#${u.i}]\n   before: ${before.map((c) => JSON.stringify(c.text)).join(' | ')}\n   after:  ${after.map((c) => JSON.stringify(c.text)).join(' | ')}`);
    }
  }
  console.log(`${name}: ${changed} of ${units} units cut differently`);
}
