/**
 * perf61: does the full bench:browser run leave the database busy for the side panel that it measures last? The
 * full run exports the corpus and imports that file into a second database of the same extension (bench/browser-page.ts
 * `exportImport`: Chromium keeps every database of one origin in one LevelDB), then opens the panels. This opens a
 * kept profile (bench/browser.ts --profile-dir; PARALLAX_EXT_DIR its build path) and reads the CPU seconds of each
 * Chromium process (DevTools SystemInfo.getProcessInfo) while nothing is asked of it: `--idle S` seconds in steps of
 * 10 s, before and (with `--export-import`) after that export and import; then `--loads` side panels on seed 003 as
 * bench/browser.ts opens them, each with the browser process's CPU over its page text → report. Not a test.
 *
 *   PARALLAX_EXT_DIR=LIVE nice npx tsx bench/perf61-after-import.ts --profile-dir DIR [--export-import [--panels-first]] [--idle 40] [--loads 5]
 *
 * `--panels-first`: the panels right after the import (as the full run opens them), the idle reading after them.
 */
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { openBenchPage, openSeedTab } from './bench-page.ts';
import { median } from './baseline.ts';
import { timePanelLoads } from './panel-marks.ts';
import { optionValue, runMain } from './args.ts';

const args = process.argv.slice(2);
const profileDir = optionValue('--profile-dir', args);
const exportImport = args.includes('--export-import');
const idleS = Number(optionValue('--idle', args) ?? 40);
const loadsN = Number(optionValue('--loads', args) ?? 5);
const panelsFirst = args.includes('--panels-first');

async function main() {
  if (!profileDir) throw new Error('--profile-dir DIR (a kept bench:browser profile; PARALLAX_EXT_DIR its build path)');
  const ext = await launchExtension({ userDataDir: profileDir });
  try {
    const browserCdp = await ext.context.browser()!.newBrowserCDPSession();
    const cpu = async () => {
      const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; cpuTime: number }> };
      const by: Record<string, number> = {};
      for (const p of processInfo) by[p.type] = (by[p.type] ?? 0) + p.cpuTime * 1000;
      return by;
    };
    const idle = async (label: string) => {
      const steps: string[] = [];
      for (let s = 0; s < idleS; s += 10) {
        const c0 = await cpu();
        await new Promise((r) => setTimeout(r, 10_000));
        const c1 = await cpu();
        steps.push(`${Math.round((c1.browser ?? 0) - (c0.browser ?? 0))}/${Math.round((c1.renderer ?? 0) - (c0.renderer ?? 0))}`);
      }
      console.log(`${label}: CPU ms per 10 s idle, browser process / renderers: ${steps.join(', ')} (load ${loadavg()[0]!.toFixed(1)})`);
    };
    const { call } = await openBenchPage(ext);
    console.log(`Chromium ${ext.context.browser()?.version() ?? ''}; ${(await call('count')).toLocaleString('en')} articles; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    await idle('after the launch');
    if (exportImport) {
      const c0 = await cpu();
      const ei = await call('exportImport');
      const c1 = await cpu();
      console.log(`export ${Math.round(ei.exportMs)} ms (${(ei.bytes / 1e6).toFixed(0)} MB), streamed import into a second database ${Math.round(ei.importMs)} ms (${ei.imported} articles); browser process CPU ${Math.round((c1.browser ?? 0) - (c0.browser ?? 0))} ms (load ${loadavg()[0]!.toFixed(1)})`);
      if (!panelsFirst) await idle('after the export and import');
    }
    const { page: news, tabId } = await openSeedTab(ext);
    const rows: Array<{ wall: number; cpu: number; browser: number }> = [];
    for (let k = 0; k < loadsN; k++) {
      const c0 = await cpu();
      const [l] = await timePanelLoads(ext.context, ext.extensionUrl(`sidepanel.html?tabId=${tabId}`), 1);
      const c1 = await cpu();
      rows.push({ wall: l!.dom - l!.text, cpu: l!.cpu, browser: (c1.browser ?? 0) - (c0.browser ?? 0) });
    }
    console.log(`panel loads (page text → report ms / panel thread CPU ms / browser process CPU ms over the whole load): ${rows.map((r) => `${Math.round(r.wall)}/${Math.round(r.cpu)}/${Math.round(r.browser)}`).join(', ')}; medians ${Math.round(median(rows.map((r) => r.wall)))} / ${Math.round(median(rows.map((r) => r.cpu)))} / ${Math.round(median(rows.map((r) => r.browser)))} (load ${loadavg()[0]!.toFixed(1)})`);
    await news.close();
    if (exportImport && panelsFirst) await idle('after the export, the import and the panels');
  } finally {
    await ext.close();
  }
}

runMain(main);
