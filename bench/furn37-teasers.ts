/**
 * furn37: teasers cut with an ellipsis (docs/notes/furn37.md). Prints, per dev set (bench/furn31-repeats.ts loaders), every
 * unit the story stage keeps as a fact (`isFactUnit`) that ends in "..." / "…": "COPY" when lib/engine/features.ts
 * `truncatedCopies` takes it for the crawl's truncated copy of a fuller line of the same page (its text before the
 * ellipsis a strict prefix, folded, of the title or of the page's text from another unit on, read without its
 * dateline) — with the line it copies — and "CUT" when it stays (no fuller line on the page).
 * (Which units the report newly drops: diff `bench/furn36-furniture.ts --all` against main's run.)
 * Texts go to the terminal only (Multi-News, GVC: research use, read at run time; nothing committed).
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/furn37-teasers.ts [--sets=mn,gvc,facts] > /tmp/x.txt
 */
import { featuresOf, reportFeatures, truncatedCopies } from '../lib/engine/features.ts';
import { datelineLength } from '../lib/nlp/actors.ts';
import { fold } from '../lib/nlp/index.ts';
import { furnitureUnits } from './furn31-repeats.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc,facts').split(',');
const bare = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const ELLIPSIS = /(?:\.{3,}|…)["”’']?\s*$/;

for await (const { set, docs } of furnitureUnits(SETS)) {
  let cut = 0;
  let copy = 0;
  let only = 0;
  for (const d of docs) {
    const feats = featuresOf(d.article);
    const report = reportFeatures(d.article, feats);
    const units = feats.map((f) => f.unit);
    const copies = truncatedCopies(units, d.article.title ?? '');
    // What the report would read without the form: the same page with no ellipsis-ended copy recognised.
    const texts = units.map((u) => bare(u.text.slice(datelineLength(u.text))));
    for (const [k, f] of feats.entries()) {
      if (!f.fact || !ELLIPSIS.test(f.unit.text)) continue;
      cut++;
      if (!copies.has(k)) {
        console.log(`${set} CUT ${d.article.id}#${f.unit.i} ${report[k]!.fact ? '' : '(not a report fact) '}${f.unit.text.slice(0, 220)}`);
        continue;
      }
      copy++;
      const head = bare(f.unit.text.replace(ELLIPSIS, ''));
      const j = texts.findIndex((t, j) => j !== k && t.length > head.length && t.startsWith(head));
      const where = bare(d.article.title ?? '').startsWith(head) ? `title: ${d.article.title}` : j >= 0 ? `unit ${j}: ${units[j]!.text.slice(0, 200)}` : 'the text from a unit on';
      console.log(`${set} COPY ${d.article.id}#${f.unit.i} ${f.unit.text.slice(0, 220)}\n    ← ${where}`);
    }
  }
  console.log(`${set}: ${docs.length} articles, ${cut} story-stage facts ending in an ellipsis, ${copy} of them copies of a fuller line of the page (truncatedCopies)`);
}
