/**
 * `parallax pairs FILE.jsonl [--json]`: the aligner's pair decision on sentence pairs.
 *
 * Each input line is `{"id","a","b"}` (two sentences; blank lines are skipped). With --json, stdout
 * is exactly `{"pairs":[{"id","score","same"}]}`: `score` the engine's similarity of the two
 * sentences (0..1: `similarityScore`, an STS regression over the same measures the pair decision
 * reads), `same` its decision that both state the same fact. It is the decision `align()` applies in the report (lib/engine/align.ts `sameFact`), with
 * IDF taken over all the sentences of the file as the report takes it over a story's units.
 * Exit code: 0 on success; 1 when the file cannot be read or a line is bad (each bad line is named
 * on stderr, and nothing is printed on stdout); 2 on usage errors.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from './args.ts';
import { decidePairs } from '../lib/engine/align.ts';
import { useSynonyms } from '../lib/nlp/paraphrases.ts';
import { SYNONYM_PAIRS } from '../lib/nlp/synonym-data.ts';

// The `score` reads WordNet synonyms (lib/nlp/paraphrases.ts); the extension never computes it.
useSynonyms(SYNONYM_PAIRS);

const USAGE = 'usage: parallax pairs FILE.jsonl [--json]';

interface PairIn {
  id: string | number;
  a: string;
  b: string;
}

/** Parses the JSONL text; returns the pairs or the errors, each naming its line. */
export function parsePairs(text: string, file: string): { pairs: PairIn[]; errors: string[] } {
  const pairs: PairIn[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, k) => {
    if (!line.trim()) return;
    const where = `${file}:${k + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: not JSON (${(e as Error).message})`);
      return;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      errors.push(`${where}: expected an object {"id","a","b"}`);
      return;
    }
    const o = v as Record<string, unknown>;
    const missing = ['id', 'a', 'b'].filter((key) => o[key] === undefined || o[key] === null);
    if (missing.length) {
      errors.push(`${where}: missing ${missing.map((m) => `"${m}"`).join(', ')}`);
      return;
    }
    if (typeof o.id !== 'string' && typeof o.id !== 'number') {
      errors.push(`${where}: "id" must be a string or a number`);
      return;
    }
    if (typeof o.a !== 'string' || typeof o.b !== 'string') {
      errors.push(`${where}: "a" and "b" must be strings`);
      return;
    }
    pairs.push({ id: o.id, a: o.a, b: o.b });
  });
  return { pairs, errors };
}

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`parallax pairs: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) {
    process.stderr.write(`parallax pairs: ${!file ? 'FILE.jsonl is required' : 'one FILE.jsonl only'}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`parallax pairs: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return 1;
  }
  const { pairs, errors } = parsePairs(text.replace(/^\uFEFF/, ''), file);
  for (const e of errors) process.stderr.write(`parallax pairs: ${e}\n`);
  if (errors.length) return 1;
  const out = decidePairs(pairs.map((p) => [p.a, p.b] as const));
  const rows = pairs.map((p, k) => ({ id: p.id, score: Number(out[k]!.score.toFixed(6)), same: out[k]!.same }));
  if (args.flags.get('json') === true) process.stdout.write(JSON.stringify({ pairs: rows }) + '\n');
  else for (const r of rows) process.stdout.write(`${r.same ? 'SAME' : 'DIFF'}  ${r.score.toFixed(3)}  ${r.id}\n`);
  return 0;
}
