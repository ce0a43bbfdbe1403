/**
 * perf22: the main thread's CPU of a compare's reads, replayed alone in the bench page
 * (browser-page.ts `replayReads`), per method, from a Chromium trace of the page.
 *
 *   PARALLAX_EXT_DIR=<build> nice npx tsx bench/perf22-readcpu.ts --profile-dir P [--id 003_38879e5049cf1087] [--reps 10]
 */
import { loadavg } from 'node:os';
import { launchExtension, SEED_003 } from '../tests/e2e/fixtures.ts';
import { openBenchPage } from './bench-page.ts';
import { mainThreadTime, startTrace } from './panel-marks.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const profileDir = optionValue('--profile-dir', args);
const id = optionValue('--id', args) ?? SEED_003;
const reps = Number(optionValue('--reps', args) ?? 10);
if (!profileDir) throw new Error('--profile-dir P');
process.env.PARALLAX_CACHE ??= 'off';
const load0 = loadavg()[0]!;
const ext = await launchExtension({ userDataDir: profileDir });
try {
  const { page, call } = await openBenchPage(ext);
  const tracer = await startTrace(await ext.context.newCDPSession(page));
  const got = await call('replayReads', id, reps);
  const events = await tracer.stop();
  for (const [m, sizes] of Object.entries(got.calls)) {
    const t = mainThreadTime(events as never, [`px:${m}:a`, `px:${m}:b`]);
    console.log(`${m.padEnd(10)} calls per compare ${JSON.stringify(sizes)}: per compare's worth: wall ${(got.wall[m]! / reps).toFixed(1)} ms, main-thread cpu ${(t.cpu / reps).toFixed(1)} ms, in tasks ${(t.busy / reps).toFixed(1)} ms`);
  }
  console.log(`${reps} reps; load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await ext.close();
}
process.exit(0);
