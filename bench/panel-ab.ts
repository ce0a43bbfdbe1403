/**
 * Side panel, page text → report, two builds alternating on ONE filled database (same data, same
 * machine load): issue 9's panel time measured as an A/B.
 *
 *   PARALLAX_EXT_DIR=/tmp/px-live nice npx tsx bench/browser.ts --sizes 100000 --no-build --panel-only --profile-dir /tmp/px-profile
 *   nice npx tsx bench/panel-ab.ts --profile-dir /tmp/px-profile --live /tmp/px-live --builds A_DIR,B_DIR [--rounds 2] [--loads 3]
 *
 * The first command fills a kept browser profile (the extension's database at that path). Then,
 * per round, for each build (A, B, then B, A in the next round): its files are copied over the
 * live extension directory (the same path, so the same extension id and database), Chromium is
 * started on the kept profile, seed 003 is opened and given to the extension (toolbar click), and
 * `--loads` fresh side panels are opened; each load's User Timing marks (lib/sidebar/controller.ts)
 * and main-thread CPU (trace) as bench/browser.ts reads them. Prints per build the medians and
 * every load. Not a test.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { abBuilds, launchBuild } from './ab-builds.ts';
import { median } from './baseline.ts';
import { coreShare, timePanelLoads, type PanelLoad } from './panel-marks.ts';
import { openSeedTab } from './bench-page.ts';
import { optionValue } from './args.ts';

const ab = abBuilds();
const { builds, rounds } = ab;
const loadsPer = Number(optionValue('--loads') ?? 3);

type Load = PanelLoad;

async function measure(build: string): Promise<Load[]> {
  const ext = await launchBuild(ab, build);
  try {
    await ext.waitForCorpus(5, 60_000);
    const { page: news, tabId } = await openSeedTab(ext);
    const out = await timePanelLoads(ext.context, ext.extensionUrl(`sidepanel.html?tabId=${tabId}`), loadsPer);
    await news.close();
    return out;
  } finally {
    await ext.close();
  }
}

async function main() {
  const by = new Map<string, Load[]>(builds.map((b) => [b, []]));
  const loadStart = loadavg()[0]!;
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 ? [...builds].reverse() : builds) {
      const share = coreShare();
      const got = await measure(b);
      by.get(b)!.push(...got);
      console.error(`round ${r + 1} ${path.basename(b)}: page text → report ${got.map((l) => Math.round(l.dom - l.text)).join(', ')} ms; main thread cpu / busy / idle ${got.map((l) => `${Math.round(l.cpu)}/${Math.round(l.busy)}/${Math.round(l.idle)}`).join(', ')} ms; open → report ${got.map((l) => Math.round(l.dom)).join(', ')} ms; page text at ${got.map((l) => Math.round(l.text)).join(', ')} ms (load ${loadavg()[0]!.toFixed(1)}; this process's share of a core before the session ${share.toFixed(2)})`);
    }
  }
  const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;
  console.log(`Side panel, seed 003, page text → report; ${rounds} rounds × ${loadsPer} loads per build, alternating; load average ${loadStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at the end`);
  console.log('| build | page text → report, median | each load | main-thread CPU, median | main thread in tasks / idle, median | compare, median | a read outstanding, median | reads by method (median calls, summed ms) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [b, loads] of by) {
    const mid = (f: (l: Load) => number) => median(loads.map(f).filter((x) => !Number.isNaN(x)));
    const methods = [...new Set(loads.flatMap((l) => Object.keys(l.byMethod)))].sort();
    console.log(
      `| ${path.basename(b)} | ${ms(mid((l) => l.dom - l.text))} | ${loads.map((l) => Math.round(l.dom - l.text)).join(', ')} | ${ms(mid((l) => l.cpu))} | ${ms(mid((l) => l.busy))} / ${ms(mid((l) => l.idle))} | ${ms(mid((l) => l.compared - l.ingested))} | ${ms(mid((l) => l.outstanding))} | ${methods.map((k) => `${k} ${mid((l) => l.byMethod[k]?.calls ?? 0)}, ${Math.round(mid((l) => l.byMethod[k]?.ms ?? 0))}`).join('; ')} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
