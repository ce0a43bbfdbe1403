/**
 * speak74: the dev quotes a lib misses with no attribution read at all (a judged person, no speaker, extractQuotes's onRule
 * reporting no rule), from speak69-devpair's cache of the judged pages, numbered in cache order, each with the paragraph before,
 * the quote in its paragraph, and a few marks of its construction: where the judged surname stands (before the quote in its
 * paragraph, after it, in the paragraph before), whether the paragraph before ends on a colon, a colon right before the quote, and
 * whether the quote opens its paragraph. The kinds in docs/notes/speak74.md §4 were sorted by reading this list.
 *
 *   npx tsx bench/speak74-misses.ts /tmp/x/pages.json [--lib /tmp/x/lib] > misses.txt   # this tree's lib unless --lib
 */
import { readFileSync } from 'node:fs';
import { extractQuotes as own } from '../lib/quotes/extract.ts';
import type { Article } from '../lib/types.ts';
import { isRight, quoteAt, SAMPLES, type Judged } from './speakers-data.ts';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const { extractQuotes } = libAt >= 0 ? ((await import(`${args[libAt + 1]!}/quotes/extract.ts`)) as { extractQuotes: typeof own }) : { extractQuotes: own };
const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as { articles: Record<string, Article>; judged: Record<string, Judged[]> };
const marks = new Map<string, number>();
let i = 0;
for (const [name, judged] of Object.entries(cache.judged)) {
  if (!SAMPLES[name] || SAMPLES[name].sealed) continue;
  for (const j of judged) {
    const a = cache.articles[`${SAMPLES[name].source}\u0000${j.page}`]!;
    const rules = new Map<number, string>();
    const q = quoteAt(extractQuotes(a, { onRule: (x, r) => rules.set(x.start, r ?? '-') }).filter((x) => x.kind === 'direct'), j.start);
    if (!q || q.speaker !== null || isRight(null, j) || rules.get(q.start) !== '-') continue;
    const t = a.text;
    const sur = (j.speaker ?? '').split(/\s+/).pop()!;
    const ps = t.lastIndexOf('\n', q.start - 1) + 1;
    const pe = t.indexOf('\n', q.end) < 0 ? t.length : t.indexOf('\n', q.end);
    let pq = ps - 1;
    while (pq > 0 && /\s/.test(t[pq - 1]!)) pq--;
    const prev = t.slice(t.lastIndexOf('\n', pq - 1) + 1, pq);
    const tags = [
      t.slice(ps, q.start).includes(sur) && 'before-in-para',
      t.slice(q.end, pe).includes(sur) && 'after-in-para',
      prev.includes(sur) && 'prev-para',
      /:\s*$/.test(prev.trim()) && 'prev-colon',
      /:\s*["“‘']?$/.test(t.slice(Math.max(0, q.start - 3), q.start)) && 'colon-before',
      (ps === q.start || /^["“‘']$/.test(t.slice(ps, q.start))) && 'opens-para',
    ].filter(Boolean).join(',');
    marks.set(tags, (marks.get(tags) ?? 0) + 1);
    console.log(`#${i++} [${name}] ${j.page} @${j.start} judged=${j.speaker} {${tags}}\n  P: ${prev.slice(-220)}\n  B: ${t.slice(Math.max(ps, q.start - 200), q.start).replace(/\n/g, ' ')}⟦${t.slice(q.start, Math.min(q.end, q.start + 90))}${q.end - q.start > 90 ? '…' + t.slice(q.end - 25, q.end) : ''}⟧${t.slice(q.end, Math.min(pe, q.end + 160))}\n`);
  }
}
console.log(`${i} missed with no attribution read`);
for (const [k, n] of [...marks].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)} {${k}}`);
