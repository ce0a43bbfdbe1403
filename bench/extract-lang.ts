/**
 * How many pages of each extraction test set are not in English, and how plain Readability.js and
 * Parallax score on those pages (the zyte word metric, bench/extract-metric.ts; Parallax = the `cli
 * list` path of bench/extract-eval.ts). The language is lib/text/language.ts's guess on the page's
 * truth text (on the page's body text when the truth has none); "?" = no clear guess (short test
 * fixtures, empty truth): counted, not scored.
 *
 *   npx tsx bench/extract-lang.ts [--sets zyte,readability,l3s,dragnet,cleaneval,cleanportal,newspaper] [--unwrap]
 *                                 [--json out.json]
 *
 * Scores are given per set for the non-English pages, by the set's own dev/held split (id parity),
 * and per page (`--pages`).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { detectLanguage } from '../lib/text/language.ts';
import { pagesOf, parallax, setUnwrap, splitOf, type EvalPage } from './extract-eval.ts';
import { f1Of, metrics, shingleMatch, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';

function readabilityText(p: EvalPage): string {
  try {
    return new Readability(nodeParseHtml(p.html)).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function langOf(p: EvalPage): string {
  const t = p.truth.trim() || (nodeParseHtml(p.html).body?.textContent ?? '');
  return detectLanguage(t) ?? '?';
}

function main(): number {
  const argv = process.argv.slice(2);
  const sets = (optionValue('sets', argv) ?? 'zyte,readability,l3s,dragnet,cleaneval,cleanportal,newspaper').split(',');
  setUnwrap(argv.includes('--unwrap'));
  const showPages = argv.includes('--pages');
  const out: string[] = [];
  const json: Record<string, unknown> = {};
  const f = (x: number) => x.toFixed(3);
  for (const name of sets) {
    const pages = pagesOf(name, (why) => out.push(`${name}: skipped: ${why}`));
    if (!pages) continue;
    const split = splitOf(pages);
    const langs = new Map<string, number>();
    const foreign: Array<{ p: EvalPage; lang: string; split: string; base: TpFpFn; ours: TpFpFn }> = [];
    for (const p of pages) {
      const lang = langOf(p);
      langs.set(lang, (langs.get(lang) ?? 0) + 1);
      if (lang === 'en' || lang === '?') continue;
      foreign.push({ p, lang, split: split.get(p.id)!, base: shingleMatch(p.truth, readabilityText(p)), ours: shingleMatch(p.truth, parallax(p)) });
    }
    const counts = [...langs].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ');
    out.push(`${name}: ${pages.length} pages; ${pages.length - (langs.get('en') ?? 0) - (langs.get('?') ?? 0)} not English (${counts})`);
    for (const g of ['dev', 'held', 'all']) {
      const rs = foreign.filter((r) => g === 'all' || r.split === g);
      if (!rs.length) continue;
      const b = metrics(rs.map((r) => r.base));
      const o = metrics(rs.map((r) => r.ours));
      out.push(`  non-English ${g.padEnd(4)} ${String(rs.length).padStart(3)} pages  Readability ${f(b.f1)} (P ${f(b.precision)} R ${f(b.recall)})  Parallax ${f(o.f1)} (P ${f(o.precision)} R ${f(o.recall)})`);
      json[`${name}/${g}`] = { pages: rs.length, readability: b, parallax: o };
    }
    if (showPages) for (const r of foreign) out.push(`    ${r.p.id.padEnd(24)} ${r.lang.padEnd(3)} ${r.split.padEnd(4)} Readability ${f(f1Of(r.base))}  Parallax ${f(f1Of(r.ours))}`);
    json[`${name}/langs`] = Object.fromEntries(langs);
    process.stderr.write(out.at(-1) + '\n');
  }
  process.stdout.write(out.join('\n') + '\n');
  const jsonOut = optionValue('json', argv);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(json, null, 2));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
