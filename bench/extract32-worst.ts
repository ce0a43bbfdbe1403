/**
 * The worst pages of a set's DEV half by loss, with the loss split by cause (docs/notes/extract32.md):
 * what Readability chose (its container's raw blocks against the truth) and what the cleaning did
 * (the cleaned blocks against the truth). Reads the per-page cache of bench/extract-blocks-cache.ts.
 *
 *   npx tsx bench/extract32-worst.ts [--set wceb] [--top 40] [--kind article] [--page ID]
 *
 * Per page: loss = (1 − P) + (1 − R) of the cleaned text (what the page costs the half's mean P and R),
 * split into
 * - container recall: truth 4-grams Readability's container lacks (1 − raw recall);
 * - cleaning recall: truth 4-grams the cleaning removed (raw recall − cleaned recall);
 * - container boilerplate: non-truth 4-grams the cleaning kept (1 − cleaned precision).
 * Each page is given the cause that is the largest of the three; counts and summed loss per cause and
 * page type are printed. `--page ID` prints that page's cleaned blocks, each marked with its share of
 * truth 4-grams, and the blocks the cleaning removed with the rule that removed them.
 */
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks, type CleanResult } from '../lib/text/boilerplate.ts';
import type { Block } from '../lib/text/html.ts';
import { loadCache, type CachedPage } from './extract-blocks-cache.ts';
import { covered, f1Of, precisionOf, recallOf, shingleMatch, shingles, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';

const argv = process.argv.slice(2);
const set = optionValue('set', argv) ?? 'wceb';
const top = Number(optionValue('top', argv) ?? 40);
const kindOnly = optionValue('kind', argv);
const onePage = optionValue('page', argv);
const cache = loadCache(set);
if (!cache) throw new Error(`no cache for ${set}: nice npx tsx bench/extract-blocks-cache.ts --sets ${set} --split dev`);
const isArticle = (k: string | undefined) => k === 'article' || k === 'blog';
const kindOf = new Map<string, string>();
// The cache does not keep the page-type label: read it from the set's loader only when asked.
if (set === 'wceb') {
  const { pagesOf } = await import('./extract-eval.ts');
  for (const p of pagesOf('wceb', () => {}) ?? []) kindOf.set(p.id, p.kind ?? '');
}
const f = (x: number) => x.toFixed(3);
interface Row {
  p: CachedPage;
  kind: string;
  raw: Block[];
  cleaned: CleanResult;
  rawM: TpFpFn;
  ours: TpFpFn;
  base: TpFpFn;
  causes: Array<[string, number]>;
  loss: number;
  cause: string;
}
const rows: Row[] = [];
for (const p of cache) {
  if (p.split !== 'dev') continue;
  if (onePage && p.id !== onePage) continue;
  const kind = kindOf.get(p.id) ?? (p.news ? 'news' : '');
  if (kindOnly && !(kindOnly === 'article' ? isArticle(kind) : kind === kindOnly)) continue;
  const raw = p.content ? articleRawBlocks(p.content, { title: p.title, byline: p.byline }) : [];
  const cleaned = cleanBlocks(raw);
  const rawM = shingleMatch(p.truth, raw.map((b) => b.text).join('\n'));
  const ours = shingleMatch(p.truth, cleaned.blocks.map((b) => b.text).join('\n'));
  const base = shingleMatch(p.truth, p.base);
  const causes: Array<[string, number]> = [
    ['container recall', 1 - recallOf(rawM)],
    ['cleaning recall', Math.max(0, recallOf(rawM) - recallOf(ours))],
    ['container boilerplate', 1 - precisionOf(ours)],
  ];
  const loss = 1 - precisionOf(ours) + (1 - recallOf(ours));
  const cause = causes.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  rows.push({ p, kind, raw, cleaned, rawM, ours, base, causes, loss, cause });
}
rows.sort((a, b) => b.loss - a.loss);
const by = new Map<string, { n: number; loss: number }>();
for (const r of rows) {
  for (const k of [`${r.cause} · all`, `${r.cause} · ${isArticle(r.kind) ? 'article/blog' : 'other'}`]) {
    const e = by.get(k) ?? { n: 0, loss: 0 };
    e.n++;
    e.loss += r.loss;
    by.set(k, e);
  }
}
const total = rows.reduce((a, r) => a + r.loss, 0);
console.log(`${set} dev: ${rows.length} pages, summed loss ${total.toFixed(1)} (mean ${(total / Math.max(1, rows.length)).toFixed(3)})`);
for (const [k, e] of [...by.entries()].sort((a, b) => b[1].loss - a[1].loss)) console.log(`  ${k.padEnd(40)} ${String(e.n).padStart(4)} pages  loss ${e.loss.toFixed(1)}`);
const cSum = (i: number, art?: boolean) => rows.filter((r) => art === undefined || isArticle(r.kind) === art).reduce((a, r) => a + r.causes[i]![1], 0);
console.log(`  summed by part (all / article-blog): container recall ${cSum(0).toFixed(1)} / ${cSum(0, true).toFixed(1)}, cleaning recall ${cSum(1).toFixed(1)} / ${cSum(1, true).toFixed(1)}, boilerplate kept ${cSum(2).toFixed(1)} / ${cSum(2, true).toFixed(1)}`);
for (const r of rows.slice(0, top)) {
  console.log(
    `${r.p.id} ${r.kind.padEnd(13)} loss ${f(r.loss)} ours ${f(f1Of(r.ours))} (P ${f(precisionOf(r.ours))} R ${f(recallOf(r.ours))}) raw R ${f(recallOf(r.rawM))} P ${f(precisionOf(r.rawM))} base ${f(f1Of(r.base))} · ${r.cause} · blocks ${r.raw.length}→${r.cleaned.blocks.length}`,
  );
}
if (onePage && rows[0]) {
  const r = rows[0];
  const truth = shingles(r.p.truth);
  console.log('--- kept (share of 4-grams in truth)');
  for (const b of r.cleaned.blocks) console.log(`${f(covered(b.text, truth))} ${b.tag} ${b.text.slice(0, 160)}`);
  console.log('--- removed');
  for (const x of r.cleaned.removed) console.log(`${f(covered(x.text, truth))} [${x.rule}] ${x.text.slice(0, 160)}`);
}
