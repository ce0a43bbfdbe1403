/**
 * The browser benchmark (issue 9 item 7): fills the real extension database in headless Chromium
 * and prints, for each corpus size, one table: import rate, compare median/p95, engine vs brute
 * force (at ≤ 10k), options page first rows and keystroke, export/import time and peak JS heap,
 * side panel time to report.
 *
 *   npm run bench:browser -- --sizes 1000,10000,100000 [--no-build] [--rounds 2] [--brute-max 10000] [--panel-loads 3] [--panel-only [--compare]] [--story-ab] [--keys worker|page|ab] [--no-keys-ahead]
 *
 * How: builds the extension (unless --no-build), loads it as tests/e2e/fixtures.ts does (the
 * background imports the five seeds), opens an extension-origin page (its manifest.json, so no app
 * is running on the database meanwhile) and evaluates bench/browser-page.ts there: lib/store's
 * Corpus on the real "parallax" database and lib/engine's compare. Real articles first (the seeds,
 * tests/data's engine sets, the 181 zyte pages when ZYTE_HTML_DIR, ../shared or /work/shared holds
 * them), then synthetic articles whose words follow a Zipf law (bench/synthetic.ts; the measured
 * exponent is printed) up to each size. Sizes are cumulative: each step adds the difference.
 * Compare probes are the seeds and the first zyte pages (articles in the corpus); times are engine
 * times in the page. First rows: navigation start → first table row, by the page's own clock
 * (performance.now() in a MutationObserver added before the page's scripts; median of 3 loads),
 * and, as before, the benchmark's clock from the goto call to waitForSelector's answer (adds the
 * DevTools round trips and the load event); keystroke: filling the search box → the filtered rows
 * (includes a DevTools round trip of a few ms). Peak memory:
 * CDP Performance.getMetrics JSHeapUsedSize sampled every 50 ms during export + import.
 * Panel: sidepanel.html?tabId=N on seed 003 after the toolbar click, --panel-loads fresh pages:
 * navigation start → first report section in the DOM ("open → report"), and the controller's
 * `parallax:page-text` mark (the content script's page arrived) → that section ("page text →
 * report", issue 9's definition), with the stages between and the panel main thread's CPU time
 * in that interval from a Chromium trace (bench/panel-marks.ts), which the machine's load does
 * not inflate as it does wall time.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { stepCpu, stepCpuLine } from './import78-cpu.ts';
import { join } from 'node:path';
import type { Article } from '../lib/types.ts';
import { launchExtension, ROOT, SEED_003 } from '../tests/e2e/fixtures.ts';
import { benchProbes, loadSet, loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { zipfArticles, zipfSlope } from './synthetic.ts';
import { median } from './baseline.ts';
import { timePanelLoads } from './panel-marks.ts';
import { openBenchPage, openSeedTab } from './bench-page.ts';
import { optionValue, runMain } from './args.ts';
import { selfTimes, type CpuProfile } from './cpu-profile.ts';

const args = process.argv.slice(2);
const flag = (name: string) => optionValue(name, args);
const sizes = (flag('--sizes') ?? '1000,10000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const rounds = Number(flag('--rounds') ?? 2);
/** Brute force is measured up to this size (default 10,000: at 10k it takes minutes). */
const bruteMax = Number(flag('--brute-max') ?? 10_000);
/** Fresh side panel pages opened per size (each a cold page: its first compare). */
const panelLoads = Number(flag('--panel-loads') ?? 3);
/** Only the import and the side panel rows (the rest shows '–'): the panel at 100k in minutes, not ten. */
const panelOnly = args.includes('--panel-only');
/**
 * The story step with one compare's reads kept (lib/engine/read-cache.ts) against each closure
 * question reading on its own, alternating in one run (same database, same load): a table row.
 */
const storyAB = args.includes('--story-ab');
/** With --panel-only: the compare row too (probes in the page, `--rounds` each). */
const compareToo = args.includes('--compare');
/** Story keys during the fill: in the options page's worker as the options page does (default), on the page (`page`, as before), or alternating per chunk (`ab`). */
const keysIn = (flag('--keys') ?? 'worker') as 'page' | 'worker' | 'ab';
/**
 * The fill is one continuous import (each 5,000-article call's first batch's keys asked for while the
 * call before writes its last batch, as a file's import pipelines them); `--no-keys-ahead`: each
 * call's first batch waits for its keys, as before perf16.
 */
