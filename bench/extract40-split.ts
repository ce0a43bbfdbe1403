/**
 * extract40 (docs/notes/extract40.md): how often one article is split across Readability's chosen
 * container and its siblings (or an ancestor's other children), what that costs, and what the joins
 * recover — on the DEV halves of the block cache (bench/extract-blocks-cache.ts; Readability is not
 * re-run: its cached article is matched to a fresh parse of the page).
 *
 *   TMPDIR=… nice npx tsx bench/extract40-split.ts [--sets zyte,l3s,readability,cleaneval,wceb] [--held] [--list] [--variants …]
 *
 * Per page: the region is the nearest element holding every visible prose <p> (over 80 characters,
 * link density under 0.25) whose text Readability's article holds. Walking up from it, each level's
 * other children (visible) are read as blocks; a sibling joins the oracle when at least half its word
 * 4-grams are in the page's truth and it lifts the page's F1. Printed per set: F1 of the shipped path (off), the oracle
 * that joins every article sibling up to level k (k = 1, 2, 3, all), the pages the oracle lifts by more
 * than 0.01 (split pages) and their summed loss; then each join variant (bench/extract36-join.ts) with
 * F1, pages better / worse and the 4-grams it adds in the truth / not. `--held` reads the held half
 * (only for the final report, once, after the rule is chosen).
 */
import { nodeParseHtml } from '../cli/node-env.ts';
import { articleRawBlocks, articleRawBlocksOf, articleWithSiblings, bodyOutOfHead } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import type { Block } from '../lib/text/blocks-core.ts';
import { cachedSets } from './extract-blocks-cache.ts';
import { pagesOf } from './extract-eval.ts';
import { f1Of, metrics, shingleMatch, shingles, type TpFpFn } from './extract-metric.ts';
import { joinContainers, type JoinFit } from './extract36-join.ts';
import { hiddenElement } from '../lib/text/blocks-join.ts';
import { optionValue } from './args.ts';

const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'zyte,l3s,readability,cleaneval,wceb').split(',');
const half = argv.includes('--held') ? 'held' : 'dev';
const list = argv.includes('--list');
const show = optionValue('show', argv);
const oracleOn = !argv.includes('--no-oracle');
// name=share[:style]; `lib`: lib/extract.ts articleWithSiblings (the shipped rule)
const variants: Array<[string, JoinFit]> = (optionValue('variants', argv) ?? 'v36=0.5,v36all=1.01,style=1.01:style,style.5=0.5:style')
  .split(',')
  .map((v) => {
    const [name, spec] = v.split('=');
    const [share, style] = spec!.split(':');
    return [name!, { share: Number(share), style: style === 'style' }];
  });
const f = (x: number) => x.toFixed(4);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const LEVELS = [1, 2, 3, 99];

function readEl(el: Element): Block[] {
  const copy = el.cloneNode(true) as Element;
  for (const h of Array.from(copy.querySelectorAll('*'))) if (hiddenElement(h)) h.remove();
  return articleRawBlocksOf(copy);
}

/** The region Readability's prose sits in (as bench/extract36-join.ts finds it, with no trigger). */
function regionOf(doc: Document, article: Element): Element | null {
  const kept = new Set<string>();
  for (const p of Array.from(article.querySelectorAll('p'))) {
    const t = squash(p.textContent);
    if (t.length > 80) kept.add(t);
  }
  let region: Element | null = null;
  for (const p of Array.from(doc.body?.querySelectorAll('p') ?? [])) {
    const t = squash(p.textContent);
    if (!kept.has(t)) continue;
    let hidden = false;
    for (let e: Element | null = p; e && e !== doc.body; e = e.parentElement) if (hiddenElement(e)) hidden = true;
    if (hidden) continue;
    if (!region) region = p;
    else while (!region.contains(p) && region.parentElement) region = region.parentElement;
  }
  return region;
}

interface Row {
  id: string;
  news: boolean;
  off: TpFpFn;
  oracle: TpFpFn[];
  v: Array<{ m: TpFpFn; changed: boolean; addIn: number; addOut: number }>;
}

