/**
 * Import rate in the real extension page (bench:browser's import part alone, with stage times per
 * step): loads the built extension, opens an extension-origin page and fills the "parallax"
 * database with bench/synthetic.ts's Zipf articles up to each size through `upsertBatched`,
 * as bench/browser.ts does, printing articles/s and the stages of each step.
 *
 *   npm run build && nice npx tsx bench/import-browser.ts --sizes 2000,10000 [--chunk 5000] [--batch N]
 *     [--ab] [--ab-batch 500,1000] [--rebuild] [--upgrade N]
 * --upgrade N: a v6 database of N articles opened by this code (v7 upgrade: time, filter checked).
 * --rebuild: at the end, the identity filter record is removed and the next two imports of 1,000 are timed.
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { openBenchPage } from './bench-page.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const sizes = (flag('--sizes') ?? '2000,10000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const chunk = Number(flag('--chunk') ?? 5000);
const batch = flag('--batch') ? Number(flag('--batch')) : undefined;
/** --ab: alternate chunks with and without the identity filter's savings (every value looked up, as before). */
const ab = args.includes('--ab');
/** --ab-batch 500,1000: alternate chunks written in transactions of either size. */
const abBatch = flag('--ab-batch')?.split(',').map(Number) as [number, number] | undefined;



async function main() {
  const ext = await launchExtension();
  try {
    const { call } = await openBenchPage(ext);
    let count = await call('count');
    let next = 0;
    for (const size of sizes) {
      const add = Math.max(0, size - count);
      const r = await call('fillZipf', add, next, chunk, batch, ab, abBatch);
      next += add;
      count = await call('count');
      console.log(`${count} articles (load ${loadavg()[0]!.toFixed(1)}): +${add} at ${Math.round(add / (r.ms / 1000))} articles/s (${Math.round(r.ms)} ms)`);
      if (ab) console.log(`   with the filter ${Math.round(r.ab.filterN / (r.ab.filter / 1000))}/s, every value looked up ${Math.round(r.ab.lookupsN / (r.ab.lookups / 1000))}/s`);
      if (abBatch) console.log(`   batch ${abBatch[0]}: ${Math.round(r.ab.batchN[0]! / (r.ab.batch[0]! / 1000))}/s, batch ${abBatch[1]}: ${Math.round(r.ab.batchN[1]! / (r.ab.batch[1]! / 1000))}/s`);
      console.log('   ' + Object.entries(r.stages ?? {}).map(([k, v]) => `${k} ${Math.round(v)}`).join('; '));
    }
    if (flag('--upgrade')) {
      const r = await call('upgradeCheck', Number(flag('--upgrade')));
      console.log(`v6 → v${r.version} upgrade of ${r.count} articles: open ${Math.round(r.openMs)} ms; identities missing from the filter: ${r.missing}`);
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
