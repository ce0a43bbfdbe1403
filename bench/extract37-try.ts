/**
 * The cleaning of this working tree against a saved run, on the DEV halves of the block cache
 * (bench/extract-blocks-cache.ts): Readability's cached article → lib/extract.ts articleRawBlocks →
 * lib/text/boilerplate.ts cleanBlocks, scored with the zyte word metric (docs/notes/extract37.md).
 * Held-out pages are never read (the cache may hold them; they are skipped).
 *
 *   npx tsx bench/extract37-try.ts --sets zyte,l3s,readability,wceb --save /tmp/x/main.json   (on main)
 *   npx tsx bench/extract37-try.ts --sets zyte,l3s,readability,wceb --against /tmp/x/main.json [--list] [--causes]
 *
 * The lib change it measured was not shipped (docs/notes/extract37.md); it is commit d25d1b8 of branch
 * extract37: run the second line in a worktree of that commit (`git worktree add /tmp/x37 d25d1b8`).
 * On a tree without `finishBlocks` in lib/extract.ts the cleaned blocks are taken as they are.
 *
 * Prints per set (and for wceb its article/blog pages, for readability its news pages) F1, P, R of the
 * saved run and of this tree, the pages better / worse, and with --list every line this tree removed
 * or added on a changed page, marked with the share of its word 4-grams that are in the page's truth.
 * With --causes: the words this tree removed against the saved run by the rule that removed them
 * (truth / not truth: a line is truth when half its 4-grams are), and the non-truth words still kept,
 * by place (first two lines, last three, between) and shape (under ten words, or longer).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as extract from '../lib/extract.ts';
import { articleRawBlocks } from '../lib/extract.ts';
import * as boilerplate from '../lib/text/boilerplate.ts';
import { cachedSets } from './extract-blocks-cache.ts';
import { covered, f1Of, metrics, shingleMatch, shingles, tokenize } from './extract-metric.ts';
import { optionValue } from './args.ts';

type Saved = Record<string, string[]>;
/** Main before extract37 had no step after the cleaning. */
const noFinish = <T,>(blocks: T[], _ctx: { title?: string | null; byline?: string | null }): T[] => blocks;

