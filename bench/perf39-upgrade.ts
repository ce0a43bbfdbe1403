/**
 * perf39: a kept profile's database opened by a build of schema v11 (the frequent keys' record built once from
 * the key buckets, lib/store/db.ts upgradeToV11): launch → the corpus answering, twice (the first open upgrades
 * when the profile is v10), then the record's size beside the key buckets'.
 *
 *   PARALLAX_EXT_DIR=<a v11 build at the profile's extension path> nice npx tsx bench/perf39-upgrade.ts --profile-dir P
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { openBenchPage } from './bench-page.ts';
import { optionValue } from './args.ts';

const profileDir = optionValue('--profile-dir', process.argv.slice(2));
if (!profileDir) throw new Error('--profile-dir: a profile filled by bench:browser (--profile-dir)');
for (let run = 0; run < 2; run++) {
  const load0 = loadavg()[0]!;
  const t0 = performance.now();
  const ext = await launchExtension({ userDataDir: profileDir });
  try {
    const { call } = await openBenchPage(ext);
    const n = await call('count');
    const ms = performance.now() - t0;
    console.log(`open ${run}: launch → corpus of ${n} answering ${ms.toFixed(0)} ms (load ${load0.toFixed(1)})`);
    if (run === 1) console.log(JSON.stringify(await call('frequentStats')));
  } finally {
    await ext.close();
  }
}
process.exit(0);
