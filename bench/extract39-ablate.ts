/**
 * Per-rule ablation of extract37's cleaning rules (commit d25d1b8) on the DEV halves of the block cache
 * (bench/extract-blocks-cache.ts): Readability's cached article → lib/extract.ts articleRawBlocks →
 * lib/text/boilerplate.ts cleanBlocks → finishBlocks, scored with the zyte word metric
 * (docs/notes/extract39.md). Held-out pages are never read (skipped) unless `--split held` is given, which is
 * for the one final reading.
 *
 * Runs on a tree with the switches (commit abbaa26 of branch extract39):
 *   TMPDIR=/tmp/extract39 npx tsx bench/extract39-ablate.ts --sets zyte,l3s,readability,wceb,cleaneval
 *       [--rules figcaption,alt,...] [--list RULE] [--only] [--split held]
 *
 * For each set (and wceb's article/blog pages, readability's news pages): F1 with every rule off (main's
 * cleaning), with all on, and for each rule its gain alone (+rule, others off) and its loss when removed
 * from all (all − rule), with pages better / worse. `--list RULE` prints, per set, every page the rule
 * alone changes, with the lines it removed, each marked with the share of its word 4-grams in the truth.
 * `--save-off FILE` saves the all-off lines (to check them equal to main's, bench/extract37-try.ts --save).
 * `--only` prints just the all-off and all-on rows (with `--rules`: the listed rules on, others off).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as extract from '../lib/extract.ts';
import { articleRawBlocks } from '../lib/extract.ts';
import * as core from '../lib/text/blocks-core.ts';
import * as boilerplate from '../lib/text/boilerplate.ts';
import { cachedSets, type CachedPage } from './extract-blocks-cache.ts';
import { covered, f1Of, metrics, shingleMatch, shingles, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';

type Switches = Record<string, boolean>;
const finishBlocks = (extract as { finishBlocks?: <T>(b: T[], c: { title?: string | null; byline?: string | null }) => T[] }).finishBlocks ?? (<T,>(b: T[]) => b);
const { cleanBlocks } = boilerplate;
// The switches live only in the tree the ablation ran on (commit abbaa26 of branch extract39); the shipped lib
// keeps the rules that passed, without switches (docs/notes/extract39.md).
const BLOCKS39 = (core as unknown as { BLOCKS39?: Switches }).BLOCKS39 ?? {};
const RULES39 = (boilerplate as unknown as { RULES39?: Switches }).RULES39 ?? {};
const SWITCHES: Record<string, [Switches, string]> = {
  figcaption: [BLOCKS39, 'figcaption'],
  alt: [BLOCKS39, 'alt'],
  credit: [RULES39, 'credit'],
  byColon: [RULES39, 'byColon'],
  more: [RULES39, 'more'],
  titleCopy: [RULES39, 'titleCopy'],
  authorNote: [RULES39, 'authorNote'],
  linkRun: [RULES39, 'linkRun'],
  imageCredit: [RULES39, 'imageCredit'],
  enlarge: [RULES39, 'enlarge'],
};
const RULES = Object.keys(SWITCHES);

function setRules(on: Set<string>): void {
  for (const r of RULES) {
    const [obj, key] = SWITCHES[r]!;
    obj[key] = on.has(r);
  }
}

function run(p: CachedPage): string[] {
  if (!p.content) return [];
  const ctx = { title: p.title, byline: p.byline };
  return finishBlocks(cleanBlocks(articleRawBlocks(p.content, ctx)).blocks, ctx).map((b) => b.text);
}

interface Row {
  p: CachedPage;
  group: boolean;
  lines: string[];
  score: TpFpFn;
}

function runAll(pages: Array<[CachedPage, boolean]>, on: Set<string>): Row[] {
  setRules(on);
  return pages.map(([p, group]) => {
    const lines = run(p);
    return { p, group, lines, score: shingleMatch(p.truth, lines.join('\n')) };
  });
}

const f = (x: number) => x.toFixed(4);
const d = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(5)}`;

function compare(a: Row[], b: Row[]): { delta: number; better: number; worse: number } {
  const ma = metrics(a.map((r) => r.score));
  const mb = metrics(b.map((r) => r.score));
  let better = 0;
  let worse = 0;
  a.forEach((r, k) => {
    const x = f1Of(r.score);
    const y = f1Of(b[k]!.score);
    if (y > x + 1e-9) better++;
    else if (y < x - 1e-9) worse++;
  });
  return { delta: mb.f1 - ma.f1, better, worse };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (!('alt' in BLOCKS39) || !('credit' in RULES39)) {
    process.stderr.write('no ablation switches in this lib: run in a worktree of commit abbaa26 (git worktree add /tmp/x39 abbaa26)\n');
    return 1;
  }
  const sets = (optionValue('sets', argv) ?? 'zyte,l3s,readability,wceb,cleaneval').split(',');
  const rules = (optionValue('rules', argv) ?? RULES.join(',')).split(',').filter((r) => SWITCHES[r]);
  const list = optionValue('list', argv);
  const only = argv.includes('--only');
  const split = optionValue('split', argv) ?? 'dev';
  let wcebNews = new Map<string, boolean>();
  if (sets.includes('wceb')) {
    const { pagesOf } = await import('./extract-eval.ts');
    wcebNews = new Map((pagesOf('wceb', () => {}) ?? []).map((p) => [p.id, p.news]));
  }
  const out: string[] = [];
  const offLines: Record<string, string[]> = {};
  for (const [set, cache] of cachedSets(sets, (line) => out.push(line))) {
    const pages: Array<[CachedPage, boolean]> = cache.filter((p) => p.split === split).map((p) => [p, set === 'wceb' ? (wcebNews.get(p.id) ?? false) : set === 'readability' ? p.news : false]);
    if (!pages.length) {
      out.push(`${set}: no ${split} pages in the cache`);
      continue;
    }
    const sub = set === 'wceb' ? 'article' : set === 'readability' ? 'news' : '';
    const off = runAll(pages, new Set());
    for (const r of off) offLines[`${set}/${r.p.id}`] = r.lines;
    const all = runAll(pages, new Set(only && optionValue('rules', argv) ? rules : RULES));
    const groups: Array<[string, (r: Row) => boolean]> = [[set, () => true]];
    if (sub) groups.push([`${set}·${sub}`, (r) => r.group]);
    for (const [name, keep] of groups) {
      const a = off.filter(keep);
      const b = all.filter(keep);
      const ma = metrics(a.map((r) => r.score));
      const mb = metrics(b.map((r) => r.score));
      const c = compare(a, b);
      out.push(`${name.padEnd(18)} ${split} ${String(a.length).padStart(4)}  off ${f(ma.f1)} (P ${f(ma.precision)} R ${f(ma.recall)})  on ${f(mb.f1)} (P ${f(mb.precision)} R ${f(mb.recall)})  ${d(c.delta)}  ${c.better}/${c.worse}`);
    }
    if (only) continue;
    for (const rule of rules) {
      const plus = runAll(pages, new Set([rule]));
      const minus = runAll(pages, new Set(RULES.filter((r) => r !== rule)));
      for (const [name, keep] of groups) {
        const cp = compare(off.filter(keep), plus.filter(keep));
        const cm = compare(minus.filter(keep), all.filter(keep));
        out.push(`  ${name.padEnd(18)} ${rule.padEnd(11)} +alone ${d(cp.delta)} ${cp.better}/${cp.worse}   in-all ${d(cm.delta)} ${cm.better}/${cm.worse}`);
      }
      if (list === rule) {
        plus.forEach((r, k) => {
          const o = off[k]!;
          if (o.lines.join('\n') === r.lines.join('\n')) return;
          const truth = shingles(r.p.truth);
          out.push(`    ${set} ${r.p.id.slice(0, 24)}  F1 ${f1Of(o.score).toFixed(3)} → ${f1Of(r.score).toFixed(3)}`);
          const has = new Set(r.lines);
          const had = new Set(o.lines);
          for (const l of o.lines) if (!has.has(l)) out.push(`      − [${covered(l, truth).toFixed(2)}] ${l.slice(0, 170)}`);
          for (const l of r.lines) if (!had.has(l)) out.push(`      + [${covered(l, truth).toFixed(2)}] ${l.slice(0, 170)}`);
        });
      }
    }
  }
  setRules(new Set(RULES));
  const saveOff = optionValue('save-off', argv);
  if (saveOff) writeFileSync(saveOff, JSON.stringify(offLines));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