/** `wceb`: the page-type label of each wceb page (article/blog = true); the block cache does not keep it. */
function main(wcebNews: Map<string, boolean>): number {
  const argv = process.argv.slice(2);
  const sets = (optionValue('sets', argv) ?? 'zyte,l3s,readability,wceb').split(',');
  const save = optionValue('save', argv);
  const against = optionValue('against', argv);
  const list = argv.includes('--list');
  const causes = argv.includes('--causes');
  const before: Saved = against && existsSync(against) ? JSON.parse(readFileSync(against, 'utf8')) : {};
  const now: Saved = {};
  const out: string[] = [];
  for (const [set, cache] of cachedSets(sets, (line) => out.push(line))) {
    const pages = cache.filter((p) => p.split === 'dev');
    const rows = pages.map((p) => {
      // As lib/extract.ts runs it: the cleaning, then (where this tree has it) finishBlocks.
      const clean = p.content ? boilerplate.cleanBlocks(articleRawBlocks(p.content, { title: p.title, byline: p.byline })) : { blocks: [], removed: [] };
      const cleaned = clean.blocks;
      const rule = new Map(clean.removed.map((r) => [r.text, r.rule]));
      const finish = (extract as { finishBlocks?: typeof noFinish }).finishBlocks ?? noFinish;
      const lines = finish(cleaned, { title: p.title, byline: p.byline }).map((b) => b.text);
      const key = `${set}/${p.id}`;
      now[key] = lines;
      const old = before[key];
      const news = set === 'wceb' ? (wcebNews.get(p.id) ?? false) : p.news;
      return { p, lines, old, news, rule, a: old ? shingleMatch(p.truth, old.join('\n')) : null, b: shingleMatch(p.truth, lines.join('\n')) };
    });
    const groups: Array<[string, typeof rows]> = [[set, rows]];
    if (set === 'wceb' || set === 'readability') groups.push([`${set}·${set === 'wceb' ? 'article' : 'news'}`, rows.filter((r) => r.news)]);
    for (const [name, rs] of groups) {
      const b = metrics(rs.map((r) => r.b));
      const f = (x: number) => x.toFixed(4);
      if (rs.every((r) => r.a)) {
        const a = metrics(rs.map((r) => r.a!));
        const better = rs.filter((r) => f1Of(r.b) > f1Of(r.a!) + 1e-9).length;
        const worse = rs.filter((r) => f1Of(r.b) < f1Of(r.a!) - 1e-9).length;
        out.push(`${name.padEnd(18)} dev ${String(rs.length).padStart(4)}  saved ${f(a.f1)} (P ${f(a.precision)} R ${f(a.recall)})  now ${f(b.f1)} (P ${f(b.precision)} R ${f(b.recall)})  ${b.f1 - a.f1 >= 0 ? '+' : ''}${(b.f1 - a.f1).toFixed(5)}  pages ${better} better / ${worse} worse`);
      } else out.push(`${name.padEnd(18)} dev ${String(rs.length).padStart(4)}  now ${f(b.f1)} (P ${f(b.precision)} R ${f(b.recall)})`);
    }
    if (causes) {
      const by = new Map<string, [number, number]>();
      // A line of under four words is truth when its word run occurs in the truth (it has no 4-gram).
      let words = '';
      const inTruth = (line: string, truth: Map<string, number>) => {
        const t = tokenize(line);
        return t.length < 4 ? ` ${words} `.includes(` ${t.join(' ')} `) : covered(line, truth) >= 0.5;
      };
      const count = (k: string, line: string, truth: Map<string, number>) => {
        const c = by.get(k) ?? [0, 0];
        c[inTruth(line, truth) ? 0 : 1] += tokenize(line).length;
        by.set(k, c);
      };
      for (const r of rows) {
        const truth = shingles(r.p.truth);
        words = tokenize(r.p.truth).join(' ');
        const has = new Set(r.lines);
        for (const l of r.old ?? []) if (!has.has(l)) count(`removed · ${r.rule.get(l) ?? "title copy / author's note"}`, l, truth);
        r.lines.forEach((l, k) => {
          if (inTruth(l, truth)) return;
          const place = k < 2 ? 'top' : k >= r.lines.length - 3 ? 'bottom' : 'middle';
          count(`kept · ${place} · ${tokenize(l).length < 10 ? 'short line' : 'prose-length'}`, l, truth);
        });
      }
      out.push(`  ${set} dev: words [truth, not truth]`);
      for (const [k, [a, b]] of [...by].sort()) if (!k.startsWith('kept') || b) out.push(`    ${k.padEnd(40)} ${String(a).padStart(6)} ${String(b).padStart(6)}`);
    }
    if (list) {
      for (const r of rows) {
        if (!r.old || r.old.join('\n') === r.lines.join('\n')) continue;
        const truth = shingles(r.p.truth);
        out.push(`  ${set} ${r.p.id.slice(0, 16)}  F1 ${f1Of(r.a!).toFixed(3)} → ${f1Of(r.b).toFixed(3)}`);
        const has = new Set(r.lines);
        const had = new Set(r.old);
        for (const l of r.old) if (!has.has(l)) out.push(`    − [${covered(l, truth).toFixed(2)}] ${l.slice(0, 160)}`);
        for (const l of r.lines) if (!had.has(l)) out.push(`    + [${covered(l, truth).toFixed(2)}] ${l.slice(0, 160)}`);
      }
    }
  }
  if (save) writeFileSync(save, JSON.stringify(now));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wcebNews = new Map<string, boolean>();
  if ((optionValue('sets', process.argv.slice(2)) ?? 'zyte,l3s,readability,wceb').split(',').includes('wceb')) {
    const { pagesOf } = await import('./extract-eval.ts');
    for (const p of pagesOf('wceb', () => {}) ?? []) wcebNews.set(p.id, p.news);
  }
  process.exitCode = main(wcebNews);
}
