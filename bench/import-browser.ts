/**
 * Import rate in the real extension page (bench:browser's import part alone, with stage times per
 * step): loads the built extension, opens an extension-origin page and fills the "parallax"
 * database with bench/synthetic.ts's Zipf articles up to each size through `upsertBatched`,
 * as bench/browser.ts does, printing articles/s and the stages of each step.
 *
 *   npm run build && nice npx tsx bench/import-browser.ts --sizes 2000,10000 [--chunk 5000] [--batch N]
 *     [--ab] [--ab-batch 500,1000] [--ab-session] [--ab-flag keepRepeats:on] [--keys-ahead] [--cold N] [--rebuild] [--upgrade N] [--profile] [--keys page|worker|ab|ab2]
 * --profile: a CPU profile of the page during the last step: its main thread's self time by
 *   function (top 25) and how much of the step it was idle (waiting for IndexedDB).
 * --upgrade N: a v6 database of N articles opened by this code (v7 upgrade: time, filter checked).
 *   With --upgrade-from 8: a v8 database (v9 upgrade: time, postings checked against the articles' keys).
 * --schema-ab N: schema v8 (multi-entry key index) against v9 (postings) in one page: two databases
 *   filled with the seeds, the zyte pages and N Zipf articles in alternating chunks (import rate of
 *   each), then --rounds rounds of compares of 10 probes and of their key-list reads, alternating.
 *   Use with --sizes 1 (the main database stays nearly empty).
 * --rebuild: at the end, the identity filter record is removed and the next two imports of 1,000 are timed.
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { SEED_IDS } from '../tests/data/engine/fixtures.ts';
import { openBenchPage } from './bench-page.ts';
import { optionValue } from './args.ts';
import { selfTimes, type CpuProfile } from './cpu-profile.ts';
import { stepCpu, stepCpuLine } from './import78-cpu.ts';

const args = process.argv.slice(2);
const flag = (name: string) => optionValue(name, args);
const sizes = (flag('--sizes') ?? '2000,10000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const chunk = Number(flag('--chunk') ?? 5000);
const batch = flag('--batch') ? Number(flag('--batch')) : undefined;
/** --ab: alternate chunks with and without the identity filter's savings (every value looked up, as before). */
const ab = args.includes('--ab');
/** --ab-batch 500,1000: alternate chunks written in transactions of either size. */
const abBatch = flag('--ab-batch')?.split(',').map(Number) as [number, number] | undefined;
const profile = args.includes('--profile');
/** --keys page|worker|ab|ab2: story keys on the page (as before), in the options page's worker (default), alternating per chunk (ab), or one worker against two (ab2, chunks A B B A). */
const keysIn = (flag('--keys') ?? 'worker') as 'page' | 'worker' | 'ab' | 'ab2';
/** --ab-session: alternate chunks keeping the identity filter and keyStats buckets across batches (ImportSession) or reading them per batch. */
const abSession = args.includes('--ab-session');
/** --ab-flag NAME[,NAME…]:on|off: alternate chunks with bench-only boolean switches of the Corpus on and off together (e.g. keepRepeats), the first chunk as named. */
const abFlagArg = flag('--ab-flag')?.split(':');
const abFlag = abFlagArg ? ([abFlagArg[0]!, abFlagArg[1] !== 'off'] as [string, boolean]) : undefined;
/** --keys-ahead: the fill as one continuous import (each chunk's first keys asked for while the chunk before writes; bench/browser.ts's default). */
const keysAhead = args.includes('--keys-ahead');
/** --cold N: after the fill, N rounds of cold compares (as a fresh panel) of the probes, stored vectors vs derived, alternating. */
const cold = Number(flag('--cold') ?? 0);




/** The five seeds, ingested as the extension does. */
async function seedArticles() {
  const { loadSet } = await import('../tests/data/engine/fixtures.ts');
  process.env.PARALLAX_CACHE ??= 'off';
  return loadSet('seeds');
}

