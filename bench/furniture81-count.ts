/**
 * furniture81: every unit the two furniture forms take out of the report, read one by one (docs/notes/furniture81.md).
 * Over the articles of the card sheets' readings (cards63 `events`: GVC dev 15, Multi-News dev 16, cards40–43, WikinewsSum
 * dev, PAC train), audit81's population (GVC dev `gvcReadings(120)`, Multi-News dev `mnReadings(60, 'dev')`) and the 181 zyte
 * pages (../shared or ZYTE_HTML_DIR; the pages headline81's extraction benches read), each once:
 *  (a) every "(Published <weekday>, …)" stamp's blurb (the units of its paragraph before it) — dropped as another story's
 *      teaser (`otherStoryTeasers`: no name shared with the rest of the page) or kept (the names it shares printed);
 *  (b) every unit whose caption answer is new: `photoCaptionForm` says 'file photo' where the formula does not open the line
 *      (a credit glued before it, "(Associated Press) FILE - In this …");
 *  (c) every unit cut off by "..." / "…", dropped (`cutCopies`) when its words before the mark open a longer unit of the page.
 * Only fact units (`isFactUnit`) count as dropped: the others were no fact before.
 *
 *   TMPDIR=… npx tsx bench/furniture81-count.ts [--text]     # ids and counts; --text prints the units (texts to the terminal only)
 */
import { events } from './cards63-cards.ts';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { cutCopies, featuresOf, otherStoryTeasers, photoCaptionForm } from '../lib/engine/features.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';

const text = process.argv.includes('--text');
const show = (s: string) => (text ? JSON.stringify(s.slice(0, 200)) : `(${s.split(/\s+/).length} words)`);
const seen = new Set<string>();
const tally = { articles: 0, stamps: 0, blurbUnits: 0, droppedFacts: 0, keptFacts: 0, captionFacts: 0, sheetArticles: 0, cut: 0, cutWhole: 0, cutWholeFacts: 0 };
const sources: Array<[string, Article[]]> = [
  ...events().map((e) => [`sheet ${e.half} ${e.event}`, e.own as Article[]] as [string, Article[]]),
  ...gvcReadings(120).map((r) => [`gvc ${r.incident}`, r.own as Article[]] as [string, Article[]]),
  ...mnReadings(60, 'dev').map((r) => [`mn ${r.story}`, r.own as Article[]] as [string, Article[]]),
  ['zyte', loadZyte()],
];
for (const [where, own] of sources) {
  for (const a of own) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    tally.articles++;
    if (where.startsWith('sheet')) tally.sheetArticles++;
    const feats = featuresOf(a);
    const teasers = otherStoryTeasers(feats);
    const lines: string[] = [];
    feats.forEach((f, k) => {
      if (/^\(Published [A-Z][a-z]+day,/.test(f.unit.text.trim())) tally.stamps++;
      if (teasers.has(k)) {
        tally.blurbUnits++;
        if (f.fact) tally.droppedFacts++;
        lines.push(`  (a) drop #${k}${f.fact ? ' fact' : ''} ${show(f.unit.text)}`);
      }
      if (photoCaptionForm(f.unit.text) === 'file photo' && !/^(?:FILE\s*[-–—:]\s*)?In this\b/.test(f.unit.text.trim())) {
        if (f.fact) tally.captionFacts++;
        lines.push(`  (b) caption #${k}${f.fact ? ' fact' : ''}${k === 0 ? ' first line' : ''} ${show(f.unit.text)}`);
      }
    });
    // (c) every unit cut off by "..." / "…"; dropped (`cutCopies`) when its words before the mark open a longer unit of the page.
    const cut = cutCopies(feats);
    feats.forEach((f, k) => {
      if (!/(?:\.\.\.|…)$/.test(f.unit.text.trim())) return;
      tally.cut++;
      if (cut.has(k)) {
        tally.cutWhole++;
        if (f.fact) tally.cutWholeFacts++;
      }
      lines.push(`  (c) ${cut.has(k) ? 'drop' : 'keep'} #${k}${f.fact ? ' fact' : ''} ${show(f.unit.text)}`);
    });
    // The blurbs kept: a stamp whose paragraph's units share a name with the page.
    feats.forEach((f, k) => {
      if (!/^\(Published [A-Z][a-z]+day,/.test(f.unit.text.trim())) return;
      const block = feats.flatMap((g, j) => (j < k && g.unit.p === f.unit.p && !teasers.has(j) ? [j] : []));
      for (const j of block) {
        if (feats[j]!.fact) tally.keptFacts++;
        lines.push(`  (a) keep #${j}${feats[j]!.fact ? ' fact' : ''} names ${[...feats[j]!.names].join(',')} ${show(feats[j]!.unit.text)}`);
      }
    });
    if (lines.length) console.log(`${where} ${a.id} ${a.outlet ?? ''}\n${lines.join('\n')}`);
  }
}
console.log(JSON.stringify(tally));
