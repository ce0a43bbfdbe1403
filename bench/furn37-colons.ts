/**
 * furn37: lead-ins ending on a colon (docs/notes/furn37.md §4). Prints, per dev set (bench/furn31-repeats.ts loaders),
 * every report fact unit (`reportFeatures`, `fact` true) that ends on ":" with its word count and the page's next unit,
 * to read which are pure lead-ins ("They released this statement:") and which carry a fact of their own; "LEADIN" lines:
 * the units `isQuoteLeadIn` takes out of the report's facts (a short lead-in, its quoted statement in the next paragraph). Texts go to
 * the terminal only (Multi-News, GVC: research use, read at run time; nothing committed).
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/furn37-colons.ts [--sets=mn,gvc,facts] > /tmp/x.txt
 */
import { featuresOf, isQuoteLeadIn, reportFeatures } from '../lib/engine/features.ts';
import { furnitureUnits } from './furn31-repeats.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc,facts').split(',');

for await (const { set, docs } of furnitureUnits(SETS)) {
  let n = 0;
  let lead = 0;
  for (const d of docs) {
    const feats = featuresOf(d.article);
    const report = reportFeatures(d.article, feats);
    for (const [k, f] of report.entries()) {
      if (!feats[k]!.fact || !/:\s*$/.test(f.unit.text)) continue;
      if (isQuoteLeadIn(f.unit, report[k + 1]?.unit)) (lead++, console.log(`${set} LEADIN ${d.article.id}#${f.unit.i} ${f.unit.text.slice(0, 200)}\n    → ${report[k + 1]!.unit.text.slice(0, 140)}`));
      if (!f.fact) continue;
      n++;
      const next = report[k + 1]?.unit;
      const words = f.unit.text.split(/\s+/).filter(Boolean).length;
      console.log(`${set} COLON ${words}w ${d.article.id}#${f.unit.i} ${f.unit.text.slice(0, 200)}\n    → ${next ? `${next.p === f.unit.p ? 'same paragraph' : 'next paragraph'}${report[k + 1]!.fact ? '' : ' (no fact)'}: ${next.text.slice(0, 140)}` : '(end of page)'}`);
    }
  }
  console.log(`${set}: ${docs.length} articles, ${n} report facts ending on a colon, ${lead} story-stage facts read as a quote's lead-in (isQuoteLeadIn)`);
}
