/**
 * furn36: which report units furn36's furniture forms touch on dev data (docs/notes/furn36.md). Prints, per set, every
 * unit the story stage keeps as a fact (`isFactUnit`) that the report drops (`reportFeatures`) by one of furn36's forms —
 * a gallery caption under its date stamp (`photoCaptionForm` 'date open'), a form's status line (`isPromotion` opening
 * with no subject), a sentence that only says who told it (`isBareAttribution`) — every unit whose dateline names a
 * hyphenated place (`datelineLength` now reads it: no detail is marked in it), and the live-blog headers of a form
 * measured and not shipped (KEPT lines). Texts go to the terminal only (Multi-News, GVC: research
 * use, read at run time; nothing committed). `--all` prints every unit the report drops (diff it against main's run of
 * bench/furn35-furniture.ts to see that nothing else moved).
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/furn36-furniture.ts [--sets=mn,gvc,facts] [--all] > /tmp/x.txt
 */
import { isBareAttribution, isPromotion, photoCaptionForm } from '../lib/engine/features.ts';
import { datelineLength } from '../lib/nlp/actors.ts';
import { furnitureUnits } from './furn31-repeats.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc,facts').split(',');
const ALL = argv.includes('--all');

/**
 * A live blog's header, the agency's "The Latest on … (all times local):" after its dateline — measured, not shipped
 * (docs/notes/furn36.md: on one Multi-News dev reading, the header's lead gone, a page sentence aligns anew and a partly
 * right Shared card enters the first five). Listed here as a candidate ('live header (not shipped)').
 */
function isLiveHeader(text: string): boolean {
  const t = text.trim();
  return /^The Latest\b[^.!?]*:$/.test(t.slice(datelineLength(t)));
}

/** The furn36 form that makes a unit no fact of the report, or null. */
function form(text: string): string | null {
  const t = text.trim();
  if (photoCaptionForm(t) === 'date open') return 'date-open caption';
  if (isLiveHeader(t)) return 'live header (not shipped)';
  if (isBareAttribution(t)) return 'bare attribution';
  if (isPromotion(t) && /^(?:Could not|Couldn['’]t|Cannot|Can['’]t|Unable to|Failed to)\s/.test(t)) return 'status line';
  return null;
}

for await (const { set, docs, units } of furnitureUnits(SETS)) {
  let facts = 0;
  let dropped = 0;
  let mine = 0;
  let hyphen = 0;
  for (const u of units) {
    if (!u.story) continue;
    facts++;
    const t = u.text;
    const at = `${u.id}#${u.i}`;
    if (!u.report) {
      dropped++;
      const why = form(t);
      if (why) (mine++, console.log(`${set} FURN36 ${why} ${at} ${t.slice(0, 300)}`));
      else if (ALL) console.log(`${set} DROP ${at} ${t.slice(0, 300)}`);
    } else if (isLiveHeader(t)) console.log(`${set} KEPT live header (not shipped) ${at} ${t.slice(0, 300)}`);
    const n = datelineLength(t);
    if (n > 0 && /\p{Lu}-\p{Lu}/u.test(t.slice(0, n))) (hyphen++, console.log(`${set} DATELINE ${at} [${t.slice(0, n)}] ${t.slice(n, 200)}`));
  }
  console.log(`${set}: ${docs.length} articles, ${facts} story-stage fact units, ${dropped} dropped by the report, ${mine} by furn36's forms, ${hyphen} with a hyphenated dateline`);
}
