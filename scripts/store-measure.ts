/**
 * Measures the corpus store: upsert N synthetic articles (~4.7 kB of text each) in batches, then
 * re-upsert, candidate look-up, list and export. Not a test; numbers for the report.
 *
 *   npx tsx scripts/store-measure.ts [N=10000] [batch=500]             # Node, fake-indexeddb
 *   npx tsx scripts/store-measure.ts [N] [batch] --chromium            # real IndexedDB in Chromium
 *   … --zipf                                                          # bench:browser's Zipf articles
 *
 * fake-indexeddb is a pure-JS IndexedDB, far slower than Chromium's; the --chromium run bundles
 * this same file (with lib/store) for the browser and runs it in a headless page on 127.0.0.1.
 * "store alone" precomputes the story keys outside the timing, to separate the store's cost from
 * the engine's key function (lib/engine/keys.ts), which every write pays.
 */
import { Corpus, KEYS_VERSION, toArticle, type KeyFunction } from '../lib/store/corpus';
import { compactUnits, createDb, type OpenOptions, type StoredArticle } from '../lib/store/db';
import { urlKey } from '../lib/url';
import type { Article } from '../lib/types';
import { syntheticArticle, zipfArticles } from '../bench/synthetic';
import { indexKeys } from '../lib/engine/keys';

// A deterministic vocabulary so articles share words like real stories do.
const WORDS = Array.from({ length: 5000 }, (_, k) => `word${k.toString(36)}x`);

export function syntheticArticles(n: number): Article[] {
  let seed = 42;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: Article[] = [];
  for (let k = 0; k < n; k++) {
    const paragraphs: string[][] = [];
    for (let p = 0; p < 8; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 4; s++) {
        const len = 12 + Math.floor(rand() * 12);
        const w = Array.from({ length: len }, () => WORDS[Math.floor(rand() ** 2 * WORDS.length)]);
        sentences.push(w.join(' ') + '.');
      }
      paragraphs.push(sentences);
    }
    out.push(
      syntheticArticle({
        id: `syn-${k.toString().padStart(6, '0')}`,
        title: `Synthetic story ${k}`,
        outlet: `Outlet ${k % 40}`,
        date: `2025-${String((k % 12) + 1).padStart(2, '0')}-10`,
        url: `https://outlet${k % 40}.example/news/${k}`,
        paragraphs,
      }),
    );
  }
  return out;
}

/** Runs the measurements on corpora opened with `open`; returns report lines. */
export async function measure(n: number, batch: number, open: (o: OpenOptions & { keysOf?: KeyFunction }) => Promise<Corpus>, zipf = false): Promise<string[]> {
  // --zipf: bench:browser's articles (bench/synthetic.ts zipfArticles: ~600 words from a 50,000-word
  // Zipf vocabulary) instead of this script's older generator.
  const articles = zipf ? zipfArticles(n) : syntheticArticles(n);
  const bytes = articles.reduce((s, a) => s + a.text.length, 0);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rate = (ms: number) => `${Math.round(n / (ms / 1000))} articles/s`;

  const k0 = performance.now();
  const precomputed = new Map(articles.map((a) => [a.title, indexKeys(a)]));
  const k1 = performance.now();

  const storeOnly = await open({ name: 'measure-store-only', keysOf: (a) => precomputed.get(a.title)! });
  const s0 = performance.now();
  for (let k = 0; k < n; k += batch) await storeOnly.upsert(articles.slice(k, k + batch));
  const s1 = performance.now();
  await storeOnly.clear();
  storeOnly.close();

  const corpus = await open({ name: 'measure-full' });
  corpus.stageTimes = {};
  const t0 = performance.now();
  await corpus.upsertBatched(articles, { batch }); // transactions of `batch`, as the options page imports
  const t1 = performance.now();
  const stages = corpus.stageTimes;
  corpus.stageTimes = null;
  const again = await corpus.upsert(articles.slice(0, batch));
  const t2 = performance.now();
  const probe = (await corpus.getStored(articles[Math.min(123, n - 1)]!.id))!.keys;
  const t3 = performance.now();
  const cands = await corpus.candidates(probe, 50);
  const t4a = performance.now();
  await corpus.keyCounts(probe);
  const t4 = performance.now();
  const list = await corpus.list();
  const t5 = performance.now();
  const bundle = await corpus.exportBundle();
  const t6 = performance.now();
  const parts = await corpus.exportParts();
  const t7 = performance.now();
  await corpus.clear();
  corpus.close();
  const ab = await unitsAB(articles.slice(0, Math.min(n, 1000)), open);
  return [
    `articles: ${n} ${zipf ? 'Zipf (bench:browser\'s)' : 'synthetic (rand()² ranks)'} (${(bytes / 1e6).toFixed(1)} MB of text, ${probe.length} keys each), batch ${batch}`,
    `indexKeys alone:              ${fmt(k1 - k0)}  (${((k1 - k0) / n).toFixed(2)} ms per article; the engine's key function)`,
    `upsert, store alone:          ${fmt(s1 - s0)}  (${rate(s1 - s0)}; keys precomputed)`,
    `upsertBatched, with indexKeys: ${fmt(t1 - t0)}  (${rate(t1 - t0)})`,
    ...Object.entries(stages).map(([k, ms]) => `   ${k.padEnd(32)} ${fmt(ms)}`),
    `re-upsert ${batch} unchanged:     ${fmt(t2 - t1)}  (${again.unchanged} unchanged)`,
    `candidates(${probe.length} keys, limit 50): ${(t4a - t3).toFixed(0)} ms  (top: ${cands[0]?.id} with ${cands[0]?.hits} hits)`,
    `keyCounts(${probe.length} keys):           ${(t4 - t4a).toFixed(0)} ms  (keyStats table)`,
    `list summaries:               ${(t5 - t4).toFixed(0)} ms  (${list.length})`,
    `export bundle:                ${fmt(t6 - t5)}  (${bundle.articles.length})`,
    `export in parts (JSON):       ${fmt(t7 - t6)}  (${parts.length} parts, ${(parts.reduce((x, p) => x + p.length, 0) / 1e6).toFixed(1)} MB)`,
    ...ab,
  ];
}

