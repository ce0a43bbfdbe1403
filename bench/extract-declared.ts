/**
 * Fit and check of the declared-body rule (lib/extract.ts pruneByDeclaredBody) on the pages that
 * declare a JSON-LD articleBody, from every set bench/extract-eval.ts reads (only zyte and the
 * readability test pages have any). Extraction runs once per page with the rule off (the CLI's
 * file options); each grid point then prunes those blocks; blocks joined by newlines are scored
 * with the zyte word metric. Dev = even index of the sorted ids (as bench/extract-eval.ts).
 *
 *   npx tsx bench/extract-declared.ts [--sets zyte,readability,l3s,dragnet,cleaneval] [--pages]
 *
 * Prints, per set: pages, pages with an articleBody, and per split the F1 of the blocks with the
 * rule off and at each grid point (gram × share), on the articleBody pages and on the whole split,
 * and the longest declared body itself scored as if it were the output (for reference). `--pages`
 * lists each articleBody page: P/R with the rule off and as the body itself, then F1 per grid point.
 */
import { nodeParseHtml } from '../cli/node-env.ts';
import { declaredText, extractPage, pruneByDeclaredBody, type DeclaredFit } from '../lib/extract.ts';
import { FILE_PAGE_OPTIONS } from '../lib/ingest/page.ts';
import { articleBodies } from '../lib/jsonld.ts';
import { pagesOf, splitOf } from './extract-eval.ts';
import { f1Of, metrics, precisionOf, recallOf, shingleMatch, type TpFpFn } from './extract-metric.ts';

const argv = process.argv.slice(2);
const k = argv.indexOf('--sets');
const sets = (k >= 0 ? argv[k + 1]! : 'zyte,readability').split(',');
const showPages = argv.includes('--pages');
const GRID: DeclaredFit[] = [];
for (const gram of [1, 2, 3, 4]) for (const share of [0.3, 0.5, 0.7, 0.9]) GRID.push({ gram, share });
const OFF: DeclaredFit = { gram: 3, share: 0 };
const name = (f: DeclaredFit) => (f.share ? `n=${f.gram} s=${f.share}` : 'off');

for (const set of sets) {
  const pages = pagesOf(set, (why) => console.log(`${set}: skipped: ${why}`));
  if (!pages) continue;
  const split = splitOf(pages);
  // Per split: scores of every page (rule off) and, for the articleBody pages, per grid point.
  type Row = { id: string; split: string; declared: boolean; score: Map<string, TpFpFn> };
  const rows: Row[] = [];
  for (const p of pages) {
    const doc = nodeParseHtml(p.html);
    const bodies = /articleBody/.test(p.html) ? articleBodies(doc).map(declaredText) : [];
    const r = extractPage(doc, '', { ...FILE_PAGE_OPTIONS, declared: OFF });
    const blocks = 'notArticle' in r ? [] : r.blocks;
    const score = new Map<string, TpFpFn>();
    for (const f of [OFF, ...(bodies.length ? GRID : [])]) {
      score.set(name(f), shingleMatch(p.truth, pruneByDeclaredBody(blocks, bodies, f).map((b) => b.text).join('\n')));
    }
    // For reference: the longest declared body itself taken as the output.
    if (bodies.length) score.set('body', shingleMatch(p.truth, bodies[0]!));
    rows.push({ id: p.id, split: split.get(p.id)!, declared: bodies.length > 0, score });
  }
  const withBody = rows.filter((r) => r.declared);
  console.log(`${set}: ${rows.length} pages, ${withBody.length} declare an articleBody (dev ${withBody.filter((r) => r.split === 'dev').length}, held ${withBody.filter((r) => r.split === 'held').length})`);
  if (!withBody.length) continue;
  for (const s of ['dev', 'held']) {
    const all = rows.filter((r) => r.split === s);
    const some = all.filter((r) => r.declared);
    const at = (rs: Row[], f: string) => metrics(rs.map((r) => r.score.get(f) ?? r.score.get('off')!)).f1.toFixed(4);
    console.log(`  ${s}: ${'point'.padEnd(12)} articleBody pages (${some.length})   whole split (${all.length})`);
    for (const f of [OFF, ...GRID]) console.log(`  ${s}: ${name(f).padEnd(12)} ${at(some, name(f))}                 ${at(all, name(f))}`);
    if (some.length) console.log(`  ${s}: ${'body itself'.padEnd(12)} ${at(some, 'body')}`);
    if (showPages) {
      for (const r of some) {
        const line = [OFF, ...GRID].map((f) => f1Of(r.score.get(name(f))!).toFixed(3)).join(' ');
        const off = r.score.get('off')!;
        const body = r.score.get('body')!;
        const pr = (x: TpFpFn) => `F1 ${f1Of(x).toFixed(3)} P ${precisionOf(x).toFixed(3)} R ${recallOf(x).toFixed(3)}`;
        console.log(`    ${r.id.slice(0, 14).padEnd(14)} off: ${pr(off)} | body itself: ${pr(body)}`);
        console.log(`    ${''.padEnd(14)} grid: ${line}`);
      }
    }
  }
}
