/**
 * opts76: two (or more) builds' side panels loaded in turn (A B B A …) in one run, each build in its own headless
 * Chromium on the seeded extension with seed 003 open in a tab (routing off, as a reader's browser), a fresh panel page
 * each time (bench/panel-marks.ts: first contentful paint, page text, report in the DOM).
 *
 *   npx tsx bench/opts76-panel-ab.ts --arm A=/tmp/A --arm B=/tmp/B [--loads 10]
 */
import { loadavg } from 'node:os';
import { namedArms } from './args.ts';
import { SEED_003, launchExtension, type ExtensionHarness } from '../tests/e2e/fixtures';
import { timePanelLoads } from './panel-marks.ts';

const args = process.argv.slice(2);
const arms = namedArms(args);
const loads = Number(args[args.indexOf('--loads') + 1] || 10) || 10;

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : NaN;
};
const worst = (xs: number[]) => Math.max(...xs.filter((x) => !Number.isNaN(x)));
const f = (x: number) => (Number.isNaN(x) ? '–' : String(Math.round(x)));

async function main(): Promise<void> {
  if (arms.length < 2) throw new Error('usage: --arm A=DIR --arm B=DIR [--loads N]');
  const load0 = loadavg()[0]!;
  const exts = new Map<string, { ext: ExtensionHarness; url: string }>();
  const out: Array<{ arm: string; paint: number; text: number; dom: number }> = [];
  try {
    for (const a of arms) {
      const ext = await launchExtension({ extensionDir: a.dir, blockExternal: false });
      await ext.waitForCorpus(5);
      const { panel, tabId } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003));
      await panel.close();
      exts.set(a.name, { ext, url: ext.extensionUrl(`sidepanel.html?tabId=${tabId}`) });
    }
    await new Promise((r) => setTimeout(r, 3000));
    for (let r = 0; r < loads; r++) {
      for (const a of r % 2 ? [...arms].reverse() : arms) {
        const { ext, url } = exts.get(a.name)!;
        const [l] = await timePanelLoads(ext.context, url, 1);
        out.push({ arm: a.name, paint: l!.paint, text: l!.text, dom: l!.dom });
        console.error(`${a.name} ${r + 1}: paint ${f(l!.paint)} text ${f(l!.text)} report ${f(l!.dom)}`);
      }
    }
  } finally {
    for (const e of exts.values()) await e.ext.close();
  }
  console.log(`load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; ${loads} panel loads an arm, alternated; routing off`);
  console.log('| arm | first paint median | worst | page text in | report in DOM median | worst | text → report median |');
  console.log('|---|---|---|---|---|---|---|');
  for (const a of arms) {
    const ls = out.filter((l) => l.arm === a.name);
    console.log(`| ${a.name} | **${f(median(ls.map((l) => l.paint)))}** | **${f(worst(ls.map((l) => l.paint)))}** | ${f(median(ls.map((l) => l.text)))} | ${f(median(ls.map((l) => l.dom)))} | ${f(worst(ls.map((l) => l.dom)))} | ${f(median(ls.map((l) => l.dom - l.text)))} |`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
