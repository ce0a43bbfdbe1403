/**
 * perf55: the FIRST side panel after the browser starts (issue 9), two builds alternating A B B A on one
 * kept 100k profile, the browser started afresh for every load.
 *
 *   PARALLAX_EXT_DIR=LIVE nice npx tsx bench/browser.ts --sizes 100000 --no-build --real-last --feed-fill --panel-only --profile-dir DIR …   (the fill)
 *   nice npx tsx bench/perf55-first-panel.ts --profile-dir DIR --live LIVE --builds A_DIR,B_DIR [--rounds 2] [--settle 3000] [--again 1]
 *
 * Per load: a build's files are copied over LIVE (same path, so the same extension id and database),
 * Chromium is started on the kept profile, left idle `--settle` ms (the reader does not click in the
 * first instant), seed 003 is opened in a tab, and the toolbar button is pressed as a reader does
 * (DevTools' Extensions.triggerAction: the browser's own click path, which opens the REAL side panel
 * and runs the background's onClicked). Unlike bench/panel-ab.ts no `sidepanel.html?tabId=N` tab is
 * opened: the panel measured is the one the click opened, so nothing else warmed the engine first.
 * Read in that panel: click → report (Node's clock to the panel's `parallax:report` mark, by its
 * time origin), page text → report (the controller's marks, bench/panel-marks.ts READ_MARKS' rule),
 * and from a browser-wide trace the CPU of the panel's main thread over page text → report (the
 * offscreen document shares the extension's renderer main thread; `cpuAll` sums every renderer main
 * thread). `--again N`: N more panels in the same session (the panel closed and clicked again), the
 * warm case beside the first. Not a test; timings only.
 */
import { loadavg } from 'node:os';
import { SEED_003, targetEvaluator } from '../tests/e2e/fixtures.ts';
import { abBuilds, launchBuild } from './ab-builds.ts';
import { median } from './baseline.ts';
import { mainThreadTime, startTrace } from './panel-marks.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const opt = (n: string) => optionValue(n, args);
const ab = abBuilds(args);
const { builds, rounds } = ab;
const settle = Number(opt('--settle') ?? 3000);
const again = Number(opt('--again') ?? 1);
/** `--detail`: the trace also records V8 and timeline events; per panel, the main thread's self time by event name over page text → report. */
const detail = args.includes('--detail');
const DETAIL_CATEGORIES = ['toplevel', 'blink.user_timing', 'v8', 'devtools.timeline', 'v8.execute'];

