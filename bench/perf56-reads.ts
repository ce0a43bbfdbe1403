/**
 * perf56 (first cold55-reads.ts): with any of bench/browser-page.ts's fresh toggles (`--toggle NAME`, default
 * stored-keys): the store
 * records one cold compare reads at 100k with the toggle on and off, counted in the page (every IndexedDB get / getAll
 * result that is a keyStats bucket, a postings record or an article), and their size in kB (estimated: characters of article text, ~22 bytes per postings id, ~24 per bucket count). A
 * count, not a timing.
 *
 *   PARALLAX_EXT_DIR=<the build the profile was filled with> nice npx tsx bench/perf56-reads.ts --profile-dir P [--toggle NAME]
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { keptProfile, openBenchPage } from './bench-page.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const { profileDir, probes } = keptProfile(args);
const toggle = optionValue('--toggle', args) ?? 'stored-keys';

const load0 = loadavg()[0]!;
const ext = await launchExtension({ userDataDir: profileDir });
try {
  const { page, call } = await openBenchPage(ext);
  await page.evaluate(() => {
    const g = globalThis as any;
    g.__pxCount = { buckets: 0, postings: 0, articles: 0, bytes: 0 };
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as any[]) {
      for (const m of ['get', 'getAll']) {
        const orig = proto[m];
        proto[m] = function (this: unknown, ...a: unknown[]) {
          const req = orig.apply(this, a);
          req.addEventListener('success', () => {
            const rs = Array.isArray(req.result) ? req.result : [req.result];
            for (const r of rs) {
              if (!r || typeof r !== 'object') continue;
              // Sizes without serialising: an article's characters of text, a postings record's ids (× ~22 bytes each as
              // stored), a bucket's counts (× ~24 bytes each). Not a named function: tsx would wrap it in a helper the page lacks.
              g.__pxSize = (typeof r.text === 'string' ? r.text.length : Array.isArray(r.lists) ? 22 * r.lists.flat().length : r.n && typeof r.n === 'object' ? 24 * Object.keys(r.n).length : 0);
              if (typeof r.bucket === 'number' && r.bucket >= 0 && r.bucket < 256) (g.__pxCount.buckets++, (g.__pxCount.bytes += g.__pxSize));
              else if (Array.isArray(r.lists)) (g.__pxCount.postings++, (g.__pxCount.bytes += g.__pxSize));
              else if (typeof r.text === 'string' && typeof r.id === 'string') (g.__pxCount.articles++, (g.__pxCount.bytes += g.__pxSize));
            }
          });
          return req;
        };
      }
    }
  });
  const take = () => page.evaluate(() => {
    const g = globalThis as any;
    const c = { ...g.__pxCount };
    g.__pxCount = { buckets: 0, postings: 0, articles: 0, bytes: 0 };
    return c as { buckets: number; postings: number; articles: number; bytes: number };
  });
  const sums = { on: { buckets: 0, postings: 0, articles: 0, bytes: 0, ms: 0 }, off: { buckets: 0, postings: 0, articles: 0, bytes: 0, ms: 0 } };
  console.log(`toggle ${toggle}. probe: decisions; keyStats buckets read on / off; postings records on / off; article records on / off; kB on / off; ms on / off`);
  for (const id of probes) {
    const row: Record<string, { buckets: number; postings: number; articles: number; bytes: number; ms: number; asked: number }> = {};
    // Off first for half the probes, on first for the others (the first compare of the page runs on colder code).
    for (const how of probes.indexOf(id) % 2 ? ['on', 'off'] : ['off', 'on']) {
      await take();
      const got = await call('freshAB', [id], 1, toggle, how === 'off');
      const c = await take();
      const d = got.detail[0]!;
      row[how] = { ...c, ms: d.ms, asked: d.asked };
      for (const k of ['buckets', 'postings', 'articles', 'bytes', 'ms'] as const) sums[how as 'on' | 'off'][k] += row[how]![k];
    }
    const { on, off } = row as Record<'on' | 'off', (typeof row)[string]>;
    console.log(`${id.slice(0, 6)}: ${on.asked}; ${on.buckets} / ${off.buckets}; ${on.postings} / ${off.postings}; ${on.articles} / ${off.articles}; ${Math.round(on.bytes / 1000)} / ${Math.round(off.bytes / 1000)}; ${Math.round(on.ms)} / ${Math.round(off.ms)}`);
  }
  const { on, off } = sums;
  console.log(`total: keyStats buckets ${on.buckets} / ${off.buckets}; postings ${on.postings} / ${off.postings}; articles ${on.articles} / ${off.articles}; kB ${Math.round(on.bytes / 1000)} / ${Math.round(off.bytes / 1000)}; ms ${Math.round(on.ms)} / ${Math.round(off.ms)}`);
  console.log(`load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await ext.close();
}
process.exit(0);
