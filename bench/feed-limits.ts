/**
 * How long one feed refresh takes under the bounds of lib/ingest/limits.ts (MAX_FEED_ITEMS,
 * MAX_FEED_TEXT_CHARS), for generated feeds of about 10 MB shaped three ways: many small items,
 * 200 long items, a few huge items. Store: lib/store on fake-indexeddb.
 *
 *   npx tsx bench/feed-limits.ts
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { importFeed } from '../lib/feeds';
import { Corpus } from '../lib/store/corpus';

const para = 'The council met on Tuesday to vote on the new budget, which raises spending on parks. ';
function feed(items: number, perItem: number): string {
  const body = para.repeat(Math.ceil(perItem / para.length)).slice(0, perItem);
  const xs = Array.from(
    { length: items },
    (_, k) => `<item><title>Story ${k}</title><link>https://n.example/${k}</link><description><![CDATA[<p>${body}</p>]]></description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><link>https://n.example/</link>${xs.join('')}</channel></rss>`;
}

console.log('items  chars/item  feed MB  ms     read  not read');
for (const [n, per] of [
  [2000, 5000],
  [200, 50_000],
  [20, 450_000],
] as const) {
  const xml = feed(n, per);
  const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  const t = performance.now();
  const r = await importFeed(c, 'https://n.example/feed', async () => xml);
  const ms = performance.now() - t;
  console.log(
    `${String(n).padStart(5)}  ${String(per).padStart(10)}  ${(xml.length / 1e6).toFixed(1).padStart(7)}  ${ms.toFixed(0).padStart(5)}  ${String(r.items.length).padStart(4)}  ${r.error ?? r.notRead ?? 0}`,
  );
  c.close();
}
