/**
 * audit81: how common a page's video-teaser block is — the articles of the GVC dev readings (`gvcReadings(120)`) and the
 * Multi-News dev readings (`mnReadings(60, 'dev')`), each once, that carry a unit "(Published <weekday>, …)": the stamp that
 * closes an NBC-station teaser (a title-case line, one or more sentences of another story, the stamp). The stamp and the
 * title are no fact units today; the sentences between are (docs/notes/audit81.md §4, cause 3).
 *
 *   npx tsx bench/audit81-teasers.ts        # article id, outlet, stamps; then the totals (ids and counts only)
 */
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';

const seen = new Set<string>();
let [articles, withStamp, stamps] = [0, 0, 0];
for (const r of [...gvcReadings(120), ...mnReadings(60, 'dev')]) {
  for (const a of r.own) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    articles++;
    const n = a.units.filter((u) => /^\(Published [A-Z][a-z]+day, /.test(u.text.trim())).length;
    if (n === 0) continue;
    withStamp++;
    stamps += n;
    console.log(a.id, a.outlet ?? '', n);
  }
}
console.log(`${stamps} teaser stamps in ${withStamp} of ${articles} articles`);