type Ev = { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { data?: { url?: string; functionName?: string } } };
/** Self wall time (ms) by event name (a FunctionCall by its script's file) on the report's thread between the two marks. */
function selfByName(events: Ev[]): Array<[string, number]> {
  const mark = (n: string) => events.filter((e) => e.cat.includes('blink.user_timing') && e.name === n).at(-1);
  const report = mark('parallax:report');
  const text = mark('parallax:page-arrived') ?? mark('parallax:page-text');
  if (!report || !text) return [];
  const from = Math.min(text.ts, mark('parallax:page-text')?.ts ?? text.ts);
  const xs = events.filter((e) => e.pid === report.pid && e.tid === report.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= report.ts).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: Array<{ end: number; key: string }> = [];
  const keyOf = (e: Ev) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}` : e.name);
  for (const e of xs) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.key, (self.get(parent.key) ?? 0) - e.dur! / 1000);
    const key = keyOf(e);
    self.set(key, (self.get(key) ?? 0) + e.dur! / 1000);
    stack.push({ end: e.ts + e.dur!, key });
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

interface Load {
  build: string;
  nth: number;
  click: number;
  text: number;
  cpu: number;
  cpuAll: number;
  load: number;
  /** The extension renderer's JS heap after this panel, bytes (NaN: no offscreen document). */
  heapAfter: number;
  /** The offscreen document was open before this click. */
  offscreenBefore: boolean;
}

/** In the panel: its marks (ms from its time origin) and the time origin (epoch ms). */
const MARKS_EXPR = `(() => {
  const at = (n) => { const e = performance.getEntriesByName(n); return e.length ? e[e.length - 1].startTime : NaN; };
  const arrived = at('parallax:page-arrived');
  const text = isNaN(arrived) ? at('parallax:page-text') : Math.min(arrived, at('parallax:page-text'));
  return { origin: performance.timeOrigin, text, report: at('parallax:report') };
})()`;

/**
 * `DIR+prewarm` as a build: before the click, the bench has the service worker open the offscreen
 * document and send it the request the background sends at browser start for a reader who uses the
 * panel (lib/extension/platform.ts warmAtStart: `warmUp: true`; Chromium run by Playwright fires no
 * runtime.onStartup, so the bench sends it; a build before perf55 only loads its engine), waits for its answer
 * and prints its wall time, the renderer main threads' CPU meanwhile, and the JS heap of the
 * extension's pages after it: what warming at browser start would cost, and the first panel it leaves.
 */
const PREWARM = `(async () => {
  const t0 = performance.now();
  if (!(await chrome.offscreen.hasDocument())) await chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'bench' });
  for (let k = 0; ; k++) {
    try { await chrome.runtime.sendMessage({ type: 'parallax:offscreen-compare', warmUp: true }); break; }
    catch (e) { if (k > 40) throw e; await new Promise((r) => setTimeout(r, 50)); }
  }
  return performance.now() - t0;
})()`;

async function session(spec: string): Promise<Load[]> {
  const prewarm = spec.endsWith('+prewarm');
  const build = spec.replace(/\+prewarm$/, '');
  const ext = await launchBuild(ab, build);
  const out: Load[] = [];
  try {
    const browser = await ext.context.browser()!.newBrowserCDPSession();
    await new Promise((r) => setTimeout(r, settle));
    const page = await ext.context.newPage();
    await page.goto(ext.newsSite.url(SEED_003), { waitUntil: 'load' });
    const panelTarget = async () => {
      const { targetInfos } = (await browser.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      return targetInfos.find((t) => t.type === 'page' && t.url === ext.extensionUrl('sidepanel.html')) ?? null;
    };
    const evaluate = targetEvaluator(browser);
    if (prewarm) {
      const tracer = await startTrace(browser);
      const wall = (await ext.serviceWorker.evaluate(PREWARM)) as number;
      const events = (await tracer.stop()) as Array<{ ph: string; name: string; pid: number; tid: number; args?: { name?: string }; cat: string; dur?: number; tdur?: number; ts: number }>;
      // Thread time of every renderer main thread's top-level tasks during the warm-up.
      const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      let cpu = 0;
      for (const key of mains) {
        let end = -Infinity;
        for (const e of events.filter((x) => x.ph === 'X' && x.cat.includes('toplevel') && x.tdur !== undefined && x.dur !== undefined && `${x.pid}:${x.tid}` === key).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
          if (e.ts < end) continue; // inside the previous outermost task
          end = e.ts + e.dur!;
          cpu += e.tdur! / 1000;
        }
      }
      const offscreen = ((await browser.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Array<{ targetId: string; url: string }> }).targetInfos.find((t) => t.url.endsWith('/offscreen.html'));
      // The JS heap of the extension's renderer (its pages share one isolate: here the offscreen document alone).
      const heap = offscreen ? ((await evaluate(offscreen.targetId, 'performance.memory.usedJSHeapSize')) as number) : NaN;
      console.log(`  ${spec}: warm-up request answered in ${Math.round(wall)} ms; renderer main threads' CPU meanwhile ${Math.round(cpu)} ms; extension renderer JS heap after it ${(heap / 1e6).toFixed(1)} MB`);
    }
    const targets = async () => ((await browser.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Array<{ url: string }> }).targetInfos;
    const offscreenBefore = (await targets()).some((t) => t.url.endsWith('/offscreen.html'));
    for (let nth = 0; nth <= again; nth++) {
      const tracer = await startTrace(browser, detail ? DETAIL_CATEGORIES : undefined);
      const t0 = Date.now();
      await ext.clickToolbarButton(page, { keepPanel: true });
      type Marks = { origin: number; text: number; report: number };
      let marks = null as Marks | null;
      for (const until = Date.now() + 120_000; Date.now() < until; ) {
        const t = await panelTarget();
        const m = t ? ((await evaluate(t.targetId, MARKS_EXPR).catch(() => null)) as Marks | null) : null;
        // (NaN comes back through the protocol as null: not set yet.)
        if (m && typeof m.report === 'number' && typeof m.text === 'number') {
          marks = m;
          break;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      const events = await tracer.stop();
      if (!marks) throw new Error('no report in the side panel within 120 s');
      const cpu = mainThreadTime(events as never);
      if (detail) console.log(`  ${build} panel ${nth}, main thread self time by event: ${selfByName(events as never).slice(0, 18).map(([k, v]) => `${k} ${Math.round(v)}`).join('; ')}`);
      // The extension renderer's JS heap after this panel (read in the offscreen document, which stays open).
      const off = ((await browser.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Array<{ targetId: string; url: string }> }).targetInfos.find((t) => t.url.endsWith('/offscreen.html'));
      const heapAfter = off ? ((await evaluate(off.targetId, 'performance.memory.usedJSHeapSize').catch(() => NaN)) as number) : NaN;
      out.push({ heapAfter, build: spec, nth, click: marks.origin + marks.report - t0, text: marks.report - marks.text, cpu: cpu.cpu, cpuAll: cpu.cpuAll ?? NaN, load: loadavg()[0]!, offscreenBefore: nth === 0 ? offscreenBefore : true });
      // Close the panel before the next click (the same way the e2e harness does).
      await ext.serviceWorker.evaluate(`(async () => { for (const w of await chrome.windows.getAll()) { try { await chrome.sidePanel.close({ windowId: w.id }); } catch (e) {} } })()`);
      for (const until = Date.now() + 10_000; (await panelTarget()) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await ext.close();
  }
  return out;
}

async function main() {
  const all: Load[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 ? [builds[1]!, builds[0]!] : builds) {
      const got = await session(b);
      for (const l of got)
        console.log(`round ${r} ${b} panel ${l.nth} (load ${l.load.toFixed(1)}): click → report ${Math.round(l.click)} ms, page text → report ${Math.round(l.text)} ms, panel thread CPU ${Math.round(l.cpu)} ms, all renderer main threads ${Math.round(l.cpuAll)} ms; offscreen document open before the click: ${l.offscreenBefore ? 'yes' : 'no'}; extension renderer JS heap after it ${(l.heapAfter / 1e6).toFixed(1)} MB`);
      all.push(...got);
    }
  }
  console.log('\n| build | panel after start | loads | click → report | page text → report | panel thread CPU | all renderer CPU |\n|---|---|---|---|---|---|---|');
  for (const b of builds)
    for (let nth = 0; nth <= again; nth++) {
      const ls = all.filter((l) => l.build === b && l.nth === nth);
      const md = (f: (l: Load) => number) => `${Math.round(median(ls.map(f)))} ms`;
      console.log(`| ${b} | ${nth === 0 ? 'first' : `#${nth + 1}`} | ${ls.length} | ${md((l) => l.click)} | ${md((l) => l.text)} | ${md((l) => l.cpu)} | ${md((l) => l.cpuAll)} |`);
    }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
