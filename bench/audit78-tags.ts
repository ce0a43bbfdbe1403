/**
 * audit78: how many units end in a tag question ("…, right?", "…, isn't it?") — units main's `isQuestion` took for
 * questions (a final "?", no quote mark) that the tag rule (lib/engine/features.ts `isTagged`) reads as statements —
 * on the 17 dev sets of bench/eval.ts and on the card readings (the card sheets' readings, bench/cards63-cards.ts, and
 * the panel audits' events, bench/audit70–78-shots.ts). Each article counted once. Never a held set.
 *
 *   npx tsx bench/audit78-tags.ts [--list]     # counts per source; --list prints every unit the rule moves, and every
 *                                              # question left a question whose last comma is followed by ≤ 3 words
 *
 * Multi-News, GVC, NewsWCL50 and BASIL texts are not redistributable: they are printed to the terminal only.
 */
import { isQuestion } from '../lib/engine/features.ts';
import { sourceArticles, unitSources } from './unit-sources.ts';

const list = process.argv.includes('--list');
/** main's rule: a final question mark and no quote mark. */
const mainQuestion = (t: string) => /\?$/.test(t.trim()) && !/["“”«»]/.test(t.trim());

const total = { units: 0, questions: 0, tagged: 0 };
for await (const [name, articles] of sourceArticles(unitSources([70, 71, 74, 75, 77, 78]))) {
  let units = 0;
  let questions = 0;
  const tagged: string[] = [];
  const left: string[] = [];
  for (const a of articles)
    for (const u of a.units) {
      units++;
      if (!mainQuestion(u.text)) continue;
      questions++;
      if (!isQuestion(u.text)) tagged.push(`${a.id}#${u.i}: ${u.text}`);
      else if (/,\s*(\S+\s*){1,3}\?$/.test(u.text.trim())) left.push(`${a.id}#${u.i}: ${u.text}`);
    }
  console.log(`${name}: ${articles.length} articles, ${units} units, ${questions} questions by main's rule, ${tagged.length} tag-ended statements`);
  if (list) for (const t of tagged) console.log(`  + ${t}`);
  if (list) for (const t of left) console.log(`  ? ${t}`);
  total.units += units;
  total.questions += questions;
  total.tagged += tagged.length;
}
console.log(`all: ${total.units} units, ${total.questions} questions by main's rule, ${total.tagged} tag-ended statements`);
