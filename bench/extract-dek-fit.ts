/**
 * A dek rule tried on top of the product's extraction (docs/notes/extract11.md §2), at several gaps in
 * one pass. The rule adds one paragraph in front of the article: the page's dek (standfirst,
 * subtitle) when Readability's container left it out. Candidates:
 * - meta:  the page's description (og:description / description / twitter:description, as
 *          lib/extract.ts readMetadata reads it) when it is a sentence (ends . ! ? … or a closing
 *          quote or bracket) of ≥ --min-words words;
 * - class: the first element whose class/id words (split on space, - and _) name a dek (dek, deck,
 *          standfirst, subtitle, subhead, strapline, summary, intro, lede, teaser, excerpt,
 *          description, abstract, sapo, chapo) or with itemprop description/alternativeHeadline,
 *          with ≤ 3 child elements and ≥ --min-words words (≤ 80);
 * and in both cases only when the candidate is not already in the output (its first 60 letters and
 * digits), sits in the page's text before the first output paragraph, after the headline when the
 * headline is found, and at most `gap` letters and digits before the first paragraph. Positions are
 * found in the page's body text reduced to lower-case letters and digits (one string search each).
 * The rule runs here, after `parallax` (bench/extract-eval.ts): no product code changes, so the
 * "none" column is the product as it is. Zyte word metric per set; the half is chosen with --split
 * (dev by default: the held halves are read once, at the end).
 *
 *   npx tsx bench/extract-dek-fit.ts [--sets …] [--split dev|held] [--gaps 0,100,400,1600] [--min-words 8] [--show]
 */
import { nodeParseHtml } from '../cli/node-env.ts';
import { readMetadata } from '../lib/extract.ts';
import { normalizeInline } from '../lib/text/normalize.ts';
import { optionValue } from './args.ts';
import { pagesOf, parallax, splitOf } from './extract-eval.ts';
import { metrics, shingleMatch, type TpFpFn } from './extract-metric.ts';

const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'zyte,readability,l3s,cleaneval,dragnet,big9,chaos').split(',');
const split = optionValue('split', argv) ?? 'dev';
const gaps = (optionValue('gaps', argv) ?? '0,50,100,200,400,800,1600,100000').split(',').map(Number);
const minWords = Number(optionValue('min-words', argv) ?? 8);
const show = argv.includes('--show');

const keyOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const PLACE = 60;
const DEK_WORDS = /^(dek|deck|standfirst|subtitle|subhead|subheadline|strapline|summary|intro|lede|teaser|excerpt|description|abstract|sapo|chapo)$/i;

/** Where a candidate sits: letters and digits between its end and the first paragraph, or null when it does not qualify. */
function placed(cand: string, page: string, head: string, lines: string[]): number | null {
  const key = keyOf(cand);
  if (key.length < 20 || !lines.length) return null;
  if (keyOf(lines.join(' ')).includes(key.slice(0, PLACE))) return null;
  const first = page.indexOf(keyOf(lines[0]!).slice(0, PLACE));
  if (first < 0) return null;
  const at = page.lastIndexOf(key, first);
  if (at < 0 || at + key.length > first) return null;
  if (head && page.indexOf(head) >= 0 && page.lastIndexOf(head, at) < 0) return null;
  return first - (at + key.length);
}

function metaDek(desc: string | null): string | null {
  if (!desc) return null;
  const d = normalizeInline(desc).text;
  return d.split(' ').length >= minWords && /[.!?…"”'’)]$/.test(d) ? d : null;
}

function classDeks(doc: Document): string[] {
  const out: string[] = [];
  const els = Array.from(doc.body?.querySelectorAll('[class],[id],[itemprop]') ?? []).slice(0, 20000);
  for (const el of els) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/[\s_-]+/).filter(Boolean);
    const ip = el.getAttribute('itemprop') ?? '';
    if (!words.some((w) => DEK_WORDS.test(w)) && !/\b(description|alternativeHeadline)\b/.test(ip)) continue;
    if (el.children.length > 3) continue;
    const t = normalizeInline(el.textContent ?? '').text;
    const n = t.split(' ').length;
    if (n >= minWords && n <= 80) out.push(t);
  }
  return out;
}

const f = (x: number) => x.toFixed(4);
const SOURCES = ['meta', 'class', 'either'] as const;
type Source = (typeof SOURCES)[number];
const means: Record<Source, number[][]> = { meta: gaps.map(() => []), class: gaps.map(() => []), either: gaps.map(() => []) };
const noneMeans: number[] = [];
const table: string[] = [];
for (const name of sets) {
  const pages = pagesOf(name, (why) => console.log(`${name} skipped: ${why}`));
  if (!pages) continue;
  const sp = splitOf(pages);
  const rows = pages.filter((p) => split === 'all' || sp.get(p.id) === split);
  const per: Array<{ none: TpFpFn; with: Record<Source, { r: TpFpFn; gap: number } | null> }> = [];
  const added: Record<Source, number> = { meta: 0, class: 0, either: 0 };
  for (const p of rows) {
    const out = parallax(p);
    const lines = out.split('\n').filter(Boolean);
    const doc = nodeParseHtml(p.html);
    const meta = readMetadata(doc, '');
    const page = keyOf(doc.body?.textContent ?? '');
    const head = meta.title ? keyOf(meta.title) : '';
    const one = (cand: string | null) => {
      if (!cand) return null;
      const gap = placed(cand, page, head, lines);
      return gap === null ? null : { r: shingleMatch(p.truth, `${cand}\n${out}`), gap, cand };
    };
    const m = one(metaDek(meta.description));
    let c: ReturnType<typeof one> = null;
    for (const cand of classDeks(doc)) if ((c = one(cand))) break;
    const w = { meta: m, class: c, either: m ?? c };
    for (const s of SOURCES) if (w[s]) added[s]++;
    if (show) for (const s of ['meta', 'class'] as const) if (w[s]) console.log(`  ${name}/${p.id} ${s} gap ${w[s]!.gap}: ${w[s]!.cand.slice(0, 120)}`);
    per.push({ none: shingleMatch(p.truth, out), with: w });
  }
  const none = metrics(per.map((r) => r.none));
  noneMeans.push(none.f1);
  table.push(`${name} (${rows.length} pages)  none ${f(none.f1)} (${f(none.precision)}/${f(none.recall)})`);
  for (const s of SOURCES) {
    const cells = gaps.map((g, k) => {
      const mm = metrics(per.map((r) => (r.with[s] && r.with[s]!.gap <= g ? r.with[s]!.r : r.none)));
      means[s][k]!.push(mm.f1);
      return `${f(mm.f1)} (${f(mm.precision).slice(1)}/${f(mm.recall).slice(1)})`;
    });
    table.push(`  ${s.padEnd(7)} added ${String(added[s]).padStart(3)}  ${cells.map((x) => x.padStart(22)).join(' ')}`);
  }
  console.log(table.slice(-4).join('\n'));
}
console.log(`\ngaps: ${gaps.join(', ')}\n${table.join('\n')}`);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`mean over sets: none ${f(avg(noneMeans))}`);
for (const s of SOURCES) console.log(`  ${s.padEnd(7)} ${means[s].map((m) => f(avg(m)).padStart(22)).join(' ')}`);