const keysAhead = !args.includes('--no-keys-ahead');
/**
 * Cold compares (a freshly opened panel's state: nothing derived yet) of the probes, each article's
 * story vectors read with it from the store (schema v8) against derived from its text, alternating
 * (same database, same load); the slowest runs listed with their pool and closure questions.
 */
const coldAB = args.includes('--cold-ab');
/**
 * Compares with perf12's story step (the likely asked articles' pools read ahead, lib/engine/compare.ts;
 * consistency's checks deciding only the candidates they read, closure.ts) against without both,
 * alternating (same database, same load): `--prefetch-ab warm|cold|both`; the slowest runs listed
 * with their breakdown.
 */
const prefetchAB = flag('--prefetch-ab') as 'warm' | 'cold' | 'both' | undefined;
/**
 * Compares with perf14's page decision (story.ts `storyOnly`: candidates that can be neither related
 * nor closure's near miss are not aligned) against every shortlisted candidate aligned, alternating
 * (same database, same load): `--story-only-ab warm|cold|both`; rows as --prefetch-ab's.
 */
const storyOnlyAB = flag('--story-only-ab') as 'warm' | 'cold' | 'both' | undefined;
/**
 * `--profile-dir DIR`: the browser profile (and so the extension's database) kept in DIR between
 * runs: a later run at the same size and with the same extension path (PARALLAX_EXT_DIR) reuses the
 * filled database instead of filling it again (bench/panel-ab.ts reads such a profile).
 */
const profileDir = flag('--profile-dir');
/**
 * `--fresh R`: R rounds of fresh compares (browser-page.ts `freshAB`: kept vectors cleared, derived
 * records forgotten, each probe once), rounds alternating `--fresh-toggle NAME` on and off; with
 * `--fresh-profile FILE` a CPU profile of the page during them (DevTools protocol).
 */
const freshRounds = Number(flag('--fresh') ?? 0);
const freshToggle = flag('--fresh-toggle') ?? 'none';
/** `--fresh-flip` (perf22): the toggle off in round 0 (and the rounds alternating from there), on otherwise: sessions alternating it give round 0 (the page's first compares) both ways. */
const freshFlip = args.includes('--fresh-flip');
const freshProfile = flag('--fresh-profile');
/**
 * `--warm`: before the fresh rounds, the warm-up a side panel could run while it waits for its page
 * (bench/warm-engine.ts, perf21) run to its end in the page; its ms printed.
 * Round 0 is then the page's first compares after the warm-up (compare with a run without it).
 */
const warmFirst = args.includes('--warm');
/**
 * `--options-only` (opts34): after the fill, only the options page's rows (first rows, keystroke):
 * no compare, brute force, export/import or panel. With `--profile-dir` and PARALLAX_EXT_DIR, runs
 * alternating two builds copied into that path (A, B, B, A) measure them on one filled database.
 */
const optionsOnly = args.includes('--options-only');
/**
 * `--compare-each` (perf35, with --compare or instead of it): the compare row's runs (rounds × probes,
 * same order) one page call each, with the page's main-thread task and script time (DevTools
 * Performance metrics), the JS heap before and after, story decisions, articles read and read wall
 * of each; `--compare-profile DIR` adds a CPU profile per run (DIR/RUN-PROBE.cpuprofile) and its
 * garbage-collector and top self times. The calls' gaps give the page idle time between compares,
 * which the compare row's loop does not. Last column (perf43): the characters lib/nlp tokenised in the compare
 * (`tokenisedChars`), a load-free count of its text scanning.
 */
const compareEach = args.includes('--compare-each');
const compareProfile = flag('--compare-profile');
/**
 * `--clear-vectors` (perf36): the kept story vectors cleared before the compare rows and again
 * before the side panel's loads, so that a kept database (`--profile-dir`) is compared as a fill
 * leaves it (every story's first compare derives its candidates' vectors) run after run; the
 * panel's first load is then such a first compare.
 */
const clearVectors = args.includes('--clear-vectors');
/**
 * `--prepare` (perf44): after the fill (and after each `--clear-vectors`), the background pass an import's end
 * starts (lib/store/prepare.ts: the newest articles' story vectors derived ahead) run to its end, so the compare
 * rows and the panel measure the corpus as that pass leaves it; `--fresh R --fresh-toggle prepared` alternates
 * rounds with and without it (cold) in one run. Compare rows then print the document vectors each compare derived.
 */
const prepare = args.includes('--prepare');
/**
 * `--real-last` (perf44): the real articles (seeds excepted: the extension imports them at install) written after
 * the synthetic fill, as the newest (a reader's page is today's news in an older corpus), instead of first.
 */
