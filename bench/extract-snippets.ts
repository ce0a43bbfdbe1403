/**
 * Non-English extraction set scored on must-have / must-not snippets
 * (tests/data/extract/intl-snippets.json: 10 news pages in es, fr, de, pt, cs, labelled by hand
 * before any extractor ran on them; pages read from the goose3 and mozilla/readability mirrors and
 * skipped with the reason when absent).
 *
 *   npx tsx bench/extract-snippets.ts [--split dev|held|all] [--pages] [--skip id,id]
 *
 * How it scores: texts are tokenised as the zyte word metric does (runs of Unicode letters, digits,
 * underscore; lower-cased here). A snippet is "in" a text when at least half of its word 4-grams occur
 * in the text's 4-grams (a snippet under four words: its whole token run occurs). Pooled over the
 * pages of the split: a must-have snippet in the output is a true positive, missing a false negative;
 * a must-not snippet in the output is a false positive. P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R)
 * (as the trafilatura-style snippet evaluations count). Every snippet must occur in the page's own
 * body text, else the label is reported as broken and the run fails.
 * Split: sorted page ids, even index = dev, odd = held (fixed before any score was read).
 * Parallax = the `cli list` path of bench/extract-eval.ts; Readability = plain Readability.js textContent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { decodeTextBytes } from '../lib/text/normalize.ts';
import { parallax, type EvalPage } from './extract-eval.ts';
import { tokenize } from './extract-metric.ts';
import { optionValue } from './args.ts';

const here = dirname(fileURLToPath(import.meta.url));
const LABELS = resolve(here, '../tests/data/extract/intl-snippets.json');
const GITS: Record<string, string> = {
  goose: process.env.EXTRACT_GOOSE_GIT ?? '/work/.mirror/goose3+goose3/repo',
  readability: process.env.EXTRACT_READABILITY_GIT ?? '/work/.mirror/mozilla+readability/repo',
};

export interface SnippetPage {
  id: string;
  src: string;
  path: string;
  lang: string;
  must: string[];
  not: string[];
}

const grams = (toks: string[]): string[] => {
  if (toks.length < 4) return [toks.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + 4 <= toks.length; i++) out.push(toks.slice(i, i + 4).join(' '));
  return out;
};

/** An index of a text for `contains`: its 4-grams and its whole token string. */
export function snippetIndex(text: string) {
  const toks = tokenize(text.toLowerCase());
  return { set: new Set(grams(toks)), joined: ` ${toks.join(' ')} ` };
}

export function contains(index: ReturnType<typeof snippetIndex>, snippet: string): boolean {
  const toks = tokenize(snippet.toLowerCase());
  if (!toks.length) return false;
  if (toks.length < 4) return index.joined.includes(` ${toks.join(' ')} `);
  const g = grams(toks);
  return g.filter((x) => index.set.has(x)).length >= g.length / 2;
}

export function scoreSnippets(text: string, page: Pick<SnippetPage, 'must' | 'not'>) {
  const ix = snippetIndex(text);
  const tp = page.must.filter((s) => contains(ix, s)).length;
  const fp = page.not.filter((s) => contains(ix, s)).length;
  return { tp, fn: page.must.length - tp, fp, tn: page.not.length - fp };
}

function load(p: SnippetPage): string | null {
  const git = GITS[p.src];
  if (!git || !existsSync(git)) return null;
  return decodeTextBytes(execFileSync('git', ['--git-dir', git, 'show', `HEAD:${p.path}`], { maxBuffer: 1 << 28 })).text;
}

function main(): number {
  const argv = process.argv.slice(2);
  const split = optionValue('split', argv) ?? 'all';
  const skip = new Set((optionValue('skip', argv) ?? '').split(',').filter(Boolean));
  const pages = (JSON.parse(readFileSync(LABELS, 'utf8')) as { pages: SnippetPage[] }).pages;
  const ids = pages.map((p) => p.id).sort();
  const splitOf = (id: string) => (ids.indexOf(id) % 2 === 0 ? 'dev' : 'held');
  const sums: Record<string, Record<string, { tp: number; fn: number; fp: number; tn: number; pages: number }>> = {};
  const lines: string[] = [];
  let broken = 0;
  for (const p of pages) {
    const s = splitOf(p.id);
    if ((split !== 'all' && s !== split) || skip.has(p.id)) continue;
    const html = load(p);
    if (html == null) {
      lines.push(`${p.id}: skipped: no mirror for ${p.src} (${GITS[p.src]})`);
      continue;
    }
    const doc = nodeParseHtml(html);
    for (const el of Array.from(doc.querySelectorAll('script,style,noscript'))) el.remove();
    const whole = snippetIndex(doc.body?.textContent ?? '');
    for (const sn of [...p.must, ...p.not]) {
      if (!contains(whole, sn)) {
        lines.push(`${p.id}: label not on the page: ${sn}`);
        broken++;
      }
    }
    let base = '';
    try {
      base = new Readability(nodeParseHtml(html)).parse()?.textContent ?? '';
    } catch {
      base = '';
    }
    const page: EvalPage = { set: 'intl', id: p.id, html, truth: '', news: true };
    const outs = { Readability: scoreSnippets(base, p), Parallax: scoreSnippets(parallax(page), p) };
    for (const [name, r] of Object.entries(outs)) {
      for (const g of [s, 'all']) {
        const e = ((sums[g] ??= {})[name] ??= { tp: 0, fn: 0, fp: 0, tn: 0, pages: 0 });
        e.tp += r.tp;
        e.fn += r.fn;
        e.fp += r.fp;
        e.tn += r.tn;
        e.pages++;
      }
    }
    if (argv.includes('--pages')) {
      const f = (r: { tp: number; fn: number; fp: number }) => `must ${r.tp}/${r.tp + r.fn} not-kept ${r.fp}`;
      lines.push(`${p.id.padEnd(18)} ${p.lang} ${s.padEnd(4)} Readability ${f(outs.Readability)} · Parallax ${f(outs.Parallax)}`);
    }
  }
  const f3 = (x: number) => x.toFixed(3);
  for (const g of ['dev', 'held', 'all']) {
    for (const [name, e] of Object.entries(sums[g] ?? {})) {
      const P = e.tp / Math.max(1, e.tp + e.fp);
      const R = e.tp / Math.max(1, e.tp + e.fn);
      const F = P + R ? (2 * P * R) / (P + R) : 0;
      lines.push(`${g.padEnd(4)} ${name.padEnd(11)} pages ${e.pages}  must kept ${e.tp}/${e.tp + e.fn}  must-not kept ${e.fp}/${e.fp + e.tn}  P ${f3(P)} R ${f3(R)} F1 ${f3(F)}`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
  return broken ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
