/**
 * `--synonyms=CUT[,WEIGHT]` for the fact benches (bench/eval.ts, facts-causes.ts, fit-predicates.ts --grid=synonyms): the
 * report's alignment counts WordNet synonyms as shared words (a soft cosine, `synonymWordBonus`, as align.ts `AlignParams.wordBonus`) for this run only.
 * CUT: `full` (lib/nlp/synonym-data.ts, tag count ≥ 1), or a tag count (5, 20: the table
 * `MIN_TAGS=CUT npx tsx bench/build-synonyms.ts --out=/tmp/synCUT.ts` writes; SYN_DIR, default /tmp);
 * `off` removes it. WEIGHT: a synonym's word similarity (default 1).
 */
import { existsSync } from 'node:fs';
import { REPORT_ALIGN, type Weighted, type WordBonus } from '../lib/engine/align.ts';
import { preparedOf } from '../lib/engine/features.ts';
import { synonymTable, type SynonymTable } from '../lib/nlp/synonyms.ts';

/**
 * Synonyms in the unit similarity (the report's alignment only, as its `AlignParams.wordBonus`): a word stem of
 * one unit that the other lacks, and a synonym of it (`table`) that the other has and the first lacks,
 * count as a shared word at `weight` × the product of their two weights in the word vectors — a soft
 * cosine (Sidorov et al. 2014) whose word similarity is `weight` for synonyms, 1 for the same stem.
 */
interface SynonymUse {
  table: SynonymTable;
  weight: number;
}

/** A unit's word terms (stems) in the order of its packed word vector, and where each sits. */
const wordTermCache = new WeakMap<Weighted, { terms: string[]; at: Map<string, number> }>();
function wordTerms(w: Weighted): { terms: string[]; at: Map<string, number> } {
  let t = wordTermCache.get(w);
  if (!t) {
    // The packed word vector's order: its terms by ascending id of the Idf it was weighed with.
    const terms = [...preparedOf(w.f).words.terms].sort((x, y) => w.wordIdf.id(x) - w.wordIdf.id(y));
    wordTermCache.set(w, (t = { terms, at: new Map(terms.map((x, j) => [x, j])) }));
  }
  return t;
}

/** What synonyms add to the word cosine of a and b (`SynonymUse`): pairs matched one to one, heaviest first. */
export function synonymBonus(a: Weighted, b: Weighted, syn: SynonymUse): number {
  const ta = wordTerms(a);
  const tb = wordTerms(b);
  const cand: Array<[number, number, number]> = [];
  ta.terms.forEach((t, j) => {
    if (tb.at.has(t)) return;
    const syns = syn.table.get(t);
    if (!syns) return;
    for (const v of syns) {
      const k = tb.at.get(v);
      if (k === undefined || ta.at.has(v)) continue;
      cand.push([a.words.vals[j]! * b.words.vals[k]!, j, k]);
    }
  });
  if (cand.length === 0) return 0;
  cand.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let bonus = 0;
  for (const [x, j, k] of cand) {
    if (usedA.has(j) || usedB.has(k)) continue;
    usedA.add(j);
    usedB.add(k);
    bonus += x;
  }
  return syn.weight * bonus;
}

/** The word bonus (align.ts `WordBonus`) of a synonym table at one weight. */
export function synonymWordBonus(table: SynonymTable, weight = 1): WordBonus {
  const syn: SynonymUse = { table, weight };
  return (a, b) => synonymBonus(a, b, syn);
}

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
    delete REPORT_ALIGN.wordBonus;
    return;
  }
  const [cut, weight] = arg.split(',');
  const table = await tableOf(cut ?? 'full');
  if (table) REPORT_ALIGN.wordBonus = synonymWordBonus(table, Number(weight ?? 1));
}
