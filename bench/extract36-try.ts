/**
 * The split-article join of docs/notes/extract36.md (bench/extract36-join.ts; measured, not shipped) on the DEV half of each
 * set: one Readability pass per page (as lib/extract.ts runs it), then the article's cleaned blocks
 * with the join off and at each trigger share, scored with the zyte word metric (wceb: also its
 * article/blog pages). Prints F1 / P / R, pages changed, and the words the join added that are in the
 * truth and that are not. `--held` scores the held half instead (for the final report only, after the
 * ship rule is written; never for choosing). `--show ID` prints what the join adds on one page.
 *
 *   nice npx tsx bench/extract36-try.ts [--sets wceb,zyte,l3s,readability] [--shares 0.5,0.7,0.9] [--held] [--show ID]
 */
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { bodyOutOfHead, readMetadata } from '../lib/extract.ts';
import { joinedRawBlocks } from './extract36-join.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import { normalizeInline } from '../lib/text/normalize.ts';
import { metrics, shingleMatch, shingles, type TpFpFn } from './extract-metric.ts';
import { pagesOf, splitOf } from './extract-eval.ts';
import { optionValue } from './args.ts';

const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'wceb,zyte,l3s,readability').split(',');
const shares = (optionValue('shares', argv) ?? '0.5,0.7,0.9').split(',').map(Number);
const half = argv.includes('--held') ? 'held' : 'dev';
const show = optionValue('show', argv);
const f = (x: number) => x.toFixed(4);

for (const set of sets) {
  const pages = pagesOf(set, (why) => console.log(`${set}: skipped (${why})`));
  if (!pages) continue;
  const split = splitOf(pages);
  const mine = pages.filter((p) => split.get(p.id) === half && (!show || p.id === show));
  const variants = [0, ...shares];
  const rows = variants.map(() => [] as Array<{ id: string; kind: string; m: TpFpFn; text: string; addIn: number; addOut: number }>);
  const t0 = performance.now();
  let joinMs = 0;
  for (const p of mine) {
    let texts: string[] = variants.map(() => '');
    try {
      const doc = nodeParseHtml(p.html);
      const clone = doc.cloneNode(true) as Document;
      bodyOutOfHead(clone);
      const parsed = new Readability<Node>(clone, { serializer: (n) => n }).parse();
      if (parsed?.content) {
        const meta = readMetadata(doc, '');
        const title = normalizeInline(parsed.title || meta.title || '').text;
        const byline = parsed.byline ? normalizeInline(parsed.byline).text : meta.byline;
        texts = variants.map((share) => {
          const t1 = performance.now();
          const raw = joinedRawBlocks(doc, parsed.content as Node, { title, byline }, { share });
          if (share) joinMs += performance.now() - t1;
          return cleanBlocks(raw).blocks.map((b) => b.text).join('\n');
        });
      }
    } catch (e) {
      process.stderr.write(`${set} ${p.id}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    const truthGrams = shingles(p.truth);
    const baseLines = new Set(texts[0]!.split('\n'));
    variants.forEach((_, k) => {
      // 4-grams of the lines the join added: in the truth, and not.
      let addIn = 0, addOut = 0;
      if (k) for (const l of texts[k]!.split('\n')) if (!baseLines.has(l)) for (const g of shingles(l).keys()) truthGrams.has(g) ? addIn++ : addOut++;
      rows[k]!.push({ id: p.id, kind: p.kind ?? '', m: shingleMatch(p.truth, texts[k]!), text: texts[k]!, addIn, addOut });
    });
    if (show) {
      const base = new Set(texts[0]!.split('\n'));
      const truth = shingles(p.truth);
      for (const [k, share] of variants.entries()) {
        if (!share) continue;
        console.log(`--- share ${share}: added lines (truth 4-gram share)`);
        for (const l of texts[k]!.split('\n')) if (!base.has(l)) {
          const g = [...shingles(l).keys()];
          console.log(`  [${g.length ? (g.filter((x) => truth.has(x)).length / g.length).toFixed(2) : '-'}] ${l.slice(0, 160)}`);
        }
      }
    }
  }
  const groups: Array<[string, (r: { kind: string }) => boolean]> = [[half, () => true]];
  if (set === 'wceb') groups.push([`${half}·article`, (r) => r.kind === 'article' || r.kind === 'blog']);
  for (const [g, keep] of groups) {
    const base = rows[0]!.filter(keep);
    const m0 = metrics(base.map((r) => r.m));
    console.log(`${set} ${g} (${base.length}): join off ${f(m0.f1)} (P ${f(m0.precision)} R ${f(m0.recall)})`);
    for (const [k, share] of variants.entries()) {
      if (!share) continue;
      const rs = rows[k]!.filter(keep);
      const m = metrics(rs.map((r) => r.m));
      let changed = 0, better = 0, worse = 0, addIn = 0, addOut = 0;
      rs.forEach((r, i) => {
        if (r.text === base[i]!.text) return;
        changed++;
        const d = metrics([r.m]).f1 - metrics([base[i]!.m]).f1;
        if (d > 1e-9) better++;
        else if (d < -1e-9) worse++;
        addIn += r.addIn;
        addOut += r.addOut;
      });
      console.log(`   share ${share}: ${f(m.f1)} (${m.f1 >= m0.f1 ? '+' : ''}${f(m.f1 - m0.f1)}; P ${f(m.precision)} R ${f(m.recall)}) changed ${changed} (${better} better, ${worse} worse), 4-grams of added lines in truth ${addIn}, not ${addOut}`);
      if (argv.includes('--list')) rs.forEach((r, i) => {
        if (r.text !== base[i]!.text) console.log(`      ${r.id} ${r.kind} ${f(metrics([base[i]!.m]).f1)} → ${f(metrics([r.m]).f1)}`);
      });
    }
  }
  console.log(`${set}: ${mine.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s; join ${(joinMs / Math.max(1, shares.length) / Math.max(1, mine.length)).toFixed(2)} ms/page per share`);
}
