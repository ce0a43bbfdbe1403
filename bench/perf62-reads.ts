/**
 * perf62: which of a side panel compare's corpus reads wait for another. On a kept bench:browser profile, `--loads`
 * fresh panels on seed 003 with `?compare=here` (the engine in the panel's page, whose corpus view times every read
 * as a `parallax:db:<method>` measure: lib/sidebar/controller.ts panelCorpus), and per load: the reads by method,
 * the **waves** (a wave starts when a read starts with none outstanding: the engine waited for every read before it
 * asked again), the longest chain of reads each started after the one before it ended (an upper bound on the reads
 * in series), and the wall time with a read outstanding against the compare's. `--timeline` prints each read.
 * First, in one panel page: the size of the keyStats records the panel reads for its count (TOTAL_BUCKET) and
 * the frequent keys' record beside it (FREQUENT_BUCKET), and each record's read time, `--probes` times each.
 * Not a test; the offscreen document's compare makes the same calls on the same corpus (one engine), untimed.
 *
 *   PARALLAX_EXT_DIR=LIVE nice npx tsx bench/perf62-reads.ts --profile-dir DIR [--loads 4] [--timeline]
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { openSeedTab } from './bench-page.ts';
import { median } from './baseline.ts';
import { OBSERVE, READ_MARKS, REPORT_SHOWN } from './panel-marks.ts';
import { optionValue, runMain } from './args.ts';
import { FREQUENT_BUCKET, TOTAL_BUCKET } from '../lib/store/db.ts';

const args = process.argv.slice(2);
const profileDir = optionValue('--profile-dir', args);
const loadsN = Number(optionValue('--loads', args) ?? 4);
const showTimeline = args.includes('--timeline');
const probes = Number(optionValue('--probes', args) ?? 20);

/** In an extension page: each keyStats record's size (JSON) and read time (raw IndexedDB, one get per transaction), `n` times; median ms. */
const PROBE = async ({ n, buckets }: { n: number; buckets: number[] }) => {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const r = indexedDB.open('parallax');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const get = (b: number) =>
    new Promise<unknown>((ok, fail) => {
      const r = db.transaction('keyStats', 'readonly').objectStore('keyStats').get(b);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const out: Array<{ bucket: number; bytes: number; keys: number; ms: number }> = [];
  for (const b of buckets) {
    const rec = (await get(b)) as { n?: Record<string, unknown> } | undefined;
    const ms: number[] = [];
    for (let k = 0; k < n; k++) {
      const t = performance.now();
      await get(b);
      ms.push(performance.now() - t);
    }
    ms.sort((x, y) => x - y);
    out.push({ bucket: b, bytes: JSON.stringify(rec ?? null).length, keys: Object.keys(rec?.n ?? {}).length, ms: ms[ms.length >> 1]! });
  }
  db.close();
  return out;
};

type Read = [method: string, start: number, end: number];

/** Waves (reads started with none outstanding) and the longest chain of reads in series (each starts at or after the last's end). */
function serial(reads: Read[]): { waves: number; chain: number; chainOf: string[] } {
  const sorted = [...reads].sort((a, b) => a[1] - b[1]);
  let waves = 0;
  let until = -Infinity;
  for (const [, s, e] of sorted) {
    if (s >= until) waves++;
    until = Math.max(until, e);
  }
  // Longest chain by end time: best[i] = 1 + max best[j] over reads j ending at or before read i starts.
  const byEnd = [...sorted].sort((a, b) => a[2] - b[2]);
  const best: number[] = [];
  const prev: number[] = [];
  byEnd.forEach(([, s], i) => {
    best[i] = 1;
    prev[i] = -1;
    for (let j = 0; j < i; j++) if (byEnd[j]![2] <= s && best[j]! + 1 > best[i]!) (best[i] = best[j]! + 1), (prev[i] = j);
  });
  let at = best.indexOf(Math.max(0, ...best));
  const chainOf: string[] = [];
  while (at >= 0) chainOf.unshift(byEnd[at]![0]), (at = prev[at]!);
  return { waves, chain: chainOf.length, chainOf };
}

async function main() {
  if (!profileDir) throw new Error('--profile-dir DIR (a kept bench:browser profile; PARALLAX_EXT_DIR its build path)');
  const ext = await launchExtension({ userDataDir: profileDir });
  try {
    const { page: news, tabId } = await openSeedTab(ext);
    console.log(`Chromium ${ext.context.browser()?.version() ?? ''}; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}; panel sidepanel.html?tabId=${tabId}&compare=here`);
    const probe = await ext.context.newPage();
    await probe.addInitScript(OBSERVE); // (its `__name`: the evaluated function is compiled by tsx)
    await probe.goto(ext.extensionUrl('sidepanel.html?tabId=-1&compare=here'));
    for (const r of await probe.evaluate(PROBE, { n: probes, buckets: [TOTAL_BUCKET, FREQUENT_BUCKET] }))
      console.log(`keyStats record ${r.bucket}: ${r.bytes.toLocaleString('en')} B (JSON), ${r.keys} keys; read ${r.ms.toFixed(2)} ms (median of ${probes}, load ${loadavg()[0]!.toFixed(1)})`);
    await probe.close();
    const rows: Array<{ compare: number; outstanding: number; waves: number; chain: number; reads: number }> = [];
    for (let k = 0; k < loadsN; k++) {
      const panel = await ext.context.newPage();
      await panel.addInitScript(OBSERVE);
      await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}&compare=here`));
      await panel.waitForFunction(REPORT_SHOWN, null, { timeout: 300_000, polling: 20 });
      const m = await panel.evaluate(READ_MARKS);
      await panel.close();
      const s = serial(m.timeline);
      const compare = m.compared - m.ingested;
      rows.push({ compare, outstanding: m.outstanding, waves: s.waves, chain: s.chain, reads: m.timeline.length });
      console.log(
        `\nload ${k} (load average ${loadavg()[0]!.toFixed(1)}): compare ${Math.round(compare)} ms, a read outstanding ${Math.round(m.outstanding)} ms; ` +
          `${m.timeline.length} reads (${Object.entries(m.byMethod).map(([n, v]) => `${n} ${v.calls}, ${Math.round(v.ms)} ms`).join('; ')}); ` +
          `${s.waves} waves; longest chain ${s.chain}: ${s.chainOf.join(' → ')}`,
      );
      if (showTimeline) for (const [n, a, b] of m.timeline) console.log(`  ${n} ${a}–${b}`);
    }
    const later = rows.length > 1 ? rows.slice(1) : rows;
    const md = (f: (r: (typeof rows)[number]) => number) => Math.round(median(later.map(f)));
    console.log(`\nmedians of loads 2–${rows.length}: compare ${md((r) => r.compare)} ms, a read outstanding ${md((r) => r.outstanding)} ms, reads ${md((r) => r.reads)}, waves ${md((r) => r.waves)}, longest chain ${md((r) => r.chain)}`);
    await news.close();
  } finally {
    await ext.close();
  }
}

runMain(main);
