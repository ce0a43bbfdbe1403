/**
 * perf37: a schema upgrade on a kept filled profile, timed: the bench page (this checkout's lib/) opens the database an
 * older build filled and counts its articles; when this checkout's DB_VERSION is higher, that open runs the upgrade
 * (perf37 timed commit 108118c's v10 → v11, postings regrouped: not shipped). Run on a COPY: an upgrade rewrites it.
 *
 *   cp -a P10 /tmp/copy && PARALLAX_EXT_DIR=<the build P10 was filled with> nice npx tsx bench/perf37-upgrade.ts --profile-dir /tmp/copy
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { openBenchPage } from './bench-page.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const profileDir = optionValue('--profile-dir', args);
if (!profileDir) throw new Error('--profile-dir: a COPY of a profile filled by a v10 build');
const load0 = loadavg()[0]!;
const ext = await launchExtension({ userDataDir: profileDir });
try {
  const { page } = await openBenchPage(ext);
  const got = await page.evaluate(async () => {
    const w = globalThis as unknown as { __pxBench: { count(): Promise<number> } };
    const t0 = performance.now();
    const n = await w.__pxBench.count();
    return { n, ms: performance.now() - t0 };
  });
  console.log(`open (and upgrade) + count: ${Math.round(got.ms).toLocaleString('en')} ms, ${got.n.toLocaleString('en')} articles; load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await ext.close();
}
process.exit(0);
