/**
 * What each cleaning rule of lib/text/boilerplate.ts (`cleanBlocks`) gains or costs on each set, on
 * the DEV halves by default: the F1 of Readability + all rules, and the F1 with one rule's removals
 * given back (appended to the page's text: the metric counts 4-grams, so only the few 4-grams across
 * the join move). Reads the per-page cache of bench/extract-blocks-cache.ts.
 *
 *   npx tsx bench/extract-rules.ts [--sets l3s,dragnet,cleaneval,readability,zyte] [--split dev|held]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import { loadCache } from './extract-blocks-cache.ts';
import { metrics, shingleMatch, tokenize } from './extract-metric.ts';
import { optionValue } from './args.ts';

function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string) => optionValue(name, argv);
  const sets = (arg('sets') ?? 'l3s,dragnet,cleaneval,readability,zyte').split(',');
  const split = arg('split') ?? 'dev';
  for (const s of sets) {
    const c = loadCache(s);
    if (!c) {
      process.stdout.write(`${s}: no cache; skipped\n`);
      continue;
    }
    const pages = c.filter((p) => split === 'all' || p.split === split);
    const rows = pages.map((p) => {
      const raw = p.content ? articleRawBlocks(p.content, { title: p.title, byline: p.byline }) : [];
      const r = cleanBlocks(raw);
      return { p, kept: r.blocks.map((b) => b.text).join('\n'), rawText: raw.map((b) => b.text).join('\n'), removed: r.removed };
    });
    const all = metrics(rows.map((r) => shingleMatch(r.p.truth, r.kept)));
    const none = metrics(rows.map((r) => shingleMatch(r.p.truth, r.rawText)));
    const rules = new Map<string, { pages: number; blocks: number; words: number }>();
    for (const r of rows) {
      const seen = new Set<string>();
      for (const x of r.removed) {
        const e = rules.get(x.rule) ?? { pages: 0, blocks: 0, words: 0 };
        if (!seen.has(x.rule)) e.pages++;
        seen.add(x.rule);
        e.blocks++;
        e.words += tokenize(x.text).length;
        rules.set(x.rule, e);
      }
    }
    const lines = [`${s} ${split} (${pages.length} pages): no cleaning ${none.f1.toFixed(4)} · all rules ${all.f1.toFixed(4)} (P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)})`];
    const ranked = [...rules].map(([rule, e]) => {
      const f = metrics(rows.map((r) => shingleMatch(r.p.truth, [r.kept, ...r.removed.filter((x) => x.rule === rule).map((x) => x.text)].join('\n'))));
      return { rule, e, gain: all.f1 - f.f1 };
    });
    ranked.sort((a, b) => a.gain - b.gain);
    for (const { rule, e, gain } of ranked) lines.push(`  ${rule.slice(0, 44).padEnd(44)} pages ${String(e.pages).padStart(4)} blocks ${String(e.blocks).padStart(5)} words ${String(e.words).padStart(6)}  rule's gain ${gain >= 0 ? '+' : ''}${gain.toFixed(4)}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
