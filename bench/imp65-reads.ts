/**
 * imp65: the reads schema v12 (docs/notes/imp65.md) serves from other places, timed in the extension page after a fill
 * (bench:browser's fillZipf, keys in the worker): first rows (the newest 100 by date, with their records), the ids
 * oldest added first (retention), and the reader's own / pinned articles newest first (prepare). Raw IndexedDB in the
 * page on whatever schema the build wrote: v11 reads the summaries' indexes; v12 the articles' indexes and the packs.
 * Medians of --reps rounds, the page's clock (load printed).
 *
 *   cd ARM && nice npx tsx bench/imp65-reads.ts --n 30000 [--reps 15]      # ARM: a git archive, built
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { openBenchPage } from './bench-page.ts';
import { optionValue, runMain } from './args.ts';

const args = process.argv.slice(2);
const n = Number(optionValue('--n', args) ?? 30000);
const reps = Number(optionValue('--reps', args) ?? 15);

/** In the page (a string: no transpiler helpers): the three reads, `reps` times each, in turn. */
const READS = `async (reps) => {
  const req = (r) => new Promise((ok, no) => { r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
  const db = await req(indexedDB.open('parallax'));
  const v12 = db.objectStoreNames.contains('summaryPacks');
  const on = v12 ? 'articles' : 'summaries';
  const times = { first: [], oldest: [], own: [] };
  let sizes = null;
  for (let k = 0; k < reps; k++) {
    let t = performance.now();
    const ix = db.transaction(on).objectStore(on).index('date');
    const got = await req(ix.getAllRecords({ count: 100, direction: 'prev' }));
    const rows = got.map((r) => r.value).map((v) => ({ id: v.id, title: v.title, outlet: v.outlet, date: v.date, url: v.url, language: v.language,
      size: v.size, units: v.spans ? v.spans.length >> 2 : (v.units || []).length, addedAt: v.addedAt, updatedAt: v.updatedAt, keysVersion: v.keysVersion }));
    times.first.push(performance.now() - t);
    t = performance.now();
    const ids = await req(db.transaction(on).objectStore(on).index('addedAt').getAllKeys());
    times.oldest.push(performance.now() - t);
    t = performance.now();
    let own = [];
    if (v12) {
      const packs = await req(db.transaction('summaryPacks').objectStore('summaryPacks').getAll());
      own = packs.flatMap((p) => p.rows.filter((s) => s.own === true || s.pinned === true));
      own.sort((x, y) => y.addedAt - x.addedAt || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
      own = own.slice(0, 4500).map((s) => s.id);
    } else {
      const c = db.transaction('summaries').objectStore('summaries').index('addedAt').openCursor(null, 'prev');
      await new Promise((ok, no) => {
        c.onsuccess = () => { const x = c.result; if (!x || own.length >= 4500) return ok(); if (x.value.own === true || x.value.pinned === true) own.push(x.primaryKey); x.continue(); };
        c.onerror = () => no(c.error);
      });
    }
    times.own.push(performance.now() - t);
    sizes = { rows: rows.length, ids: ids.length, own: own.length };
  }
  db.close();
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { v12, sizes, first: med(times.first), oldest: med(times.oldest), own: med(times.own) };
}`;

runMain(async () => {
  const ext = await launchExtension();
  try {
    const { page, call } = await openBenchPage(ext);
    await call('fillZipf', n, 0, 5000, undefined, false, undefined, 'worker', false, true);
    const load0 = loadavg()[0]!;
    const r = (await page.evaluate(`(${READS})(${reps})`)) as { v12: boolean; sizes: Record<string, number>; first: number; oldest: number; own: number };
    console.log(`${await call('count')} articles, schema ${r.v12 ? 'v12' : 'v11'} (load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}), medians of ${reps}:`);
    console.log(`   first rows (${r.sizes.rows}) ${r.first.toFixed(1)} ms; ids oldest added (${r.sizes.ids}) ${r.oldest.toFixed(1)} ms; own / pinned newest first (${r.sizes.own}) ${r.own.toFixed(1)} ms`);
  } finally {
    await ext.close();
  }
});
