/**
 * furn37: teasers cut with an ellipsis (docs/notes/furn37.md). Prints, per dev set (bench/furn31-repeats.ts loaders), every
 * unit the story stage keeps as a fact (`isFactUnit`) that ends in "..." / "…": "COPY" when `truncatedCopies` (below;
 * measured, not shipped) takes it for the crawl's truncated copy of a fuller line of the same page (its text before the
 * ellipsis a strict prefix, folded, of the title or of the page's text from another unit on, read without its
 * dateline) — with the line it copies — and "CUT" when it stays (no fuller line on the page).
 * (Which units the form newly drops from the report: the COPY lines the report keeps, i.e. not marked "(not a report fact)".)
 * Texts go to the terminal only (Multi-News, GVC: research use, read at run time; nothing committed).
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/furn37-teasers.ts [--sets=mn,gvc,facts] > /tmp/x.txt
 */
import type { Unit } from '../lib/types.ts';
import { featuresOf, reportFeatures } from '../lib/engine/features.ts';
import { datelineLength } from '../lib/nlp/actors.ts';
import { fold } from '../lib/nlp/index.ts';
import { furnitureUnits } from './furn31-repeats.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc,facts').split(',');
const bare = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const ELLIPSIS = /(?:\.{3,}|…)["”’']?\s*$/;

/**
 * The form measured and not shipped (docs/notes/furn37.md §3; it was lib/engine/features.ts `truncatedCopies` at
 * 7a95a8f, read by `reportFeatures` for every language): a teaser cut with an ellipsis that the page itself tells in full —
 * the unit ends in "..." / "…" and its text before the ellipsis (folded, letters and digits only) is a strict prefix of
 * the title or of the page's text from another unit on, read without its dateline ("A lion was shot dead in Kenya on
 * Wednesday..." under a gallery picture; the story's lead: "JOHANNESBURG (AP) — A lion was shot dead in Kenya on
 * Wednesday after attacking a man, …"). A teaser only repeated word for word has no fuller line and stays.
 */
export function truncatedCopies(units: readonly Unit[], title: string): Set<number> {
  const out = new Set<number>();
  const texts = units.map((u) => bare(u.text.slice(datelineLength(u.text))));
  const heading = bare(title);
  for (const [k, u] of units.entries()) {
    if (!ELLIPSIS.test(u.text)) continue;
    const head = bare(u.text.replace(ELLIPSIS, ''));
    if (!head) continue;
    const longer = (s: string) => s.length > head.length && s.startsWith(head);
    if (longer(heading)) {
      out.add(k);
      continue;
    }
    for (let j = 0; j < units.length; j++) {
      if (j === k) continue;
      // The page's text from unit j on, as long as the teaser (a teaser may run over more than one sentence of its line).
      let from = texts[j]!;
      for (let m = j + 1; from.length < head.length && m < units.length; m++) if (m !== k) from += ` ${texts[m]}`;
      if (longer(from)) {
        out.add(k);
        break;
      }
    }
  }
  return out;
}

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
      console.log(`${set} COPY ${d.article.id}#${f.unit.i} ${report[k]!.fact ? '' : '(not a report fact) '}${f.unit.text.slice(0, 220)}\n    ← ${where}`);
    }
  }
  console.log(`${set}: ${docs.length} articles, ${cut} story-stage facts ending in an ellipsis, ${copy} of them copies of a fuller line of the page (truncatedCopies, not shipped)`);
}