const realLast = args.includes('--real-last');
/** perf45: the synthetic articles written as a feed's items (fromFeed): the real ones (seeds, tests/data, zyte) stay the reader's own. */
const feedFill = args.includes('--feed-fill');
/**
 * perf54 `--panel-ab R`: the side panel's two compare paths alternating A B B A… for R rounds, each
 * arm `--panel-loads` fresh panels: "here" (`?compare=here`: the compare in the panel's own page, as
 * before perf54) and "warm" (the compare in the offscreen document, which stays open). Per arm: page
 * text → report, the panel thread's CPU (trace; the offscreen document's work counted too when it
 * runs on the same thread), first contentful paint, open → report. Replaces the one panel row.
 */
const panelAb = Number(flag('--panel-ab') ?? 0);


/** [ahead, not] ms of consecutive runs of one probe where more than one story decision was made. */
function pairsOf(detail: Array<{ how: string; ms: number; asked: number; id: string }>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k + 1 < detail.length; k += 2) {
    const [x, y] = [detail[k]!, detail[k + 1]!];
    if (x.id !== y.id || Math.max(x.asked, y.asked) < 2) continue;
    out.push(x.how === 'on' ? [x.ms, y.ms] : [y.ms, x.ms]);
  }
  return out;
}

function zyteDir(): string | null {
  return ZYTE_DIR ?? [join('/work/shared/data/zyte-article-extraction/html')].find((d) => existsSync(d)) ?? null;
}

/** Loads of the options page per size (the first one is cold: modules not yet in the cache). */
const OPTION_LOADS = 3;
/** In the options page from its first script on: performance.now() (ms since navigation start) when a table row appears. */
const FIRST_ROW_MARK = `(() => {
  const look = () => {
    if (window.__pxFirstRow === undefined && document.querySelector('tbody tr')) window.__pxFirstRow = performance.now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
})();`;

const ms = (x: number) => Number.isNaN(x) ? '–' : `${x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('en')} ms`;
const mb = (b: number) => Number.isNaN(b) ? '–' : `${(b / 1e6).toFixed(0)} MB`;

