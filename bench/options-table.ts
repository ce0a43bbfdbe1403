/**
 * The corpus manager (options page) at scale, in real Chromium with the BUILT extension:
 *
 *   npm run build && npx tsx bench/options-table.ts [--sizes 1000,10000,100000] [--keys] [--runs 3]
 *
 * For each size, fills the extension's own `parallax` database up to that many articles through
 * `Corpus.upsertBatched` in an extension page (bench/options-fill.ts, added to a COPY of the build
 * as bench-fill.html; `--keys` also computes story keys, slower), then opens options.html in a fresh
 * tab `--runs` times and prints medians of:
 *   script ran   navigation start → the App's first effect (the page's scripts loaded and ran)
 *   corpus open  navigation start → Corpus.open() resolved
 *   first rows   navigation start → the first table row is in the DOM
 *   all rows     navigation start → every summary read (the status line says "N articles")
 *   keystroke    typing "harbour st" into Search, one letter at a time: input event → the table
 *                re-rendered and laid out (setTimeout 0 after the event, then a forced layout);
 *                median and max over the letters
 *   sort         a click on "Title" (first sort of that column: the order is built once), same end
 *   delete       a click on Delete → the row gone from the table (IndexedDB write + in-place update)
 *   undo         a click on Undo → the row back
 *   heap         JS heap used after all rows are read
 * Not a test; prints a table. Needs /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './baseline';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/fixtures';
import { iifeOf } from './iife';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const opt = (name: string) => optionValue(name, args);
const SIZES = (opt('--sizes') ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(opt('--runs') ?? 3);
const KEYS = args.includes('--keys');
/** `--profile OUT.cpuprofile`: a V8 CPU profile of each build's first page load, from navigation to the last keystroke (Chrome DevTools format). */
const PROFILE = opt('--profile');
/**
 * `--ab DIR_A,DIR_B`: two builds in one run on the same database and load: before each page load
 * the options page's files of one build are copied over the loaded extension's (alternating A, B,
 * B, A, …); each build's medians on a row of its own. The background stays the first build's.
 */
const AB = opt('--ab')?.split(',');
/** `--early`: also a search typed as soon as the first rows show, while the rest is read (bench/browser.ts's keystroke). */
const EARLY = args.includes('--early');

const ms = (x: number) => `${Math.round(x)} ms`;

const fillScript = (): Promise<string> => iifeOf('options-fill.ts', 'optionsFill', true);

/** In the options page, from its first script on: when rows appear and when all are read. */
const MARKS = `(() => {
  window.__name = window.__name || ((f) => f); // tsx names functions passed to page.evaluate
  window.__marks = {};
  const look = () => {
    const m = window.__marks;
    if (m.first === undefined && document.querySelector('tbody tr[data-id]')) {
      m.first = performance.now();
      if (window.__early) setTimeout(early, 0);
    }
    const status = document.querySelector('.px-card-head p[aria-live]');
    if (m.all === undefined && status && /^[\\d,]+ articles?$/.test(status.textContent || '')) m.all = performance.now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  // Long tasks (> 50 ms) of the page until every summary is read: what a keystroke typed during the load waits behind.
  window.__long = [];
  try {
    new PerformanceObserver((l) => {
      // Entries come after their task ends: kept by start time, read once every row is (so the
      // task that ends the load, reported after the "N articles" mark, is counted too).
      for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // --early: a search typed as soon as the first rows show (all rows still being read), as
  // bench/browser.ts types it: one input event of "bukele" (no match) → the table shows no row.
  const early = () => {
    const input = document.querySelector('#px-search');
    const t0 = performance.now();
    input.value = 'bukele';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      if (document.querySelector('.px-empty') || !document.querySelector('tbody tr[data-id]')) {
        window.__marks.early = performance.now() - t0;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else requestAnimationFrame(check);
    };
    check();
  };
})();`;

interface Run {
  start: number;
  open: number;
  first: number;
  all: number;
  keys: number[];
  sort: number;
  del: number;
  undo: number;
  heap: number;
  early: number;
  long: number[];
}

