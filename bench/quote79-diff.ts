/**
 * quote79: every quote of every page in speak69-devpair.ts's cache (judged or not) under a base lib and under this tree's lib:
 * quotes whose speaker changed (SPK; "moved" when the quote now starts up to 2 characters later, a doubled mark), quotes found
 * only by one (LOST / NEW), with a short context to read each.
 *
 *   BASE_LIB=/tmp/x/lib npx tsx bench/quote79-diff.ts PAGES.json
 */
import { readFileSync } from 'node:fs';
import { extractQuotes as b } from '../lib/quotes/extract.ts';
const { extractQuotes: m } = (await import(`${process.env.BASE_LIB ?? '/tmp/quote79/mainlib/lib'}/quotes/extract.ts`)) as { extractQuotes: typeof b };
const c = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
let n = 0, qs = 0, changedSpk = 0, added = 0, lost = 0, moved = 0;
for (const a of Object.values(c.articles) as any[]) {
  const x = m(a), y = b(a);
  qs += x.length;
  const key = (q: any) => `${q.start}`;
  const ym = new Map(y.map((q: any) => [key(q), q]));
  const xm = new Map(x.map((q: any) => [key(q), q]));
  for (const q of x) {
    const r = ym.get(key(q)) as any;
    if (!r) { const near = y.find((z: any) => Math.abs(z.start - q.start) <= 2); if (near) { moved++; if (near.speaker !== q.speaker) { changedSpk++; console.log(`SPK(moved) ${a.id} @${q.start}: ${q.speaker} -> ${near.speaker} | ${a.text.slice(Math.max(0, q.start - 150), q.start + 120).replace(/\n/g, ' ¶ ')}`); } continue; } lost++; console.log(`LOST ${a.id} @${q.start} [${q.speaker}] ${q.text.slice(0, 100)}`); continue; }
    if (r.speaker !== q.speaker) { changedSpk++; console.log(`SPK ${a.id} @${q.start}: ${q.speaker} -> ${r.speaker} | ${a.text.slice(Math.max(0, q.start - 200), q.start + 120).replace(/\n/g, ' ¶ ')}`); }
  }
  for (const q of y) if (!xm.has(key(q)) && !x.some((z: any) => Math.abs(z.start - q.start) <= 2)) { added++; console.log(`NEW ${a.id} @${q.start} [${q.speaker}] ${q.text.slice(0, 100)}`); }
}
console.log({ pages: Object.keys(c.articles).length, quotesMain: qs, changedSpk, added, lost, moved });
