/**
 * speak36: one page of a speaker source, its direct quotes and their speakers (a debugging aid for reading errors of dev samples).
 *
 *   npx tsx bench/speakers-page.ts multinews mn-fe6c1484-3 [--text]   # every direct quote of the page: offset, speaker, first words
 *
 * Pages come from bench/speakers-data.ts `pagesOf` (mirrors read at run time; skipped with the reason when absent).
 */
import { extractQuotes } from '../lib/quotes/extract.ts';
import { pagesOf, type Source } from './speakers-data.ts';

const [source, id] = process.argv.slice(2);
const pages = pagesOf(source as Source);
const page = pages?.find((p) => p.page === id);
if (!page) console.log(`${id}: not found (source ${source}${pages ? '' : ' absent'})`);
else {
  if (process.argv.includes('--text')) console.log(page.article.text);
  for (const q of extractQuotes(page.article)) if (q.kind === 'direct') console.log(`@${q.start} ${q.speaker ?? '—'}: ${q.text.slice(0, 70).replace(/\s+/g, ' ')}`);
}
