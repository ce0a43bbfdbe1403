/**
 * Snippet-style scoring built from a set's truth text, for sets that have no hand-made snippets
 * (the trafilatura-style evaluation labels each page with a few sentences that must be in the
 * extraction and a few page texts that must not). Here the labels are derived mechanically, the same
 * way for every page and every extractor, before any extractor runs:
 *
 * - must-have: sentences of the truth (Intl.Segmenter, inside truth lines of ≥ 10 words that end
 *   like a sentence, so not a headline, subheading or byline line), each of ≥ 6 words and present in the page's own body text; the first,
 *   the middle and the last of them (at most MUST per page).
 * - must-not: text blocks of the page's body (the text directly under one block element: p, div, li,
 *   td, h1–h6 …; script, style, noscript, template dropped) of ≥ 4 words none of whose word 4-grams
 *   is in the truth, ranked by their distance in document order to the nearest truth block (a block
 *   with at least half of its 4-grams in the truth): the NOT nearest. So the must-not snippets are the
 *   hard ones next to the article (bylines the truth leaves out, captions, share lines, related links,
 *   comments, footers), not the far navigation every extractor drops.
 *
 * Scored as bench/extract-snippets.ts scores (zyte word tokens lower-cased; a snippet is in an
 * output when at least half of its 4-grams are), pooled over the pages of a split: must-have present
 * = TP, absent = FN, must-not present = FP; P, R, F1. Also printed: the zyte word metric on the whole
 * truth (bench/extract-metric.ts) for the same pages.
 *
 *   npx tsx bench/extract-autosnippets.ts [--sets big9,chaos] [--split dev|held|all] [--unwrap]
 *                                         [--json out.json]
 *
 * Split: bench/extract-eval.ts's id parity (even = dev, odd = held). Pages whose truth gives no
 * must-have snippet are left out of the snippet score (counted in the output).
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeParseHtml } from '../cli/node-env.ts';
import { baseline, pagesOf, parallax, setUnwrap, splitOf, type EvalPage } from './extract-eval.ts';
import { metrics, shingleMatch, tokenize, type TpFpFn } from './extract-metric.ts';
import { contains, snippetIndex } from './extract-snippets.ts';
import { optionValue } from './args.ts';

export const MUST = 3;
export const NOT = 3;

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL BR'.split(' '),
);
const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'HEAD']);

/** The page's text blocks in document order: runs of text between block boundaries. */
export function pageBlocks(html: string): string[] {
  const doc = nodeParseHtml(html);
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    const t = cur.join('').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    cur = [];
  };
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) cur.push(c.textContent ?? '');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (DROP.has(tag)) continue;
        if (BLOCK.has(tag)) {
          flush();
          walk(c);
          flush();
        } else walk(c);
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return out;
}

const grams4 = (toks: string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 4 <= toks.length; i++) out.push(toks.slice(i, i + 4).join(' '));
  return out;
};

export interface AutoSnippets {
  must: string[];
  not: string[];
}

