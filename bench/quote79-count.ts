/**
 * quote79: how many texts write quotations with doubled marks (``…'', ''…'', “…’’, ‘‘…’’) and how many of those quotations
 * `quotedSpans` (lib/nlp) sees under a base lib and under this tree's; and how many texts put a gallery counter ("Hide Caption
 * 1 of 15") after a run of capitals. Counts only; nothing of the texts is printed but a few short contexts.
 *
 *   BASE_LIB=/tmp/x/lib ZYTE_HTML_DIR=… npx tsx bench/quote79-count.ts [PAGES.json]   # PAGES: speak69-devpair.ts's cache
 */
import { readFileSync } from 'node:fs';
import { markedSets } from './audit62-marked.ts';
import { events } from './cards63-cards.ts';
import { quotedSpans as branch } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';

const { quotedSpans: base } = (await import(`${process.env.BASE_LIB ?? '/tmp/quote79/mainlib/lib'}/nlp/index.ts`)) as { quotedSpans: typeof branch };
const PAIR = /(''|``|‘‘|‘’|“)([^\n”“]{3,400}?)(?:''|’’)(?![’'])/g;
const COUNTER = /\p{Lu}[\p{L}.'’-]*\s(\d{1,3}) of (\d{1,3})\b/gu;

function stat(label: string, arts: Array<Pick<Article, 'text'>>): void {
  let texts = 0, pairs = 0, seenBase = 0, seenBranch = 0, counters = 0;
  for (const { text } of arts) {
    if (/''|``|‘‘|’’/.test(text)) texts++;
    if ([...text.matchAll(COUNTER)].some((m) => +m[1]! <= +m[2]!)) counters++;
    const sb = base(text), sn = branch(text);
    for (const m of text.matchAll(PAIR)) {
      pairs++;
      const at = m.index! + m[1]!.length;
      if (sb.some((q) => q.start <= at && at <= q.end)) seenBase++;
      if (sn.some((q) => q.start <= at && at <= q.end)) seenBranch++;
    }
  }
  console.log(`${label}: ${arts.length} texts; ${texts} with doubled marks; ${pairs} doubled-mark quotations, seen by the base ${seenBase}, by this tree ${seenBranch}; ${counters} texts with a counter after a capital`);
}

const dev: Article[] = [];
for await (const { articles } of markedSets(true)) dev.push(...articles);
stat('17 dev sets', dev);
const seen = new Set<string>();
const cards: Article[] = [];
for (const e of events()) for (const a of e.own) if (!seen.has(a.id)) (seen.add(a.id), cards.push(a));
stat('card-sheet readings', cards);
if (process.argv[2]) stat('speakers judged pages', Object.values((JSON.parse(readFileSync(process.argv[2], 'utf8')) as { articles: Record<string, Article> }).articles));