const wcebNews = new Map<string, boolean>();
for (const [set, cache] of cachedSets(sets, (line) => console.log(line))) {
  const html = new Map<string, string>();
  for (const p of pagesOf(set, (why) => console.log(`${set}: ${why}`)) ?? []) {
    html.set(p.id, p.html);
    if (set === 'wceb') wcebNews.set(p.id, p.news);
  }
  const rows: Row[] = [];
  const t0 = performance.now();
  for (const p of cache.filter((c) => c.split === half && (!show || show.split(',').includes(c.id)))) {
    const ctx = { title: p.title, byline: p.byline };
    const offLines = p.content ? cleanBlocks(articleRawBlocks(p.content, ctx)).blocks.map((b) => b.text) : [];
    const offText = offLines.join('\n');
    const truth = shingles(p.truth);
    const row: Row = { id: p.id, news: set === 'wceb' ? (wcebNews.get(p.id) ?? false) : p.news, off: shingleMatch(p.truth, offText), oracle: LEVELS.map(() => shingleMatch(p.truth, offText)), v: variants.map(() => ({ m: shingleMatch(p.truth, offText), changed: false, addIn: 0, addOut: 0 })) };
    rows.push(row);
    const src = html.get(p.id);
    if (!p.content || !src) continue;
    try {
      const doc = nodeParseHtml(src);
      bodyOutOfHead(doc);
      const article = nodeParseHtml(`<!DOCTYPE html><html><body>${p.content}</body></html>`).body as Element;
      const has = new Set(articleRawBlocks(p.content).map((b) => b.text));
      if (oracleOn) {
        let region = regionOf(doc, article);
        const added: string[][] = LEVELS.map(() => []);
        for (let level = 1; region && region.parentElement && region !== doc.body; level++) {
          const parent: Element = region.parentElement;
          for (const s of Array.from(parent.children)) {
            if (s === region || hiddenElement(s)) continue;
            const lines = cleanBlocks(readEl(s)).blocks.map((b) => b.text).filter((t) => !has.has(t));
            if (!lines.length) continue;
            let inT = 0, all = 0;
            for (const l of lines) for (const g of shingles(l).keys()) (all++, truth.has(g) && inT++);
            if (!all || inT * 2 < all) continue;
            // Greedy: a sibling joins the oracle only when it lifts the page's F1.
            LEVELS.forEach((k, i) => {
              if (level > k) return;
              const now = f1Of(shingleMatch(p.truth, [...offLines, ...added[i]!].join('\n')));
              if (f1Of(shingleMatch(p.truth, [...offLines, ...added[i]!, ...lines].join('\n'))) > now) added[i]!.push(...lines);
            });
          }
          if (parent === doc.body) break;
          region = parent;
        }
        row.oracle = added.map((a) => shingleMatch(p.truth, [...offLines, ...a].join('\n')));
      }
      variants.forEach(([name, fit], i) => {
        let lines: string[];
        if (name === 'lib') {
          // The shipped path (lib/extract.ts articleWithSiblings) on the article parsed back from the cache.
          lines = cleanBlocks(articleWithSiblings(doc, article, ctx)).blocks.map((b) => b.text);
        } else {
          const j = joinContainers(doc, article, fit);
          if (!j) return;
          const before = j.before.flatMap(readEl).filter((b) => !has.has(b.text));
          const after = j.after.flatMap(readEl).filter((b) => !has.has(b.text));
          const raw = [...before, ...(p.content ? articleRawBlocks(p.content) : []), ...after];
          // The title/byline copy drop at the top, as lib/extract.ts does it, over the joined blocks.
          lines = cleanBlocks(dropCopy(raw, ctx)).blocks.map((b) => b.text);
        }
        const text = lines.join('\n');
        if (text === offText) return;
        const base = new Set(offLines);
        let addIn = 0, addOut = 0;
        for (const l of lines) if (!base.has(l)) for (const g of shingles(l).keys()) truth.has(g) ? addIn++ : addOut++;
        row.v[i] = { m: shingleMatch(p.truth, text), changed: true, addIn, addOut };
        if (show) {
          console.log(`--- ${p.id} ${variants[i]![0]}: added lines [share of 4-grams in truth]`);
          for (const l of lines) if (!base.has(l)) {
            const g = [...shingles(l).keys()];
            console.log(`  [${g.length ? (g.filter((x) => truth.has(x)).length / g.length).toFixed(2) : '-'}] ${l.slice(0, 150)}`);
          }
        }
      });
    } catch (e) {
      process.stderr.write(`${set} ${p.id}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  const groups: Array<[string, Row[]]> = [[`${set} ${half}`, rows]];
  if (set === 'wceb') groups.push([`${set}·article ${half}`, rows.filter((r) => r.news)]);
  if (set === 'readability') groups.push([`${set}·news ${half}`, rows.filter((r) => r.news)]);
  for (const [g, rs] of groups) {
    const m0 = metrics(rs.map((r) => r.off));
    console.log(`${g} (${rs.length}): off ${f(m0.f1)} (P ${f(m0.precision)} R ${f(m0.recall)})`);
    if (oracleOn) {
      const parts = LEVELS.map((k, i) => `≤${k === 99 ? 'all' : k} ${f(metrics(rs.map((r) => r.oracle[i]!)).f1)}`);
      const split = rs.filter((r) => f1Of(r.oracle[3]!) > f1Of(r.off) + 0.01);
      const loss = split.reduce((a, r) => a + f1Of(r.oracle[3]!) - f1Of(r.off), 0);
      console.log(`   oracle join ${parts.join('  ')}; split pages ${split.length} (summed page-F1 loss ${loss.toFixed(2)})`);
      if (list) for (const r of split) console.log(`      split ${r.id} ${f(f1Of(r.off))} → ${f(f1Of(r.oracle[3]!))} (≤1 ${f(f1Of(r.oracle[0]!))})`);
    }
    variants.forEach(([name], i) => {
      const m = metrics(rs.map((r) => r.v[i]!.m));
      let better = 0, worse = 0, addIn = 0, addOut = 0, changed = 0;
      for (const r of rs) {
        const v = r.v[i]!;
        if (!v.changed) continue;
        changed++;
        const d = f1Of(v.m) - f1Of(r.off);
        if (d > 1e-9) better++;
        else if (d < -1e-9) worse++;
        addIn += v.addIn;
        addOut += v.addOut;
      }
      console.log(`   ${name.padEnd(8)} ${f(m.f1)} (${m.f1 - m0.f1 >= 0 ? '+' : ''}${(m.f1 - m0.f1).toFixed(5)}; P ${f(m.precision)} R ${f(m.recall)}) changed ${changed} (${better} better, ${worse} worse), added 4-grams in truth ${addIn}, not ${addOut}`);
      if (list) for (const r of rs) if (r.v[i]!.changed) console.log(`      ${name} ${r.id} ${f(f1Of(r.off))} → ${f(f1Of(r.v[i]!.m))}`);
    });
  }
  console.log(`${set}: ${rows.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

function dropCopy(raw: Block[], ctx: { title?: string | null; byline?: string | null }): Block[] {
  const same = (a: string, b: string | null | undefined) => !!b && a.toLowerCase() === b.toLowerCase();
  const out = raw.slice();
  while (out.length && (same(out[0]!.text, ctx.title) || same(out[0]!.text, ctx.byline) || same(out[0]!.text, `By ${ctx.byline ?? ''}`))) out.shift();
  return out;
}
