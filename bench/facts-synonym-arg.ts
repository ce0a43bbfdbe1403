/**
 * `--synonyms=CUT[,WEIGHT]` for the fact benches (bench/eval.ts, facts-causes.ts, fit-synonyms.ts): the
 * report's alignment counts WordNet synonyms as shared words (align.ts `SynonymUse`) for this run only.
 * CUT: `full` (lib/nlp/synonym-data.ts, tag count ≥ 1), or a tag count (5, 20: the table
 * `MIN_TAGS=CUT npx tsx bench/build-synonyms.ts --out=/tmp/synCUT.ts` writes; SYN_DIR, default /tmp);
 * `off` removes it. WEIGHT: a synonym's word similarity (default 1).
 */
import { existsSync } from 'node:fs';
import { REPORT_ALIGN } from '../lib/engine/align.ts';
import { synonymTable } from '../lib/nlp/synonyms.ts';

async function tableOf(cut: string) {
  if (cut === 'none') return undefined;
  if (cut === 'full') return synonymTable((await import('../lib/nlp/synonym-data.ts')).SYNONYM_PAIRS);
  const file = `${process.env.SYN_DIR ?? '/tmp'}/syn${cut}.ts`;
  if (!existsSync(file)) throw new Error(`${file} absent: MIN_TAGS=${cut} npx tsx bench/build-synonyms.ts --out=${file}`);
  return synonymTable(((await import(file)) as { SYNONYM_PAIRS: string }).SYNONYM_PAIRS);
}

/**
 * Also `--predicates=CAP,SHARE[,MIN_CELLS[,CUT]]` (or =off): the report's predicate veto (align.ts
 * `PredicateVeto`) for this run; CUT as above, or `none` (same stems only; the default).
 */
export async function applySynonymArg(): Promise<void> {
  const pv = process.argv.find((a) => a.startsWith('--predicates='))?.slice(13);
  if (pv === 'off') delete REPORT_ALIGN.predicates;
  else if (pv) {
    const [cap, share, minCells, cut] = pv.split(',');
    const table = await tableOf(cut ?? 'none');
    REPORT_ALIGN.predicates = { cap: Number(cap), share: Number(share), ...(minCells && minCells !== '0' ? { minCells: Number(minCells) } : {}), ...(table ? { table } : {}) };
  }
  const arg = process.argv.find((a) => a.startsWith('--synonyms='))?.slice(11);
  if (!arg) return;
  if (arg === 'off') {
    delete REPORT_ALIGN.synonyms;
    return;
  }
  const [cut, weight] = arg.split(',');
  let pairs: string;
  if (cut === 'full') pairs = (await import('../lib/nlp/synonym-data.ts')).SYNONYM_PAIRS;
  else {
    const file = `${process.env.SYN_DIR ?? '/tmp'}/syn${cut}.ts`;
    if (!existsSync(file)) throw new Error(`${file} absent: MIN_TAGS=${cut} npx tsx bench/build-synonyms.ts --out=${file}`);
    pairs = ((await import(file)) as { SYNONYM_PAIRS: string }).SYNONYM_PAIRS;
  }
  REPORT_ALIGN.synonyms = { table: synonymTable(pairs), weight: Number(weight ?? 1) };
}