async function main() {
  // Reading tests/data's sets goes through the CLI loader: keep its cache off (nothing written outside the checkout).
  process.env.PARALLAX_CACHE ??= 'off';
  if (!args.includes('--no-build')) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  const zdir = zyteDir();
  const real: Article[] = [];
  for (const set of ['harbor', 'distractors', 'page', 'doobie', 'plague'] as const) real.push(...(await loadSet(set)));
  const zyte = zdir ? loadZyte(Infinity, zdir) : [];
  if (!zdir) console.log('zyte pages not found (ZYTE_HTML_DIR, ../shared, /work/shared): real articles are the seeds and tests/data only');
  real.push(...zyte);
  const slope = zipfSlope(zipfArticles(500));

  // No request routing (blockExternal: false): Playwright's `context.route` takes every request of every page through the
  // driver, the extension's own files included, which moves the options page's and the panel's start by tens of ms either
  // way (opts76: main's options first row 316 ms without it, 226 with it). A reader's browser routes nothing; the machine's
  // launch flags (no background networking) and the local news site keep the run offline.
  const ext = await launchExtension({ blockExternal: false, ...(profileDir ? { userDataDir: profileDir } : {}) });
  try {
    const { page, call } = await openBenchPage(ext);
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };

    let count = await call('count');
    // A kept profile already holds the real articles (and more): not written again.
    const realMs = (profileDir && count >= real.length) || realLast ? NaN : await call('putReal', real);
    count = await call('count');
    const probes = benchProbes(zyte);
    console.log(`Chromium ${ext.context.browser()?.version() ?? ''}; ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);
    console.log(`real articles: ${count} (seeds, tests/data, ${zyte.length} zyte pages), written in ${ms(realMs)}; synthetic vocabulary Zipf, measured exponent ${slope.toFixed(2)}`);

    let nextZipf = 0;
    for (const size of sizes) {
      const realToCome = realLast && count < real.length ? real.length : 0;
      const add = Math.max(0, size - count - realToCome);
      const fillCpu = stepCpu();
      const fill = add ? await call('fillZipf', add, nextZipf, undefined, undefined, false, undefined, keysIn, false, keysAhead, feedFill) : null;
      const fillUsed = fillCpu.done(add);
      const fillMs = fill?.ms ?? 0;
      nextZipf += add;
      if (realToCome) console.log(`real articles written last: ${ms(await call('putReal', real))}`);
      count = await call('count');
      if (clearVectors) console.log(`kept story vectors cleared: ${await call('clearVectors')}`);
      const preparing = async () => {
        const p = await call('prepareVectors');
        console.log(`background pass (lib/store/prepare.ts): ${p.derived.toLocaleString('en')} articles' story vectors derived in ${ms(p.ms)}, ${p.kept.toLocaleString('en')} kept (load ${loadavg()[0]!.toFixed(1)})`);
      };
      if (prepare) await preparing();
      const cmp = optionsOnly || (panelOnly && !compareToo) ? null : await call('compare', probes, rounds);
      if (compareEach) {
        const metric = async () => {
          const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
          const m = (k: string) => metrics.find((x) => x.name === k)?.value ?? NaN;
          return { task: m('TaskDuration') * 1000, script: m('ScriptDuration') * 1000, heap: m('JSHeapUsedSize') };
        };
        // CPU seconds of Chromium's processes so far (SystemInfo.getProcessInfo): the renderers (the
        // page's, which runs the engine) and all of them (the browser process answers IndexedDB).
        const browserCdp = await ext.context.browser()!.newBrowserCDPSession();
        const cpuNow = async () => {
          const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; cpuTime: number }> };
          let renderer = 0;
          let all = 0;
          for (const p of processInfo) {
            all += p.cpuTime * 1000;
            if (p.type === 'renderer') renderer += p.cpuTime * 1000;
          }
          return { renderer, all };
        };
        if (compareProfile) {
          mkdirSync(compareProfile, { recursive: true });
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        }
        const each: Array<{ r: number; id: string; ms: number; cpu: number; cpuAll: number; task: number; script: number; heap0: number; heap1: number; gc: number; top: string; asked: number; fetched: number; readWall: number; units: number; chars: number; tokenised: number; docs: number }> = [];
        let k = 0;
        for (let r = 0; r < rounds; r++) {
          for (const id of probes) {
            const m0 = await metric();
            const c0 = await cpuNow();
            if (compareProfile) await cdp.send('Profiler.start');
            const one = await call('compareOne', id);
            let gc = NaN;
            let top = '';
            if (compareProfile) {
              const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
              writeFileSync(join(compareProfile, `${String(k).padStart(2, '0')}-${id.slice(0, 12)}.cpuprofile`), JSON.stringify(profile));
              const self = selfTimes(profile);
              gc = self.find(([f]) => f === '(garbage collector)')?.[1] ?? 0;
              top = self.filter(([f]) => f !== '(idle)' && f !== '(program)').slice(0, 4).map(([f, t]) => `${f} ${Math.round(t)}`).join(', ');
            }
            const c1 = await cpuNow();
            const m1 = await metric();
            each.push({ r, id, ms: one.ms, cpu: c1.renderer - c0.renderer, cpuAll: c1.all - c0.all, task: m1.task - m0.task, script: m1.script - m0.script, heap0: m0.heap, heap1: m1.heap, gc, top, asked: one.asked, fetched: one.fetched, readWall: one.readWall, units: one.units, chars: one.chars, tokenised: one.tokenised, docs: one.docs });
            k++;
          }
        }
        const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
        console.log(`\n${count.toLocaleString('en')} articles, compare one call each (load ${loadavg().map((x) => x.toFixed(1)).join(' ')}): median ${ms(q(each.map((e) => e.ms), 0.5))}, p95 ${ms(q(each.map((e) => e.ms), 0.95))}; main-thread task time median ${ms(q(each.map((e) => e.task), 0.5))}, p95 ${ms(q(each.map((e) => e.task), 0.95))}; renderer CPU median ${ms(q(each.map((e) => e.cpu), 0.5))}, p95 ${ms(q(each.map((e) => e.cpu), 0.95))}, sum ${ms(each.reduce((x, e) => x + e.cpu, 0))} (round 0 ${ms(each.filter((e) => e.r === 0).reduce((x, e) => x + e.cpu, 0))}); all processes' CPU sum ${ms(each.reduce((x, e) => x + e.cpuAll, 0))}`);
        console.log('run | round | probe | units | chars | ms | renderer CPU ms | all CPU ms | task ms | script ms | heap MB before → after | decisions | articles read | read wall ms | GC ms | top self (ms) | characters tokenised | document vectors derived');
        each.forEach((e, i) =>
          console.log(
            [i, e.r, e.id.slice(0, 20), e.units, e.chars, Math.round(e.ms), Math.round(e.cpu), Math.round(e.cpuAll), Math.round(e.task), Math.round(e.script), `${(e.heap0 / 1e6).toFixed(0)} → ${(e.heap1 / 1e6).toFixed(0)}`, e.asked, e.fetched, Math.round(e.readWall), Number.isNaN(e.gc) ? '–' : Math.round(e.gc), e.top || '–', e.tokenised, e.docs].join(' | '),
          ),
        );
      }
      const ab = storyAB ? await call('storyAB', probes, rounds) : null;
      const brute = !panelOnly && !optionsOnly && size <= bruteMax ? await call('brute', SEED_003) : null;
      const cold = coldAB ? await call('compareCold', probes, rounds) : null;
      let fresh: Awaited<ReturnType<typeof call<'freshAB'>>> | null = null;
      const warmed = freshRounds && warmFirst ? await call('warm') : null;
      if (freshRounds) {
        if (freshProfile) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
          await cdp.send('Profiler.start');
        }
        fresh = await call('freshAB', probes, freshRounds, freshToggle, freshFlip);
        if (freshProfile) {
          const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
          writeFileSync(freshProfile, JSON.stringify(profile));
        }
      }
      const pre: Array<[string, Awaited<ReturnType<typeof call<'prefetchAB'>>>]> = [];
      if (prefetchAB === 'warm' || prefetchAB === 'both') pre.push(['warm', await call('prefetchAB', probes, rounds, false)]);
      if (prefetchAB === 'cold' || prefetchAB === 'both') pre.push(['cold', await call('prefetchAB', probes, rounds, true)]);
      if (storyOnlyAB === 'warm' || storyOnlyAB === 'both') pre.push(['warm, story only', await call('prefetchAB', probes, rounds, false, 'story-only')]);
      if (storyOnlyAB === 'cold' || storyOnlyAB === 'both') pre.push(['cold, story only', await call('prefetchAB', probes, rounds, true, 'story-only')]);

      // Options page: first rows (OPTION_LOADS loads; the page's own clock from navigation start
      // to the first table row in the DOM, and the benchmark's clock from the goto call to
      // waitForSelector's answer), then a keystroke's filtered rows on the last load.
      const inPage: number[] = [];
      const outside: number[] = [];
      let keystroke = NaN;
      let keystrokeInPage = NaN;
      let ei = { exportMs: NaN, importMs: NaN, bytes: NaN, imported: NaN };
      let base = NaN;
      let peak = NaN;
      if (!panelOnly) {
        let opt = null as Awaited<ReturnType<typeof ext.context.newPage>> | null;
        for (let k = 0; k < OPTION_LOADS; k++) {
          await opt?.close();
          opt = await ext.context.newPage();
          await opt.addInitScript(FIRST_ROW_MARK);
          const o0 = Date.now();
          await opt.goto(ext.extensionUrl('options.html'));
          await opt.waitForSelector('tbody tr', { timeout: 300_000 });
          outside.push(Date.now() - o0);
          await opt.waitForFunction(() => (window as any).__pxFirstRow !== undefined, null, { timeout: 300_000 });
          inPage.push(await opt.evaluate(() => (window as any).__pxFirstRow as number));
          // Before the next load, let this page finish reading the table ("N articles"): closed mid-read,
          // its large IndexedDB request still runs and the next page's first read queues behind it.
          if (k < OPTION_LOADS - 1) {
            await opt.waitForFunction(() => /^[\d,]+ articles?$/.test(document.querySelector('.px-card-head p[aria-live]')?.textContent ?? ''), null, { timeout: 600_000, polling: 100 });
          }
        }
        opt = opt!;
        const before = await opt.locator('tbody tr').count();
        // opts34: the page's own share too: its input event → the table changed (MutationObserver).
        await opt.evaluate((n) => {
          const w = window as any;
          document.querySelector('#px-search')!.addEventListener('input', () => (w.__pxInput ??= performance.now()), { capture: true });
          // (no named function here: tsx would wrap it in a helper the page does not have)
          new MutationObserver(() => {
            if (w.__pxInput !== undefined && w.__pxShown === undefined && (document.querySelectorAll('tbody tr').length !== n || document.querySelector('.px-empty'))) w.__pxShown = performance.now();
          }).observe(document, { childList: true, subtree: true });
        }, before);
        const k0 = Date.now();
        await opt.fill('#px-search', 'bukele');
        await opt.waitForFunction((n) => document.querySelectorAll('tbody tr').length !== n || !!document.querySelector('.px-empty'), before, { timeout: 300_000 });
        keystroke = Date.now() - k0;
        keystrokeInPage = await opt.evaluate(() => ((window as any).__pxShown ?? NaN) - ((window as any).__pxInput ?? NaN));
        await opt.close();
      }
      if (!panelOnly && !optionsOnly) {
        // Export and streamed import, peak JS heap of the page meanwhile. A full collection first:
        // the brute-force baseline just before leaves gigabytes of garbage the heap size would count.
        await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
        peak = await heap();
        base = peak;
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            peak = Math.max(peak, await heap().catch(() => 0));
            await new Promise((r) => setTimeout(r, 50));
          }
        })();
        ei = await call('exportImport');
        sampling = false;
        await sampler;
      }

      // Side panel on seed 003: `panelLoads` fresh panel pages; open → report and page text →
      // report (issue 9's definition), with where the time goes (lib/sidebar/controller.ts marks).
      if (clearVectors && !optionsOnly) console.log(`kept story vectors cleared before the panel: ${await call('clearVectors')}`);
      if (clearVectors && prepare && !optionsOnly) await preparing();
      const { page: news, tabId } = optionsOnly ? { page: null, tabId: 0 } : await openSeedTab(ext);
      const armLoads: Record<'here' | 'warm', Awaited<ReturnType<typeof timePanelLoads>>> = { here: [], warm: [] };
      for (let r = 0; r < panelAb && !optionsOnly; r++) {
        for (const arm of (r % 2 ? ['warm', 'here'] : ['here', 'warm']) as Array<'here' | 'warm'>) {
          const got = await timePanelLoads(ext.context, ext.extensionUrl(`sidepanel.html?tabId=${tabId}${arm === 'here' ? '&compare=here' : ''}`), panelLoads);
          console.log(`panel round ${r} ${arm} (load ${loadavg()[0]!.toFixed(1)}): ${got.map((l) => `text→report ${Math.round(l.dom - l.text)} ms, CPU ${Math.round(l.cpu)} ms (all renderer main threads ${Math.round(l.cpuAll ?? NaN)}, ${l.renderers} working), first paint ${Math.round(l.paint)} ms, open→report ${Math.round(l.open)} ms`).join('; ')}`);
          armLoads[arm].push(...got);
        }
      }
      const loads = optionsOnly || panelAb ? [] : await timePanelLoads(ext.context, ext.extensionUrl(`sidepanel.html?tabId=${tabId}`), panelLoads);
      await news?.close();
      const mid = (f: (l: (typeof loads)[number]) => number) => median(loads.map(f).filter((x) => !Number.isNaN(x)));
      const firstAnd = (f: (l: (typeof loads)[number]) => number) =>
        `${ms(mid(f))}${loads.length > 1 ? ` (median of ${loads.length}; first ${ms(f(loads[0]!))})` : ''}`;

      const rows: Array<[string, string]> = [
        ['articles in the corpus', count.toLocaleString('en')],
        [`import (upsertBatched, with story keys; keys: ${keysIn === 'worker' ? 'in a worker' : keysIn === 'page' ? 'on the page' : 'alternating'}${keysAhead && keysIn !== 'page' ? ', one continuous import' : ''})`, add ? `${Math.round(add / (fillMs / 1000)).toLocaleString('en')} articles/s (${add.toLocaleString('en')} in ${ms(fillMs)})` : '–'],
        ...(keysIn === 'ab' && fill
          ? ([['  story keys in the worker / on the page (alternating chunks)', `${Math.round(fill.keysAb.workerN / (fill.keysAb.worker / 1000)).toLocaleString('en')} / ${Math.round(fill.keysAb.pageN / (fill.keysAb.page / 1000)).toLocaleString('en')} articles/s`]] as Array<[string, string]>)
          : []),
        ['  import stages (ms)', Object.entries(fill?.stages ?? {}).map(([k, v]) => `${k} ${Math.round(v)}`).join('; ') || '–'],
        // import78: whether a slower import cost more CPU an article (the code) or had less of the cores (the machine).
        ['  import CPU (/proc, the fill call)', add ? stepCpuLine(fillUsed) : '–'],
        ['compare, engine in the page', !cmp ? '–' : `median ${ms(cmp.median)}, p95 ${ms(cmp.p95)} (${cmp.runs} runs, ${probes.length} probes, ${cmp.related.toFixed(0)} related found)`],
        ...(ab
          ? ([
              [
                'story step: reads kept per compare vs each question its own',
                `kept: median ${ms(ab.kept.median)}, p95 ${ms(ab.kept.p95)}, ${ab.kept.keys.toFixed(0)} key lists and ${ab.kept.articles.toFixed(0)} articles read per run; own: median ${ms(ab.own.median)}, p95 ${ms(ab.own.p95)}, ${ab.own.keys.toFixed(0)} key lists, ${ab.own.articles.toFixed(0)} articles (${ab.runs} runs each, alternating; closure asked in ${ab.closed}; stories differing: ${ab.differ})`,
              ],
              [
                '  runs where closure asked: kept / own (ms)',
                `${ab.pairs.map(([k, o]) => `${Math.round(k)} / ${Math.round(o)}`).join('; ') || '–'}; median ratio ${ab.ratio.toFixed(2)}`,
              ],
            ] as Array<[string, string]>)
          : []),
        ...(cold
          ? ([
              [
                'cold compare (fresh panel state): story vectors stored vs derived',
                `stored: median ${ms(cold.stored.median)}, p95 ${ms(cold.stored.p95)}; derived: median ${ms(cold.derived.median)}, p95 ${ms(cold.derived.p95)} (${cold.runs} runs each, alternating; reports differing: ${cold.differ}); each probe's first compare, nothing kept yet: median ${ms(cold.first.median)}, p95 ${ms(cold.first.p95)}`,
              ],
              [
                '  slowest cold runs (probe, how: ms, articles read, story decisions)',
                [...cold.detail].sort((a, b) => b.ms - a.ms).slice(0, 6).map((d) => `${d.id.slice(0, 12)} ${d.how}: ${Math.round(d.ms)}, ${d.fetched}, ${d.asked}`).join('; '),
              ],
            ] as Array<[string, string]>)
          : []),
        ...pre.flatMap(([kind, x]) => [
          [
            kind.endsWith('story only')
              ? `compare, ${kind.replace(', story only', '')}: perf14's page decision (story only: candidates that can be neither related nor a near miss not aligned) vs every shortlisted candidate aligned`
              : `compare, ${kind}: perf12's story step (reads ahead, extra readings of relations only) vs before`,
            `${kind.endsWith('story only') ? 'perf14' : 'perf12'}: median ${ms(x.on.median)}, p95 ${ms(x.on.p95)}; before: median ${ms(x.off.median)}, p95 ${ms(x.off.p95)} (${x.runs} runs each, alternating; reports differing: ${x.differ})`,
          ],
          [
            `  slowest ${kind} runs (probe, how: ms, articles read, story decisions, ms to the first extra decision, ms with a read outstanding)`,
            [...x.detail].sort((a, b) => b.ms - a.ms).slice(0, 8).map((d) => `${d.id.slice(0, 12)} ${d.how}: ${Math.round(d.ms)}, ${d.fetched}, ${d.asked}, ${Math.round(d.first)}, ${Math.round(d.io)}`).join('; '),
          ],
          [
            `  ${kind} runs with extra decisions, ${kind.endsWith("story only") ? "perf14" : "perf12"} / before (ms, same probe and round)`,
            pairsOf(x.detail).map(([a, b]) => `${Math.round(a)} / ${Math.round(b)}`).join('; ') || '–',
          ],
        ] as Array<[string, string]>),
        ...(fresh
          ? ([
              [
                `fresh compares (vectors cleared, derived forgotten; ${freshToggle} on / off by round${warmed ? `; after the warm-up (bench/warm-engine.ts): ${ms(warmed.ms)}, ${warmed.done} compares` : '; no warm-up'})`,
                `on: ${fresh.on ? `median ${ms(fresh.on.median)}, p95 ${ms(fresh.on.p95)} (${fresh.on.runs})` : '–'}; off: ${fresh.off ? `median ${ms(fresh.off.median)}, p95 ${ms(fresh.off.p95)} (${fresh.off.runs})` : '–'}; reports differing ${fresh.differ}`,
              ],
              [
                '  round 0 (the page\'s first compares): how, median, p95 (slowest of its runs), sum',
                (() => {
                  const r0 = fresh.detail.filter((d) => d.round === 0);
                  const xs = r0.map((d) => d.ms).sort((a, b) => a - b);
                  return xs.length ? `${r0[0]!.how}: median ${ms(xs[xs.length >> 1]!)}, p95 ${ms(xs[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!)}, sum ${ms(xs.reduce((a, b) => a + b, 0))}` : '–';
                })(),
              ],
              [
                '  per arm: runs, document vectors derived, characters tokenised (sums; load-free), p95 ms',
                (['on', 'off'] as const)
                  .map((how) => {
                    const d = fresh.detail.filter((x) => x.how === how);
                    const xs = d.map((x) => x.ms).sort((a, b) => a - b);
                    return d.length ? `${how}: ${d.length}, ${d.reduce((t, x) => t + x.docs, 0).toLocaleString('en')}, ${d.reduce((t, x) => t + x.tokenised, 0).toLocaleString('en')}, p95 ${ms(xs[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!)}` : `${how}: –`;
                  })
                  .join('; ') + (fresh.passes.length ? `; passes (round: ms, derived, kept): ${fresh.passes.map((p) => `${p.round}: ${ms(p.ms)}, ${p.derived}, ${p.kept}`).join('; ')}` : ''),
              ],
              [
                '  fresh runs (probe round how: ms, read, decisions, io ms, document vectors derived)',
                fresh.detail.map((d) => `${d.id.slice(0, 6)} ${d.round}${d.how}: ${Math.round(d.ms)}, ${d.fetched}, ${d.asked}, ${Math.round(d.io)}, ${d.docs}`).join('; '),
              ],
              [
                '  slowest fresh runs (ms; first extra decision at; reads by method: calls, summed ms)',
                [...fresh.detail]
                  .sort((x, y) => y.ms - x.ms)
                  .slice(0, 4)
                  .map((d) => `${d.id.slice(0, 6)} ${d.round}${d.how}: ${Math.round(d.ms)}; at ${Math.round(d.first)}; ${Object.entries(d.by).map(([k, [c, t]]) => `${k} ${c}, ${Math.round(t)}`).join(', ')}`)
                  .join(' | '),
              ],
            ] as Array<[string, string]>)
          : []),
        ['engine vs brute force (seed 003)', brute ? `${(brute.brute / brute.engine).toFixed(0)}× (${ms(brute.engine)} vs ${ms(brute.brute)}, ${brute.pairs.toLocaleString('en')} unit pairs)` : panelOnly ? '–' : `not measured above ${bruteMax.toLocaleString('en')}`],
        ['options page: first rows', !inPage.length ? '–' : `${ms(median(inPage))} median of ${inPage.length} loads, navigation start → first row in the page (each: ${inPage.map(ms).join(', ')}); ${ms(median(outside))} from the benchmark's goto call to its waitForSelector`],
        ['options page: keystroke → filtered rows', ms(keystroke)],
        ['  of which in the page (input event → the table changed, the page\'s clock)', ms(keystrokeInPage)],
        ['export (exportBlob, page by page)', `${ms(ei.exportMs)} (${mb(ei.bytes)})`],
        ['import of that file (streamed)', `${ms(ei.importMs)} (${ei.imported.toLocaleString('en')} articles)`],
        ['JS heap during export + import', `${mb(base)} → peak ${mb(peak)}`],
        ...(panelAb
          ? (['here', 'warm'] as const).map((arm): [string, string] => {
              const ls = armLoads[arm];
              const md = (f: (l: (typeof ls)[number]) => number) => ms(median(ls.map(f).filter((x) => !Number.isNaN(x))));
              return [`side panel, seed 003, compare ${arm === 'here' ? 'in the panel (?compare=here)' : 'in the offscreen document'}: medians of ${ls.length}`, `page text → report ${md((l) => l.dom - l.text)}; thread CPU ${md((l) => l.cpu)}; all renderer main threads' CPU ${md((l) => l.cpuAll ?? NaN)}; first paint ${md((l) => l.paint)}; open → report ${md((l) => l.open)}`];
            })
          : []),
        ['side panel, seed 003: open → report', firstAnd((l) => l.open)],
        ['side panel, seed 003: page text → report', firstAnd((l) => l.dom - l.text)],
        ['  its main-thread CPU time (trace)', firstAnd((l) => l.cpu)],
        [
          '  panel stages, median (ms)',
          `page text at ${Math.round(mid((l) => l.text))}; ingest ${Math.round(mid((l) => l.ingested - l.text))}; compare ${Math.round(mid((l) => l.compared - l.ingested))} (corpus reads ${Math.round(mid((l) => l.reads))}, a read outstanding ${Math.round(mid((l) => l.outstanding))}); dispatch → DOM ${Math.round(mid((l) => l.dom - l.compared))}`,
        ],
        [
          '  panel reads by method, median (calls, summed ms)',
          [...new Set(loads.flatMap((l) => Object.keys(l.byMethod)))].sort().map((k) => `${k} ${mid((l) => l.byMethod[k]?.calls ?? 0)}, ${Math.round(mid((l) => l.byMethod[k]?.ms ?? 0))}`).join('; '),
        ],
      ];
      console.log(`\n### ${size.toLocaleString('en')} articles (load average ${loadavg()[0]!.toFixed(1)})\n`);
      console.log('| what | measured |\n|---|---|');
      for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    }
  } finally {
    await ext.close();
  }
}

runMain(main);