/** Must-have and must-not snippets of one page, from its truth (see the header). */
export function autoSnippets(html: string, truth: string): AutoSnippets {
  const blocks = pageBlocks(html);
  const pageIx = snippetIndex(blocks.join('\n'));
  const truthGrams = new Set(grams4(tokenize(truth.toLowerCase())));
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences: string[] = [];
  for (const line of truth.split(/\n/)) {
    // A line that does not end like a sentence is a headline, a subheading or a byline (the Utomo
    // sets' truth opens with the headline, which neither extractor returns as text).
    if (tokenize(line).length < 10 || !/[.!?…]["'”’»)\]]*\s*$/.test(line)) continue;
    for (const { segment } of seg.segment(line)) {
      const s = segment.trim();
      if (tokenize(s).length >= 6 && contains(pageIx, s)) sentences.push(s);
    }
  }
  const must: string[] = [];
  if (sentences.length) {
    for (const k of [0, Math.floor((sentences.length - 1) / 2), sentences.length - 1]) {
      if (!must.includes(sentences[k]!) && must.length < MUST) must.push(sentences[k]!);
    }
  }
  const share = blocks.map((b) => {
    const g = grams4(tokenize(b.toLowerCase()));
    return g.length ? g.filter((x) => truthGrams.has(x)).length / g.length : -1;
  });
  const inTruth = share.map((s) => s >= 0.5);
  const truthIdx = inTruth.flatMap((t, i) => (t ? [i] : []));
  const candidates: Array<{ i: number; d: number }> = [];
  if (truthIdx.length) {
    const seen = new Set<string>();
    blocks.forEach((b, i) => {
      if (share[i] !== 0) return;
      const key = tokenize(b.toLowerCase()).join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      let d = Infinity;
      for (const j of truthIdx) d = Math.min(d, Math.abs(i - j));
      candidates.push({ i, d });
    });
  }
  candidates.sort((a, b) => a.d - b.d || a.i - b.i);
  const not = candidates.slice(0, NOT).map(({ i }) => blocks[i]!);
  return { must, not };
}

interface Pool {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  pages: number;
}
const pool = (): Pool => ({ tp: 0, fn: 0, fp: 0, tn: 0, pages: 0 });
export const snippetF1 = (e: Pool) => {
  const P = e.tp / Math.max(1, e.tp + e.fp);
  const R = e.tp / Math.max(1, e.tp + e.fn);
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
};

function main(): number {
  const argv = process.argv.slice(2);
  const sets = (optionValue('sets', argv) ?? 'big9,chaos').split(',');
  const split = optionValue('split', argv) ?? 'all';
  setUnwrap(argv.includes('--unwrap'));
  const cacheDir = join(tmpdir(), 'parallax-extract-eval');
  mkdirSync(cacheDir, { recursive: true });
  const baseFile = join(cacheDir, 'readability-baseline.json');
  const baseCache: Record<string, string> = existsSync(baseFile) ? JSON.parse(readFileSync(baseFile, 'utf8')) : {};
  const f3 = (x: number) => x.toFixed(3);
  const lines: string[] = [];
  const json: Record<string, unknown> = {};
  for (const name of sets) {
    const pages = pagesOf(name, (why) => lines.push(`${name} skipped: ${why}`));
    if (!pages) continue;
    const splits = splitOf(pages);
    const groups: Record<string, { snip: Record<string, Pool>; word: Record<string, TpFpFn[]>; noMust: number; nots: number }> = {};
    for (const page of pages as EvalPage[]) {
      const s = splits.get(page.id)!;
      if (split !== 'all' && s !== split) continue;
      const labels = autoSnippets(page.html, page.truth);
      const outs = { Readability: baseline(page, baseCache), Parallax: parallax(page) };
      for (const g of [s, 'all']) {
        const e = (groups[g] ??= { snip: {}, word: {}, noMust: 0, nots: 0 });
        if (!labels.must.length) e.noMust++;
        e.nots += labels.not.length;
        for (const [ex, text] of Object.entries(outs)) {
          (e.word[ex] ??= []).push(shingleMatch(page.truth, text));
          if (!labels.must.length) continue;
          const ix = snippetIndex(text);
          const tp = labels.must.filter((x) => contains(ix, x)).length;
          const fp = labels.not.filter((x) => contains(ix, x)).length;
          const p = (e.snip[ex] ??= pool());
          p.tp += tp;
          p.fn += labels.must.length - tp;
          p.fp += fp;
          p.tn += labels.not.length - fp;
          p.pages++;
        }
      }
    }
    for (const g of ['dev', 'held', 'all']) {
      const e = groups[g];
      if (!e) continue;
      for (const ex of Object.keys(e.snip)) {
        const p = e.snip[ex]!;
        const { P, R, F1 } = snippetF1(p);
        const w = metrics(e.word[ex]!);
        lines.push(
          `${name.padEnd(7)} ${g.padEnd(4)} ${ex.padEnd(11)} pages ${String(p.pages).padStart(3)} (+${e.noMust} without must-have)  ` +
            `snippets: must kept ${p.tp}/${p.tp + p.fn} must-not kept ${p.fp}/${p.fp + p.tn}  P ${f3(P)} R ${f3(R)} F1 ${f3(F1)}  ·  word F1 ${f3(w.f1)} (P ${f3(w.precision)} R ${f3(w.recall)})`,
        );
        json[`${name}/${g}/${ex}`] = { snippets: { ...p, P, R, F1 }, word: w };
      }
    }
    process.stderr.write(lines.join('\n') + '\n');
  }
  writeFileSync(baseFile, JSON.stringify(baseCache));
  process.stdout.write(lines.join('\n') + '\n');
  const out = optionValue('json', argv);
  if (out) writeFileSync(out, JSON.stringify(json, null, 2));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