/**
 * The same records put with their units as schema v4 stored them (objects with a copy of the text)
 * and as v5 stores them (compact spans), alternating, in one page: the ratio holds under load.
 */
async function unitsAB(articles: Article[], open: (o: OpenOptions) => Promise<Corpus>): Promise<string[]> {
  const probe = await open({ name: 'measure-ab-probe' }); // only to get the environment's IndexedDB
  const env = { indexedDB: (probe.db as unknown as { _options: { indexedDB: IDBFactory } })._options.indexedDB, IDBKeyRange: (probe.db as unknown as { _options: { IDBKeyRange: typeof IDBKeyRange } })._options.IDBKeyRange };
  probe.close();
  const v4 = articles.map((a) => ({ ...toArticle(a), canonUrl: urlKey(a.url), addedAt: 1, updatedAt: 1, size: a.text.length, keys: [], keysVersion: KEYS_VERSION }) as unknown as StoredArticle);
  const v5 = v4.map((r) => compactUnits(r));
  const db = createDb({ ...env, name: 'measure-ab' });
  await db.open();
  const times: Record<'v4' | 'v5', number[]> = { v4: [], v5: [] };
  for (let round = 0; round < 3; round++) {
    for (const form of ['v4', 'v5'] as const) {
      await db.articles.clear();
      const recs = form === 'v4' ? v4 : v5;
      const t = performance.now();
      for (let k = 0; k < recs.length; k += 500) await db.transaction('rw', db.articles, () => db.articles.bulkPut(recs.slice(k, k + 500)));
      times[form].push(performance.now() - t);
    }
  }
  await db.articles.clear();
  db.close();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const bytes = (rs: StoredArticle[]) =>
    rs.reduce((x, r) => x + JSON.stringify({ ...r, spans: undefined }).length + (r.spans?.byteLength ?? 0), 0) / rs.length / 1000;
  return [
    `bulkPut ${articles.length} records, units as v4 (objects + text): ${med(times.v4).toFixed(0)} ms median of 3 (${bytes(v4).toFixed(1)} kB JSON each)`,
    `bulkPut ${articles.length} records, units as v5 (spans):          ${med(times.v5).toFixed(0)} ms median of 3 (${bytes(v5).toFixed(1)} kB: JSON + the spans' bytes)`,
  ];
}

declare global {
  interface Window {
    __measureStore?: (n: number, batch: number, zipf: boolean) => Promise<string[]>;
  }
}

async function inChromium(n: number, batch: number, zipf: boolean): Promise<string[]> {
  const { build } = await import('vite');
  const { createServer } = await import('node:http');
  const { chromium } = await import('playwright-core');
  const { fileURLToPath } = await import('node:url');
  const out = await build({
    configFile: false,
    logLevel: 'error', // (import.meta is unused in the browser branch)
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(import.meta.url), formats: ['iife'], name: 'storeMeasure' },
      rollupOptions: { external: [/^node:/, 'vite', 'playwright-core', 'fake-indexeddb'] },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const code = outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
  const server = createServer((req, res) => {
    if (req.url === '/measure.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(code);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>measure</title><script src="/measure.js"></script>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.__measureStore === 'function');
    const version = browser.version();
    const lines = await page.evaluate(([a, b, z]) => window.__measureStore!(a, b, z), [n, batch, zipf] as const);
    return [`Chromium ${version}`, ...lines];
  } finally {
    await browser.close();
    server.close();
  }
}

if (typeof window !== 'undefined') {
  window.__measureStore = (n, batch, zipf) => measure(n, batch, (o) => Corpus.open(o), zipf);
} else {
  const args = process.argv.slice(2);
  const nums = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const n = nums[0] ?? 10_000;
  const batch = nums[1] ?? 500;
  const run = args.includes('--chromium')
    ? inChromium(n, batch, args.includes('--zipf'))
    : import('fake-indexeddb').then(({ IDBFactory, IDBKeyRange }) =>
        measure(n, batch, (o) => Corpus.open({ ...o, indexedDB: new IDBFactory(), IDBKeyRange }), args.includes('--zipf')).then((l) => [
          'fake-indexeddb (Node)',
          ...l,
        ]),
      );
  run.then(
    (lines) => console.log(lines.join('\n')),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
