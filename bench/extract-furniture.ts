/**
 * What the multilingual furniture table (lib/text/furniture.ts) changes on the extraction test sets:
 * per set and half, F1 (zyte word metric) of Readability's article blocks cleaned by this tree's
 * `cleanBlocks` against the same blocks cleaned by the `cleanBlocks` of a base revision, and how
 * many pages changed. Reads the per-page cache of bench/extract-blocks-cache.ts.
 *
 *   npx tsx bench/extract-furniture.ts [--sets l3s,dragnet,cleaneval,readability,zyte] [--base 6cc5806] [--show]
 *
 * `--base REV`: the revision whose lib/ is unpacked (git archive) into a temporary directory and
 * compared against. `--show` prints, for DEV-half pages only, the blocks this tree removes that the
 * base kept (and the reverse): held-out pages are scored, never shown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import { loadCache } from './extract-blocks-cache.ts';
import { f1Of, metrics, shingleMatch } from './extract-metric.ts';
import { optionValue } from './args.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const sets = (optionValue('sets', argv) ?? 'l3s,dragnet,cleaneval,readability,zyte').split(',');
  const base = optionValue('base', argv) ?? '6cc5806';
  const show = argv.includes('--show');
  const dir = join(tmpdir(), `parallax-furniture-base-${base.replace(/\W/g, '_')}`);
  if (!existsSync(join(dir, 'lib/text/boilerplate.ts'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git -C "${repo}" archive "${base}" lib | tar x -C "${dir}"`]);
  }
  const baseClean = (await import(pathToFileURL(join(dir, 'lib/text/boilerplate.ts')).href)).cleanBlocks as typeof cleanBlocks;
  const f = (x: number) => x.toFixed(4);
  for (const s of sets) {
    const c = loadCache(s);
    if (!c) {
      process.stdout.write(`${s}: no cache (npx tsx bench/extract-blocks-cache.ts --sets ${s}); skipped\n`);
      continue;
    }
    const rows = c.map((p) => {
      const raw = p.content ? articleRawBlocks(p.content, { title: p.title, byline: p.byline }) : [];
      const before = baseClean(raw).blocks.map((b) => b.text);
      const after = cleanBlocks(raw).blocks.map((b) => b.text);
      return { p, before, after, changed: before.join('\n') !== after.join('\n') };
    });
    for (const split of ['dev', 'held']) {
      const rs = rows.filter((r) => r.p.split === split);
      const b = metrics(rs.map((r) => shingleMatch(r.p.truth, r.before.join('\n'))));
      const a = metrics(rs.map((r) => shingleMatch(r.p.truth, r.after.join('\n'))));
      const ch = rs.filter((r) => r.changed);
      const up = ch.filter((r) => f1Of(shingleMatch(r.p.truth, r.after.join('\n'))) > f1Of(shingleMatch(r.p.truth, r.before.join('\n')))).length;
      process.stdout.write(`${s.padEnd(12)} ${split.padEnd(4)} ${String(rs.length).padStart(4)} pages  base ${f(b.f1)}  this tree ${f(a.f1)}  (${a.f1 - b.f1 >= 0 ? '+' : ''}${f(a.f1 - b.f1)})  pages changed ${ch.length} (better ${up})\n`);
      if (show && split === 'dev') {
        for (const r of ch) {
          const bs = new Set(r.before);
          const as = new Set(r.after);
          for (const t of r.before) if (!as.has(t)) process.stdout.write(`    ${r.p.id.slice(0, 16)} now removed: ${t.slice(0, 140)}\n`);
          for (const t of r.after) if (!bs.has(t)) process.stdout.write(`    ${r.p.id.slice(0, 16)} now kept:    ${t.slice(0, 140)}\n`);
        }
      }
    }
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main().then((c) => (process.exitCode = c));
