/**
 * Why does an import's `articles.bulkPut` slow down as the corpus grows? Raw IndexedDB in Chromium
 * (no Dexie, no engine), one on-disk profile per variant (persistent contexts: a plain
 * `browser.newPage()` context keeps IndexedDB in memory, which hides the disk's cost), all variants
 * filled together, one transaction of `--batch` articles each in turn, so they share the machine's
 * load. Records are shaped like the store's (StoredArticle: ~3.9 kB of text, spans, 40 story keys
 * drawn from a Zipf law like bench/synthetic.ts's articles' keys, id, canonUrl, hash).
 *
 *   nice npx tsx bench/idb-growth.ts [--size 100000] [--batch 1000] [--variants v8,nokeys,postings,grouped,notext] [--diverse]
 *
 * Variants (each its own database in its own profile):
 *   v8        articles: id, canonUrl, hash, *keys (multi-entry)  — the store's schema today
 *   nokeys    the same records, no *keys index
 *   postings  nokeys + a postings store: per transaction one record per distinct key, [key, seq] → ids
 *   grouped   nokeys + postings grouped: per transaction 64 records (keys by hash), each with a multi-entry index of its keys
 *   notext    v8's indexes, records without their text (how much is the value's size)
 * Prints ms per 1,000 articles for each tenth of the fill, per variant.
 */
import { loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const size = Number(optionValue('--size', args) ?? 100_000);
const batch = Number(optionValue('--batch', args) ?? 1000);
const variants = (optionValue('--variants', args) ?? 'v8,nokeys,postings,notext').split(',');

const PAGE = String.raw`<!doctype html><title>idb</title><script>
let db, seq = 0;
const VOCAB = 50000;
const cdf = new Float64Array(VOCAB); { let s = 0; for (let r = 0; r < VOCAB; r++) cdf[r] = s += 1 / (r + 1); for (let r = 0; r < VOCAB; r++) cdf[r] /= s; }
let seed = 7; const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const syl = ['ka','lo','mi','ne','ru','sa','ti','vo','pe','da','gu','zo','be','fi','ho','ja'];
const wordOf = (r) => { let w = '', x = r + 16; while (x > 0) { w += syl[x % 16]; x = Math.floor(x / 16); } return w; };
const zipf = () => { const u = rand(); let lo = 0, hi = VOCAB - 1; while (lo < hi) { const m = (lo + hi) >> 1; if (cdf[m] < u) lo = m + 1; else hi = m; } return lo; };
function article(k, variant) {
  let text = ''; const spans = new Int32Array(30 * 4);
  for (let s = 0; s < 30; s++) { const st = text.length; let t = ''; const n = 12 + Math.floor(rand() * 14); for (let w = 0; w < n; w++) t += (w ? ' ' : '') + wordOf(zipf()); text += (s ? ' ' : '') + t + '.'; spans.set([s >> 2, st, text.length, 0], 4 * s); }
  // The story keys as lib/engine/keys.ts picks them: the article's 40 most frequent words (then by name).
  const count = new Map(); for (const w of text.split(/[ .]+/)) if (w.length > 3) count.set(w, (count.get(w) || 0) + 1);
  let keys = [...count].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 40).map(([w]) => 'w:' + w);
  // --diverse: keys as varied as real news (zyte pages: 25 distinct keys per article over 181 pages), drawn from a long Zipf tail.
  if (window.diverse) { const ks = new Set(); while (ks.size < 40) ks.add('w:' + wordOf(zipf() * 7 % VOCAB) + (rand() < 0.5 ? zipf() % 97 : '')); keys = [...ks]; }
  if (variant === 'numkeys') keys = keys.map((k) => { let h = 0x811c9dc5; for (let j = 0; j < k.length; j++) { h ^= k.charCodeAt(j); h = Math.imul(h, 0x01000193); } return h >>> 0; });
  const id = 'zipf-' + k.toString(36).padStart(6, '0') + '-' + Math.floor(rand() * 1e9).toString(36);
  return { id, title: 'Story ' + k, outlet: 'Outlet ' + (k % 40), date: '2025-01-10', url: 'https://o' + (k % 40) + '.example/n/' + k, canonUrl: 'o' + (k % 40) + '.example/n/' + k,
    hash: 'h' + Math.floor(rand() * 1e15).toString(36) + k, language: 'en', byline: null, description: null, quotes: [], warnings: [], format: 'text',
    text: variant === 'notext' ? '' : text, spans, keys: [...keys], keysVersion: 14, addedAt: Date.now(), updatedAt: Date.now(), size: text.length };
}
window.openDb = (variant) => new Promise((res, rej) => {
  const r = indexedDB.open('growth', 1);
  r.onupgradeneeded = () => { const d = r.result; const a = d.createObjectStore('articles', { keyPath: 'id' });
    a.createIndex('canonUrl', 'canonUrl'); a.createIndex('hash', 'hash');
    if (variant === 'v8' || variant === 'notext' || variant === 'numkeys') a.createIndex('keys', 'keys', { multiEntry: true });
    if (variant === 'postings') d.createObjectStore('postings', { keyPath: ['k', 's'] });
    if (variant === 'grouped') d.createObjectStore('postings', { keyPath: ['g', 's'] }).createIndex('keys', 'keys', { multiEntry: true }); };
  r.onsuccess = () => { db = r.result; res(true); }; r.onerror = () => rej(r.error);
});
window.fill = async (from, n, variant) => {
  const recs = []; for (let k = from; k < from + n; k++) recs.push(article(k, variant));
  const t = performance.now();
  const stores = variant === 'postings' || variant === 'grouped' ? ['articles', 'postings'] : ['articles'];
  await new Promise((res, rej) => { const tx = db.transaction(stores, 'readwrite'); const a = tx.objectStore('articles');
    for (const r of recs) a.put(r);
    if (variant === 'postings') { const p = tx.objectStore('postings'); const by = new Map(); for (const r of recs) for (const k of r.keys) { let l = by.get(k); if (!l) by.set(k, l = []); l.push(r.id); } const s = seq++; for (const [k, ids] of by) p.put({ k, s, ids }); }
    if (variant === 'grouped') { const p = tx.objectStore('postings'); const by = new Map(); for (const r of recs) for (const k of r.keys) { let h = 0x811c9dc5; for (let j = 0; j < k.length; j++) { h ^= k.charCodeAt(j); h = Math.imul(h, 0x01000193); } const g = (h >>> 0) % 64; let m = by.get(g); if (!m) by.set(g, m = new Map()); let l = m.get(k); if (!l) m.set(k, l = []); l.push(r.id); } const s = seq++; for (const [g, m] of by) p.put({ g, s, keys: [...m.keys()], lists: [...m.values()] }); }
    tx.oncomplete = res; tx.onerror = () => rej(tx.error); tx.onabort = () => rej(tx.error); });
  return performance.now() - t;
};
</script>`;

async function main() {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  const runs: Array<{ v: string; dir: string; ctx: BrowserContext; page: Page; ms: number[] }> = [];
  try {
    for (const v of variants) {
      const dir = mkdtempSync(join(tmpdir(), `idb-growth-${v}-`));
      const ctx = await chromium.launchPersistentContext(dir, {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      const page = await ctx.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      if (args.includes('--diverse')) await page.evaluate(() => ((window as unknown as { diverse: boolean }).diverse = true));
      await page.evaluate((x) => (window as unknown as { openDb: (v: string) => Promise<boolean> }).openDb(x), v);
      runs.push({ v, dir, ctx, page, ms: [] });
    }
    console.log(`idb-growth: ${size} articles, transactions of ${batch}, variants ${variants.join(', ')}; load ${loadavg()[0]!.toFixed(1)}`);
    for (let from = 0; from < size; from += batch) {
      for (const r of runs) {
        r.ms.push(await r.page.evaluate(([f, n, v]) => (window as unknown as { fill: (f: number, n: number, v: string) => Promise<number> }).fill(f, n, v), [from, Math.min(batch, size - from), r.v] as const));
      }
      const done = from + batch;
      if (done % (size / 10) === 0 || done >= size) {
        const tenth = Math.round(size / 10 / batch);
        console.log(
          `${String(done).padStart(7)}  ` +
            runs.map((r) => `${r.v} ${Math.round(r.ms.slice(-tenth).reduce((s, x) => s + x, 0) / (tenth * batch) * 1000)} ms/1k`).join('  ') +
            `  (load ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
    for (const r of runs) {
      const total = r.ms.reduce((s, x) => s + x, 0);
      console.log(`${r.v}: ${Math.round(size / (total / 1000))} articles/s over the fill (${Math.round(total)} ms)`);
    }
  } finally {
    for (const r of runs) {
      await r.ctx.close();
      rmSync(r.dir, { recursive: true, force: true });
    }
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