async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function measureOnce(page: Page, profile?: string, cdp: Awaited<ReturnType<typeof startProfile>> | null = null): Promise<Run> {
  await page.waitForFunction(() => (window as any).__marks?.all !== undefined, null, { timeout: 300_000, polling: 50 });
  const { start, open, first, all, heap, early, long } = await page.evaluate(() => ({
    early: ((window as any).__marks.early as number | undefined) ?? NaN,
    long: ((window as any).__long as Array<[number, number]>).filter(([t]) => t < (window as any).__marks.all).map(([, d]) => d),
    start: performance.getEntriesByName('parallax:options-start')[0]?.startTime ?? NaN,
    open: performance.getEntriesByName('parallax:options-open')[0]?.startTime ?? NaN,
    first: (window as any).__marks.first as number,
    all: (window as any).__marks.all as number,
    heap: (performance as any).memory?.usedJSHeapSize ?? NaN,
  }));
  // Each step: act, let Preact render (its renders are queued as microtasks), force layout, time it.
  const keys = await page.evaluate(async (text: string) => {
    const input = document.querySelector('#px-search') as HTMLInputElement;
    const out: number[] = [];
    for (let i = 1; i <= text.length; i++) {
      const t0 = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    return out;
  }, 'harbour st');
  if (cdp) {
    const { profile: prof } = await cdp.send('Profiler.stop');
    await writeFile(profile!, JSON.stringify(prof));
    await cdp.detach();
  }
  const sort = await page.evaluate(async () => {
    const b = [...document.querySelectorAll('th button')].find((x) => x.textContent!.startsWith('Title')) as HTMLButtonElement;
    const t0 = performance.now();
    b.click();
    await new Promise((r) => setTimeout(r, 0));
    void document.body.offsetHeight;
    return performance.now() - t0;
  });
  const { del, undo } = await page.evaluate(async () => {
    const until = (ok: () => boolean) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const check = () => (ok() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      });
    const tr = document.querySelector('tbody tr[data-id]')!;
    const id = tr.getAttribute('data-id')!;
    const gone = until(() => !document.querySelector(`tbody tr[data-id="${CSS.escape(id)}"]`));
    (tr.querySelector('.px-button--danger') as HTMLButtonElement).click();
    const del = await gone;
    const undoButton = await new Promise<HTMLButtonElement>((resolve) => {
      const find = () => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Undo') as HTMLButtonElement | undefined;
        if (b) resolve(b);
        else requestAnimationFrame(find);
      };
      find();
    });
    const back = until(() => !!document.querySelector(`tbody tr[data-id="${CSS.escape(id)}"]`));
    undoButton.click();
    return { del, undo: await back };
  });
  return { start, open, first, all, keys, sort, del, undo, heap, early, long };
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-bench-options-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  await writeFile(path.join(dir, 'bench-fill.js'), await fillScript());
  await writeFile(path.join(dir, 'bench-fill.html'), '<!doctype html><meta charset="utf-8"><title>fill</title><script src="bench-fill.js"></script>');
  const ext = await launchExtension({ extensionDir: dir });
  const lines: string[] = [];
  try {
    await ext.waitForCorpus(5);
    const version = ext.context.browser()?.version() ?? '';
    const fill = await ext.openExtensionPage('bench-fill.html');
    await fill.waitForFunction(() => typeof (window as any).__fill === 'function');
    let have = await ext.corpusCount();
    let next = 0;
    lines.push(`Chromium ${version}; ${KEYS ? 'with' : 'without'} story keys; medians of ${RUNS} page loads`);
    lines.push('| articles | fill | script ran | corpus open | first rows | all rows | keystroke median / max | sort by title | delete | undo | JS heap | search at first rows | long tasks during the load (sum / longest) |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const size of SIZES) {
      let fillMs = 0;
      if (size > have) {
        const r = await fill.evaluate(([from, n, k]) => (window as any).__fill(from, n, k), [next, size - have, KEYS] as const);
        fillMs = r.ms;
        next += size - have;
        have = r.total;
      }
      const byBuild = new Map<string, Run[]>();
      for (let k = 0; k < RUNS * (AB?.length ?? 1); k++) {
        const build = AB ? AB[(k % 2 === 0) === (Math.floor(k / 2) % 2 === 0) ? 0 : 1]! : '';
        if (build) await cp(build, dir, { recursive: true, force: true });
        const runs = byBuild.get(build) ?? [];
        byBuild.set(build, runs);
        const page = await ext.context.newPage();
        if (EARLY) await page.addInitScript('window.__early = true;');
        await page.addInitScript(MARKS);
        // --profile: the first load of each build, from before navigation to the last keystroke.
        const profile = runs.length === 0 && PROFILE ? PROFILE.replace(/(\.cpuprofile)?$/, `-${size}${build ? `-${path.basename(build)}` : ''}.cpuprofile`) : undefined;
        const cdp = profile ? await startProfile(page) : null;
        await page.goto(ext.extensionUrl('options.html'));
        runs.push(await measureOnce(page, profile, cdp));
        await page.close();
      }
      for (const [build, runs] of byBuild) {
      const keysAll = runs.flatMap((r) => r.keys);
      lines.push(
        `| ${have.toLocaleString('en')}${build ? ` (${path.basename(build)})` : ''} | ${fillMs ? `${(fillMs / 1000).toFixed(1)} s` : '—'} | ${ms(median(runs.map((r) => r.start)))} | ${ms(median(runs.map((r) => r.open)))} | ${ms(median(runs.map((r) => r.first)))} | ${ms(median(runs.map((r) => r.all)))} | ${ms(median(keysAll))} / ${ms(Math.max(...keysAll))} | ${ms(median(runs.map((r) => r.sort)))} | ${ms(median(runs.map((r) => r.del)))} | ${ms(median(runs.map((r) => r.undo)))} | ${(median(runs.map((r) => r.heap)) / 1e6).toFixed(0)} MB | ${EARLY ? `${ms(median(runs.map((r) => r.early)))} (each: ${runs.map((r) => ms(r.early)).join(', ')})` : '–'} | ${ms(median(runs.map((r) => r.long.reduce((a, b) => a + b, 0))))} / ${ms(median(runs.map((r) => Math.max(0, ...r.long))))} |`,
      );
      console.error(lines.at(-1));
      }
    }
  } finally {
    await ext.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
