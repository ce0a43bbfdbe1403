/**
 * Checks hand labels of a NewsWCL50 or BASIL (basil-<short>) set WITHOUT running the engine (safe on held-out sets: it prints
 * no report, no score, no engine decision). For each set: the labels' resolution problems (must be
 * none), every unit with its label (fact groups or NONFACT) and the report's fact flag (F = the report
 * counts the unit as a fact, lib/engine/features.ts reportFeatures; - = it never reports it), and the
 * units with no label at all.
 *   npx tsx bench/check-labels.ts comey tariffs [--units]
 * Exit code 1 when a label does not resolve, a unit is both fact and non-fact, or a report-fact unit
 * has no label.
 */
import { readFileSync } from 'node:fs';
import { articleFeatures, reportFeatures } from '../lib/engine/features.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { basilMissing, loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadNewsWclSet, newsWclMissing, NEWSWCL_SETS } from '../tests/data/engine/newswcl.ts';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showUnits = process.argv.includes('--units');
let bad = 0;
for (const name of names.length ? names : Object.keys(NEWSWCL_SETS)) {
  // BASIL sets (tests/data/engine/basil-sets.ts) are named basil-<short>; the others are NewsWCL50 sets.
  const basil = name.startsWith('basil-');
  const missing = basil ? basilMissing() : newsWclMissing();
  if (missing) {
    console.log(`${name}: skipped, ${missing}`);
    continue;
  }
  const articles = basil ? loadBasilSet(name) : loadNewsWclSet(name);
  if (!articles) {
    console.log(`${name}: not a ${basil ? 'BASIL' : 'NewsWCL50'} set or texts missing`);
    bad++;
    continue;
  }
  const labels = JSON.parse(readFileSync(`tests/data/engine/${name}-labels.json`, 'utf8')) as Labels;
  const r = new Resolved(labels, articles);
  console.log(`${name}: ${Object.keys(labels.facts).length} fact groups, ${labels.loose.length} loose pairs, problems: ${r.problems.length ? r.problems.join('; ') : 'none'}`);
  bad += r.problems.length;
  for (const a of articles) {
    const feats = reportFeatures(a, articleFeatures(a));
    const groups = new Set<string>();
    let reportFacts = 0;
    let labelled = 0;
    for (const u of a.units) {
      const fs = [...r.factsOf(a.id, u.i)];
      const nonfact = r.isNonfact(a.id, u.i);
      const fact = feats[u.i]!.fact;
      fs.forEach((g) => groups.add(g));
      if (fact) reportFacts++;
      if (fs.length) labelled++;
      if (fs.length && nonfact) {
        console.log(`  BOTH fact and non-fact: ${a.id}#${u.i}`);
        bad++;
      }
      if (!fs.length && !nonfact && fact) {
        console.log(`  UNLABELLED fact unit: ${a.id}#${u.i} ${u.text.slice(0, 80)}`);
        bad++;
      }
      if (showUnits) console.log(`  ${fact ? 'F' : '-'} ${a.id.slice(0, 2)}#${u.i} [${nonfact ? 'NONFACT' : fs.join(', ')}] ${u.text.slice(0, 100)}`);
    }
    console.log(`  ${a.id}: ${a.units.length} units, ${reportFacts} report-fact units, ${labelled} in fact groups, ${groups.size} groups`);
  }
}
process.exit(bad ? 1 : 0);
