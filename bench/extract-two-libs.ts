/**
 * Two libs read over the extraction sets, as headline81-pages and headline82-pages do (a change to lib/ingest measured main
 * against this tree through bench/extract-eval.ts's Parallax path): a lib's ingest loaded from a directory, and a set's
 * word F1 (and snippet F1 where the set has snippets) by split, main's against this tree's.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeParseHtml } from '../cli/node-env.ts';
import { optionValue } from './args.ts';
import { pagesOf, snippetScore, splitOf, type EvalPage } from './extract-eval.ts';
import { metrics, type TpFpFn } from './extract-metric.ts';

export type Lib = { ingestFile: typeof import('../lib/ingest/index.ts').ingestFile; env: import('../lib/ingest/index.ts').IngestEnv };

/** The ingest of the lib under `dir` (a checkout or an archive of one, with its `node_modules`). */
export async function libAt(dir: string): Promise<Lib> {
  const ingest = (await import(join(resolve(dir), 'lib/ingest/index.ts'))) as typeof import('../lib/ingest/index.ts');
  const page = (await import(join(resolve(dir), 'lib/ingest/page.ts'))) as typeof import('../lib/ingest/page.ts');
  return { ingestFile: ingest.ingestFile, env: page.pageEnv(nodeParseHtml) };
}

export interface ScoredPage { page: EvalPage; split: string; ours: TpFpFn; theirs: TpFpFn; oursText: string; mainText: string }

/** One line per split (dev, held) of a set's pages — word F1 main → this tree, snippets where the set has them — and the same into `setOut`. */
export function splitLines(rows: readonly ScoredPage[], setOut: Record<string, unknown>, lines: string[]): void {
  for (const g of ['dev', 'held']) {
    const rs = rows.filter((r) => r.split === g);
    if (!rs.length) continue;
    const m = metrics(rs.map((r) => r.theirs)), o = metrics(rs.map((r) => r.ours));
    let snip = '';
    if (rs.some((r) => r.page.must?.length || r.page.not?.length)) {
      const sm = snippetScore(rs.map((r) => [r.page, r.mainText])), so = snippetScore(rs.map((r) => [r.page, r.oursText]));
      snip = `; snippets ${sm.f1.toFixed(4)} → ${so.f1.toFixed(4)}`;
      setOut[`${g}Snippets`] = [sm.f1, so.f1];
    }
    lines.push(`  ${g.padEnd(4)} ${String(rs.length).padStart(4)} pages  word F1 main ${m.f1.toFixed(4)} → this tree ${o.f1.toFixed(4)}${snip}`);
    setOut[g] = { pages: rs.length, main: m.f1, tree: o.f1 };
  }
}

/**
 * The sets' driver: each named set's pages (a set not found here is "skipped" with its reason) handed to `body` with their
 * splits, which reads them, pushes its lines and returns the set's JSON; then every line to stdout and the JSON to `outFile`.
 */
export async function overSets(
  sets: readonly string[],
  outFile: string | undefined,
  body: (name: string, pages: EvalPage[], splits: Map<string, 'dev' | 'held'>, lines: string[]) => Record<string, unknown>,
): Promise<void> {
  const out: Record<string, unknown> = {};
  const lines: string[] = [];
  for (const name of sets) {
    const pages = pagesOf(name, (why) => lines.push(`${name}: skipped (${why})`));
    if (!pages) continue;
    out[name] = body(name, pages, splitOf(pages), lines);
    process.stderr.write(`${name} done\n`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (outFile) writeFileSync(outFile, JSON.stringify(out, null, 2));
}

/**
 * The two-lib scripts' command line: `--main DIR` (main's lib/ with a node_modules; required), `--sets` (default every
 * set), `--check N` (every Nth page read with both libs; default 25), `--list`, `--range A:B` (only the pages at indices
 * A ≤ k < B of each set: a long set read in parts, in parallel), `--out FILE`.
 */
export function twoLibsOptions(argv: readonly string[]) {
  const value = (name: string) => optionValue(name, [...argv]);
  const mainDir = value('main');
  if (!mainDir || !existsSync(join(mainDir, 'lib/ingest/index.ts'))) throw new Error("--main DIR: a directory holding main's lib/");
  const sets = (value('sets') ?? 'l3s,dragnet,cleaneval,readability,zyte,big9,chaos,cleanportal,wceb').split(',');
  const [from, to] = (value('range') ?? '0:Infinity').split(':').map(Number) as [number, number];
  return { mainDir, sets, check: Number(value('check') ?? 25), list: argv.includes('--list'), from, to, out: value('out') };
}
