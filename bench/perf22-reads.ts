/**
 * perf22: which database reads a page's first compare makes at 100k, in order, and what each read
 * (bench/browser-page.ts `traceReads`), in a freshly started browser on a kept filled profile (the
 * state of a newly opened panel: Chromium's caches cold, the engine's derived records empty).
 *
 *   PARALLAX_EXT_DIR=<the build the profile was filled with> nice npx tsx bench/perf22-reads.ts --profile-dir P [--only 003] [--fresh]
 *
 * Prints per probe the compare's ms and each read: method, keys/ids asked, start → end (ms from the
 * compare's start), postings records read ([g, s] distinct) and JSON bytes; then the compare's totals
 * per method (perf34).
 */
import { loadavg } from 'node:os';
import { launchExtension, SEED_003 } from '../tests/e2e/fixtures.ts';
import { keptProfile, openBenchPage } from './bench-page.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const { profileDir, probes: benchOrder } = keptProfile(args);
const only = optionValue('--only', args);
// Seed 003 first, then bench/browser.ts's other probes in its order.
const all = [SEED_003, ...benchOrder.filter((id) => id !== SEED_003)];
const probes = only ? all.filter((id) => id.includes(only)) : all;

const load0 = loadavg()[0]!;
const ext = await launchExtension({ userDataDir: profileDir });
try {
  const { call } = await openBenchPage(ext);
  const got = await call('traceReads', probes, args.includes('--fresh'));
  for (const p of got) {
    console.log(`${p.id}: compare ${p.ms.toFixed(0)} ms, ${p.related} related`);
    for (const r of p.log.sort((x, y) => x.s - y.s)) {
      const extra = r.m === 'keyIds' ? `; ${r.recs} postings records (${r.gs} distinct [g,s]), ${((r.bytes ?? 0) / 1e3).toFixed(0)} kB` : r.m === 'keyCounts' ? `; ${r.recs} keyStats buckets, ${((r.bytes ?? 0) / 1e3).toFixed(0)} kB` : r.m === 'getMany' ? `; ${((r.bytes ?? 0) / 1e3).toFixed(0)} kB articles, ${((r.vbytes ?? 0) / 1e3).toFixed(0)} kB vectors` : r.m === 'repeatCounts' ? `; ${r.recs} sites, ${((r.bytes ?? 0) / 1e3).toFixed(0)} kB` : '';
      console.log(`  ${r.m.padEnd(10)} ${String(r.n).padStart(4)}  ${r.s.toFixed(0).padStart(5)} → ${r.e.toFixed(0).padStart(5)} (${(r.e - r.s).toFixed(0)} ms)${extra}`);
    }
    // perf39: how long before the page decision's key counts arrived its first key lists were asked (negative: after).
    const firstLists = p.log.filter((r) => r.m === 'keyIds').sort((x, y) => x.s - y.s)[0];
    const firstCounts = p.log.filter((r) => r.m === 'keyCounts').sort((x, y) => x.s - y.s)[0];
    if (firstLists && firstCounts) console.log(`  lists asked ${(firstCounts.e - firstLists.s).toFixed(0)} ms before the counts arrived`);
    // perf34: the compare's totals per method (records and JSON kB read).
    const of = (m: string) => p.log.filter((r) => r.m === m);
    const kb = (rs: typeof p.log, f: (r: (typeof p.log)[number]) => number | undefined) => (rs.reduce((t, r) => t + (f(r) ?? 0), 0) / 1e3).toFixed(0);
    const sum = (rs: typeof p.log, f: (r: (typeof p.log)[number]) => number | undefined) => rs.reduce((t, r) => t + (f(r) ?? 0), 0);
    console.log(
      `  = ${p.log.length} reads, ${of('findSame').length} story decisions; articles ${sum(of('getMany'), (r) => r.n)} (${kb(of('getMany'), (r) => r.bytes)} kB + vectors ${kb(of('getMany'), (r) => r.vbytes)} kB); ` +
        `postings records ${sum(of('keyIds'), (r) => r.recs)} (${kb(of('keyIds'), (r) => r.bytes)} kB); keyStats buckets ${sum(of('keyCounts'), (r) => r.recs)} (${kb(of('keyCounts'), (r) => r.bytes)} kB); repeat counts ${of('repeatCounts').length} reads, ${sum(of('repeatCounts'), (r) => r.recs)} sites (${kb(of('repeatCounts'), (r) => r.bytes)} kB)`,
    );
  }
  console.log(`load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await ext.close();
}
process.exit(0);