async function main() {
  const ext = await launchExtension();
  try {
    const { page, call } = await openBenchPage(ext);
    const cdp = profile ? await ext.context.newCDPSession(page) : null;
    let count = await call('count');
    let next = 0;
    for (const size of sizes) {
      const add = Math.max(0, size - count);
      const last = size === sizes[sizes.length - 1];
      if (cdp && last) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
        await cdp.send('Profiler.start');
      }
      const cpu = stepCpu();
      const r = await call('fillZipf', add, next, chunk, batch, ab, abBatch, keysIn, abSession, keysAhead, false, abFlag);
      const used = cpu.done(add);
      if (cdp && last) {
        const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        const top = selfTimes(p);
        const total = top.reduce((t, [, v]) => t + v, 0);
        console.log(`   profile of this step: ${Math.round(total)} ms sampled; self time by function:`);
        for (const [name, v] of top.slice(0, 25)) console.log(`     ${Math.round(v).toString().padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${name}`);
      }
      next += add;
      count = await call('count');
      console.log(`${count} articles (load ${loadavg()[0]!.toFixed(1)}): +${add} at ${Math.round(add / (r.ms / 1000))} articles/s (${Math.round(r.ms)} ms)`);
      if (ab) console.log(`   with the filter ${Math.round(r.ab.filterN / (r.ab.filter / 1000))}/s, every value looked up ${Math.round(r.ab.lookupsN / (r.ab.lookups / 1000))}/s`);
      if (keysIn === 'ab2') console.log(`   keys in one worker ${Math.round(r.keysAb.workerN / (r.keysAb.worker / 1000))}/s, split over two ${Math.round(r.keysAb.pageN / (r.keysAb.page / 1000))}/s (chunks A B B A …)`);
      if (keysIn === 'ab') console.log(`   keys in the worker ${Math.round(r.keysAb.workerN / (r.keysAb.worker / 1000))}/s, on the page ${Math.round(r.keysAb.pageN / (r.keysAb.page / 1000))}/s`);
      if (abSession) console.log(`   kept across batches ${Math.round(r.ab.sessionN[0]! / (r.ab.session[0]! / 1000))}/s, read per batch ${Math.round(r.ab.sessionN[1]! / (r.ab.session[1]! / 1000))}/s`);
      if (abFlag) {
        const [on, off] = abFlag[1] ? [0, 1] : [1, 0];
        const rate = (k: number) => Math.round(r.ab.sessionN[k]! / (r.ab.session[k]! / 1000));
        console.log(`   ${abFlag[0]} on ${rate(on)}/s, off ${rate(off)}/s (first chunk ${abFlag[1] ? 'on' : 'off'})`);
      }
      if (abBatch) console.log(`   batch ${abBatch[0]}: ${Math.round(r.ab.batchN[0]! / (r.ab.batch[0]! / 1000))}/s, batch ${abBatch[1]}: ${Math.round(r.ab.batchN[1]! / (r.ab.batch[1]! / 1000))}/s`);
      console.log('   ' + Object.entries(r.stages ?? {}).map(([k, v]) => `${k} ${Math.round(v)}`).join('; '));
      // import78: CPU an article (the code's cost) and who had the cores (the machine's share), from /proc, generating the articles included.
      console.log(`   CPU: ${stepCpuLine(used)}`);
    }
    if (flag('--schema-ab')) {
      // v8 against v9 in one page (bench/browser-page.ts schemaAB): import, compare and key-list reads alternating.
      const n = Number(flag('--schema-ab'));
      const probes = [...SEED_IDS];
      const real = await seedArticles();
      const zyte = (await import('../tests/data/engine/fixtures.ts')).loadZyte(181);
      const zprobes = zyte.slice(0, 5).map((a) => a.id);
      const load0 = loadavg()[0]!;
      const r = await call('schemaAB', n, [...real, ...zyte], [...probes, ...zprobes], Number(flag('--rounds') ?? 4), chunk);
      const rate = (ms: number) => Math.round((r.n[0]! - real.length - zyte.length) / (ms / 1000));
      console.log(`schema A/B, ${r.n[0]} / ${r.n[1]} articles (load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}), chunks of ${chunk} alternating:`);
      console.log(`   import: v8 ${rate(r.importMs[0]!)} articles/s (${Math.round(r.importMs[0]!)} ms), v9 ${rate(r.importMs[1]!)} articles/s (${Math.round(r.importMs[1]!)} ms)`);
      console.log(`   compare (${r.runs} runs each, alternating): v8 median ${Math.round(r.compare[0]!.median)} / p95 ${Math.round(r.compare[0]!.p95)} ms; v9 median ${Math.round(r.compare[1]!.median)} / p95 ${Math.round(r.compare[1]!.p95)} ms; reports differing ${r.differ}`);
      console.log(`   keyIds of a probe's index keys: v8 median ${Math.round(r.keyIds[0]!.median)} / p95 ${Math.round(r.keyIds[0]!.p95)} ms; v9 median ${Math.round(r.keyIds[1]!.median)} / p95 ${Math.round(r.keyIds[1]!.p95)} ms; key lists differing ${r.listsDiffer}`);
    }
    if (cold > 0) {
      const probes = [...SEED_IDS];
      await call('putReal', await seedArticles());
      const r = await call('compareCold', probes, cold);
      console.log(`cold compares (fresh panel state), ${r.runs} runs each, alternating (load ${loadavg()[0]!.toFixed(1)}): stored vectors median ${Math.round(r.stored.median)} / p95 ${Math.round(r.stored.p95)} ms; derived median ${Math.round(r.derived.median)} / p95 ${Math.round(r.derived.p95)} ms; reports differing ${r.differ}`);
      const sz = await call('recordSizes', 500);
      console.log(`article record bytes (mean of ${sz.n}, strings at 2 bytes a char): text ${Math.round(sz.text)}, units ${Math.round(sz.spans)}, keys ${Math.round(sz.keys)}; kept story vectors: ${sz.kept} records, ${Math.round(sz.vec)} bytes each`);
      for (const d of r.detail) console.log(`     ${d.id} ${d.how.padEnd(8)} ${Math.round(d.ms)} ms, ${d.fetched} articles read, ${d.asked} story decisions`);
    }
    if (flag('--upgrade')) {
      const from = Number(flag('--upgrade-from') ?? 6);
      const r = await call('upgradeCheck', Number(flag('--upgrade')), from);
      console.log(
        from === 8
          ? `v8 → v${r.version} upgrade of ${r.count} articles: open ${Math.round(r.openMs)} ms (load ${loadavg()[0]!.toFixed(1)}); key-article pairs missing from the postings: ${r.missing}`
          : `v6 → v${r.version} upgrade of ${r.count} articles: open ${Math.round(r.openMs)} ms; identities missing from the filter: ${r.missing}`,
      );
    }
    if (args.includes('--rebuild')) {
      const r = await call('filterBuild', 1000, next);
      // Since FILTER_BUILD_MIN's rule (an import at least the corpus' size builds it), a batch of 1,000
      // into a larger corpus does not build the filter: then both numbers are imports without one.
      console.log(`identity filter removed at ${r.count - 2000} articles: the next import of 1,000 ${Math.round(r.rebuilt)} ms, the one after ${Math.round(r.kept)} ms`);
    }
  } finally {
    await ext.close();
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
