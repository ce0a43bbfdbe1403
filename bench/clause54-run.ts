/**
 * clause54: bench/eval.ts with the clause check's clause54 switches set for this run only (lib/nlp/clauses.ts CLAUSE_RULES):
 *   npx tsx bench/clause54-run.ts --rules=verbless,frame|none [eval.ts arguments …]
 * --rules lists the clause54 switches that are ON (verbless, frame, restrictive, afterCut, listIng, frontedVerb); the others
 * are off. Without --rules the shipped values stay. The switches are in bench/clause54-experiments.patch, not in lib:
 * `git apply bench/clause54-experiments.patch` first (without it any rule but "none" is skipped with a reason).
 */
import { CLAUSE_RULES } from '../lib/nlp/clauses.ts';

export const CLAUSE54_SWITCHES = ['verbless', 'frame', 'restrictive', 'afterCut', 'listIng', 'frontedVerb'] as const;
const rules = process.argv.find((a) => a.startsWith('--rules='))?.slice(8);
if (rules !== undefined) {
  const on = new Set(rules.split(',').filter((r) => r && r !== 'none'));
  for (const r of on) if (!(CLAUSE54_SWITCHES as readonly string[]).includes(r)) throw new Error(`unknown rule ${r}`);
  // The switches live in bench/clause54-experiments.patch (lib is main's): without it, only --rules=none runs.
  const absent = [...on].filter((r) => !(r in CLAUSE_RULES));
  if (absent.length) {
    console.log(`skipped: ${absent.join(', ')} not in lib/nlp/clauses.ts CLAUSE_RULES (git apply bench/clause54-experiments.patch first)`);
    process.exit(2);
  }
  for (const k of CLAUSE54_SWITCHES) if (k in CLAUSE_RULES) (CLAUSE_RULES as Record<string, boolean>)[k] = on.has(k);
}
await import('./eval.ts');
