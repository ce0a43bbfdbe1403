/**
 * (marks47) Every direct quote's speaker under two libs in one process, over one corpus of bench/speakers-data.ts's pagesOf:
 * the changed attributions (old span and speaker with its context, new spans and speakers), for judging a change outside the samples.
 *   npx tsx bench/speakers-arms.ts bbc            # BASE_LIB=/tmp/x/lib (a git archive of the base commit) by default /tmp/marks47/base/lib
 */
import { printQuoteChanges } from './quote-changes.ts';
import { pagesOf, type Source } from './speakers-data.ts';
import { extractQuotes as br } from '../lib/quotes/extract.ts';
const baseLib = process.env.BASE_LIB ?? '/tmp/marks47/base/lib';
const { extractQuotes: base } = (await import(`${baseLib}/quotes/extract.ts`)) as { extractQuotes: typeof br };
const src = (process.argv[2] ?? 'bbc') as Source;
const pages = pagesOf(src) ?? [];
let n = 0, changed = 0;
for (const p of pages) {
  const t = p.article.text;
  const a = base(p.article).filter((q) => q.kind === 'direct');
  const b = br(p.article).filter((q) => q.kind === 'direct');
  n += b.length;
  if (printQuoteChanges(p.page, t, a, b)) changed++;
}
console.log(`${src}: ${pages.length} pages, ${n} direct quotes, ${changed} pages changed`);
