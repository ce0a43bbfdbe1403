/**
 * speak61: print a PAC train article's paragraphs around a unit, with the speaker lib/quotes gives each direct quote there
 * (the cards60b sheet's wrong tellings, to read their construction). /tmp only: nothing of the text is committed.
 *   npx tsx bench/speak61-show.ts pac-39-0#5 pac-28-1#13
 */
import { loadPac } from './data/pac.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';

const docs = loadPac(['train']) ?? [];
for (const ref of process.argv.slice(2)) {
  const [id, unit] = ref.split('#');
  const a = docs.find((d) => d.article.id === id)?.article;
  if (!a) { console.log(`${ref}: not found`); continue; }
  const i = Number(unit);
  const qs = extractQuotes(a);
  for (const u of a.units.slice(Math.max(0, i - 4), i + 2)) {
    console.log(`[${u.i}] ${u.text}`);
    for (const q of qs.filter((q) => q.start >= u.start && q.start < u.end)) console.log(`    -> ${q.kind} "${q.text.slice(0, 50)}" speaker=${q.speaker ?? 'null'}`);
  }
  console.log('---');
}
