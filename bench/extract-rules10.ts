/**
 * Which of the cleaning rules of docs/notes/extract10.md (lib/text/boilerplate.ts RULES10) to keep:
 * F1 (zyte word metric) of Readability's cached article blocks cleaned with none of them, with each
 * one alone, with all and with all but one, per set and half. A rule is kept when it raises the
 * macro mean of the DEV halves and no dev half falls beyond 0.001; the held-out halves are printed
 * for the report only (the macro mean of held halves is the acceptance number).
 *
 *   npx tsx bench/extract-rules10.ts [--sets l3s,dragnet,cleaneval,readability,zyte] [--rules notice,role,…]
 *
 * `--rules`: the switches varied (others stay as shipped).
 *
 * Reads the cache of bench/extract-blocks-cache.ts (Readability's article, the page's blocks).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks, RULES10 } from '../lib/text/boilerplate.ts';
import { cachedSets } from './extract-blocks-cache.ts';
import { metrics, shingleMatch } from './extract-metric.ts';
import { optionValue } from './args.ts';

type Rule = keyof typeof RULES10;

function main() {
  const argv = process.argv.slice(2);
  const sets = (optionValue('sets', argv) ?? 'l3s,dragnet,cleaneval,readability,zyte').split(',');
  const only = optionValue('rules', argv);
  const rules = (only ? only.split(',') : Object.keys(RULES10)) as Rule[];
  const base = Object.fromEntries(Object.entries(RULES10)) as typeof RULES10;
  const configs: Array<[string, Rule[]]> = [['none', []], ...rules.map((r): [string, Rule[]] => [`+${r}`, [r]]), ['all', rules], ...rules.map((r): [string, Rule[]] => [`all-${r}`, rules.filter((x) => x !== r)])];
  const cols: string[] = [];
  const table = new Map<string, number[]>(configs.map(([n]) => [n, []]));
  for (const [set, cache] of cachedSets(sets, (line) => process.stdout.write(`${line}\n`))) {
    const raws = cache.map((p) => ({ p, raw: p.content ? articleRawBlocks(p.content, { title: p.title, byline: p.byline }) : [] }));
    for (const half of ['dev', 'held']) cols.push(`${set}/${half}`);
    for (const [name, on] of configs) {
      for (const r of rules) RULES10[r] = on.includes(r);
      for (const half of ['dev', 'held']) {
        const rows = raws.filter((x) => x.p.split === half).map((x) => shingleMatch(x.p.truth, cleanBlocks(x.raw).blocks.map((b) => b.text).join('\n')));
        table.get(name)!.push(metrics(rows).f1);
      }
    }
    Object.assign(RULES10, base);
  }
  const f = (x: number) => x.toFixed(4);
  const dev = cols.map((c, i) => (c.endsWith('/dev') ? i : -1)).filter((i) => i >= 0);
  const held = cols.map((c, i) => (c.endsWith('/held') ? i : -1)).filter((i) => i >= 0);
  const mean = (xs: number[], idx: number[]) => idx.reduce((a, i) => a + xs[i]!, 0) / Math.max(1, idx.length);
  process.stdout.write(`${'config'.padEnd(14)} ${cols.map((c) => c.padStart(16)).join(' ')}  ${'dev mean'.padStart(9)} ${'held mean'.padStart(9)}\n`);
  for (const [name] of configs) {
    const xs = table.get(name)!;
    process.stdout.write(`${name.padEnd(14)} ${xs.map((x) => f(x).padStart(16)).join(' ')}  ${f(mean(xs, dev)).padStart(9)} ${f(mean(xs, held)).padStart(9)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
