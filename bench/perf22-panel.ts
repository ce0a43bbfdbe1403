/**
 * perf22: side panel loads on a kept filled profile, each with its reads' timeline (ms from the
 * page's arrival: method, start → end), the controller's marks, and the main thread's CPU, wall in
 * tasks and idle wall from a Chromium trace (bench/panel-marks.ts). One browser session.
 *
 *   PARALLAX_EXT_DIR=<the build the profile was filled with> nice npx tsx bench/perf22-panel.ts --profile-dir P [--loads 1]
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { coreShare, timePanelLoads } from './panel-marks.ts';
import { openSeedTab } from './bench-page.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const profileDir = optionValue('--profile-dir', args);
const loadsPer = Number(optionValue('--loads', args) ?? 1);
if (!profileDir) throw new Error('--profile-dir P');
const load0 = loadavg()[0]!;
const share0 = coreShare();
const ext = await launchExtension({ userDataDir: profileDir });
try {
  await ext.waitForCorpus(5, 60_000);
  const { page: news, tabId } = await openSeedTab(ext);
  const loads = await timePanelLoads(ext.context, ext.extensionUrl(`sidepanel.html?tabId=${tabId}`), loadsPer);
  await news.close();
  for (const l of loads) {
    const r = (x: number) => Math.round(x - l.text);
    console.log(`page text at ${Math.round(l.text)}; → report ${r(l.dom)} ms; ingested ${r(l.ingested)}, corpus ${r(l.corpus)}, compared ${r(l.compared)}; main thread cpu ${Math.round(l.cpu)}, in tasks ${Math.round(l.busy)}, idle ${Math.round(l.idle)}; a read outstanding ${Math.round(l.outstanding)}`);
    console.log(`  reads: ${l.timeline.map(([m, s, e]) => `${m} ${s}→${e}`).join(', ')}`);
  }
  console.log(`load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; this process's share of a core ${share0.toFixed(2)} → ${coreShare().toFixed(2)}`);
} finally {
  await ext.close();
}
process.exit(0);
