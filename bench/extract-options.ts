/**
 * Readability.js's own options (linkDensityModifier, nbTopCandidates, charThreshold) scored on the
 * DEV halves of the public extraction sets, the product's cleaning after it, as
 * bench/extract-fallback.ts scores (zyte word metric, blocks joined by newlines). Re-runs
 * Readability per page and setting, so it is slow (run with nice).
 *
 *   nice npx tsx bench/extract-options.ts --sets l3s,zyte,readability,dragnet --split dev \
 *     --grid 'linkDensityModifier=-0.1,0,0.1' [--limit N]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import { pagesOf, splitOf } from './extract-eval.ts';
import { metrics, shingleMatch } from './extract-metric.ts';
import { readabilityPass } from './readability-pass.ts';
import { optionValue } from './args.ts';

function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string) => optionValue(name, argv);
  const sets = (arg('sets') ?? 'l3s,zyte,readability').split(',');
  const split = arg('split') ?? 'dev';
  const limit = Number(arg('limit') ?? 0);
  const [name, values] = (arg('grid') ?? 'linkDensityModifier=-0.1,0,0.1').split('=') as [string, string];
  const grid = values.split(',').map(Number);
  for (const s of sets) {
    const pages = pagesOf(s, (why) => process.stdout.write(`${s}: skipped (${why})\n`));
    if (!pages) continue;
    const sp = splitOf(pages);
    let chosen = pages.filter((p) => split === 'all' || sp.get(p.id) === split);
    if (limit) chosen = chosen.slice(0, limit);
    const row: string[] = [];
    for (const v of grid) {
      const t0 = Date.now();
      const m = chosen.map((p) => {
        const r = readabilityPass(p.html, { readability: { [name]: v } });
        const text = r.content ? cleanBlocks(articleRawBlocks(r.content, { title: r.title, byline: r.byline })).blocks.map((b) => b.text).join('\n') : '';
        return shingleMatch(p.truth, text);
      });
      const f = metrics(m);
      row.push(`${name}=${v}: ${f.f1.toFixed(4)} (P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}) ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      process.stderr.write(`${s} ${split} ${chosen.length} pages · ${row[row.length - 1]}\n`);
    }
    process.stdout.write(`${s} ${split} (${chosen.length} pages)\n  ${row.join('\n  ')}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
