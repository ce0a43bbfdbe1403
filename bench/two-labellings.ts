/**
 * The BASIL event named by a script's first argument (a BASIL_SETS entry) and its two labellings (the second and third
 * arguments: labels files), resolved against its texts — what bench/label53b-agree.ts and bench/label54b-disagree.ts
 * read. Prints `script: skipped, <reason>` and exits 0 when the mirror or a file is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { basilMissing, loadBasilSet } from '../tests/data/engine/basil-sets.ts';

export function twoLabellings(script: string) {
  const [name = '', fileA = '', fileB = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const articles = loadBasilSet(name);
  if (!articles || !existsSync(fileA) || !existsSync(fileB)) {
    console.log(`${script}: skipped, ${basilMissing() ?? (articles ? `a labels file is absent (${fileA}, ${fileB})` : `${name}: not a BASIL set`)}`);
    process.exit(0);
  }
  const load = (f: string) => new Resolved(JSON.parse(readFileSync(f, 'utf8')) as Labels, articles);
  return { name, fileA, fileB, articles, A: load(fileA), B: load(fileB) };
}
