/**
 * opts76: two (or more) builds of the extension, the options page loaded in turn (A B B A …) in one run, each build in
 * its own headless Chromium on the seeded extension, the browsers started together and idle while the other loads.
 *
 *   npx wxt build && cp -r .output/chrome-mv3 /tmp/A        # one copy per build
 *   npx tsx bench/opts76-ab.ts --arm A=/tmp/A --arm B=/tmp/B [--loads 10] [--route]
 *
 * Per load, in ms from the options page's navigation start (performance clock, no tracing; extension files are not in
 * Resource Timing, bench/opts75-trace.ts has their requests): the early read's database open
 * and end (`parallax:first-rows-open` / `-read`), the App's start mark (`parallax:options-start`, its first effect),
 * first contentful paint, the first table row in the DOM (a MutationObserver; the bench's "first rows"), the frame after it
 * (requestAnimationFrame, then a task: the row painted), and when the
 * table said "N articles" (the whole corpus read). After that line, and once the page is quiet, the page's text is
 * read: the arms must show the same page (reported as the count of distinct texts, and the first difference).
 *
 * Playwright's request routing (the e2e harness's block of requests leaving 127.0.0.1) takes every request of the page
 * through the bench's own process, extension files included; a reader's browser does not. It is off here unless
 * `--route` (bench/opts75-trace.ts and bench/browser.ts have it on), or `--route-arm NAME` for one arm only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { namedArms } from './args.ts';
import { launchExtension, type ExtensionHarness } from '../tests/e2e/fixtures';

const ROW_MARK = `(() => {
  new MutationObserver((_m, o) => {
    if (window.__pxRow === undefined && document.querySelector('tbody tr')) {
      window.__pxRow = performance.now();
      // After the next frame: the row painted (a frame's callbacks, then its paint, then this task).
      requestAnimationFrame(() => setTimeout(() => { window.__pxRowPaint = performance.now(); }, 0));
    }
    const live = document.querySelector('.px-card-head p[aria-live]');
    if (window.__pxAll === undefined && live && /^[\\d,]+ articles?$/.test(live.textContent || '')) { window.__pxAll = performance.now(); o.disconnect(); }
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

interface Load {
  arm: string;
  open: number;
  read: number;
  start: number;
  fcp: number;
  row: number;
  rowPaint: number;
  all: number;
  text: string;
}

const args = process.argv.slice(2);
const arms = namedArms(args);
const loads = Number(args[args.indexOf('--loads') + 1] || 10) || 10;
const route = args.includes('--route');
/**
 * `--profile NAME=DIR`: that arm's browser profile kept in DIR (a database filled by `bench/browser.ts --profile-dir DIR`
 * with PARALLAX_EXT_DIR set to the same build path, so the extension has the same id); default a fresh seeded profile.
 */
const profiles = new Map(args.flatMap((a, i) => (args[i - 1] === '--profile' ? [a.split('=') as [string, string]] : [])));
/** `--route-arm NAME`: routing on for that arm only (the same build with and without it, alternated). */
const routeArms = new Set(args.flatMap((a, i) => (args[i - 1] === '--route-arm' ? [a] : [])));

/** The files options.html names (its first script, module, preloads and styles). */
function staticFiles(dir: string): string[] {
  const html = readFileSync(path.join(dir, 'options.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!.split('/').pop()!);
}

async function loadOnce(ext: ExtensionHarness, arm: string, files: string[]): Promise<Load> {
  const p = await ext.context.newPage();
  await p.addInitScript(ROW_MARK);
  await p.goto('about:blank');
  await p.goto(ext.extensionUrl('options.html'));
  await p.waitForFunction(() => (window as unknown as { __pxAll?: number }).__pxAll !== undefined, null, { timeout: 120_000, polling: 50 });
  // The rest of the page (trash, feeds, retention, storage line) settles after the table's line.
  await p.waitForTimeout(1500);
  // (A string: tsx would wrap the named arrow functions of a function in a helper the page does not have.)
  const got = (await p.evaluate(`(() => {
        const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    // The storage line's figures depend on the profile's own files, not on the page: left out of the comparison.
    const text = (document.body.innerText || '').replace(/[\\d.,]+\\s*(?:[kKMG]i?B|bytes)\\b/g, '#B');
    return {
      open: mark('parallax:first-rows-open'),
      read: mark('parallax:first-rows-read'),
      start: mark('parallax:options-start'),
      fcp: mark('first-contentful-paint'),
      row: window.__pxRow,
      rowPaint: window.__pxRowPaint,
      all: window.__pxAll,
      text,
    };
  })()`)) as Omit<Load, 'arm'>;
  await p.close();
  return { arm, ...got };
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const worst = (xs: number[]) => Math.max(...xs.filter((x) => !Number.isNaN(x)));
const f = (x: number) => (Number.isNaN(x) ? '–' : String(Math.round(x)));

async function main(): Promise<void> {
  if (arms.length < 2) throw new Error('usage: --arm A=DIR --arm B=DIR [--loads N] [--route]');
  const load0 = loadavg()[0]!;
  const exts = new Map<string, ExtensionHarness>();
  try {
    for (const a of arms) exts.set(a.name, await launchExtension({ extensionDir: a.dir, blockExternal: route || routeArms.has(a.name), ...(profiles.has(a.name) ? { userDataDir: path.resolve(profiles.get(a.name)!) } : {}) }));
    await new Promise((r) => setTimeout(r, 5000)); // the seeding at install settles in each browser
    for (const a of arms) console.log(`${a.name}: ${(await exts.get(a.name)!.waitForCorpus(5)).toLocaleString('en')} articles`);
    const files = new Map(arms.map((a) => [a.name, staticFiles(a.dir)]));
    const out: Load[] = [];
    // Rounds of every arm, the order reversed every other round: A B, B A, A B, … (A B B A for two arms).
    for (let r = 0; r < loads; r++) {
      const order = r % 2 ? [...arms].reverse() : arms;
      for (const a of order) {
        const l = await loadOnce(exts.get(a.name)!, a.name, files.get(a.name)!);
        out.push(l);
        console.error(`${a.name} ${r + 1}: row ${f(l.row)} painted ${f(l.rowPaint)} all ${f(l.all)} (open ${f(l.open)}, read ${f(l.read)}, start ${f(l.start)})`);
      }
    }
    const load1 = loadavg()[0]!;
    console.log(`load average ${load0.toFixed(1)} → ${load1.toFixed(1)}; ${loads} loads an arm, alternated; request routing ${route ? 'on' : routeArms.size ? `on for ${[...routeArms].join(', ')} only` : 'off'}`);
    for (const a of arms) console.log(`${a.name}: ${a.dir} — options.html names ${files.get(a.name)!.length} files${profiles.has(a.name) ? `; profile ${profiles.get(a.name)}` : ''}`);
    console.log('| arm | first row median | worst | row painted (median, worst) | early read: database open | early read done | App start | FCP | corpus read ("N articles") |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const a of arms) {
      const ls = out.filter((l) => l.arm === a.name);
      const m = (k: keyof Load) => f(median(ls.map((l) => l[k] as number)));
      console.log(`| ${a.name} | **${m('row')}** | **${f(worst(ls.map((l) => l.row)))}** | ${m('rowPaint')}, ${f(worst(ls.map((l) => l.rowPaint)))} | ${m('open')} | ${m('read')} | ${m('start')} | ${m('fcp')} | ${m('all')} (worst ${f(worst(ls.map((l) => l.all)))}) |`);
    }
    for (const a of arms) console.log(`${a.name} first rows: ${out.filter((l) => l.arm === a.name).map((l) => f(l.row)).join(' ')}`);
    const texts = [...new Set(out.map((l) => l.text))];
    console.log(`distinct page texts after loading: ${texts.length}${texts.length === 1 ? ' (every load of every arm shows the same page)' : ''}`);
    if (texts.length > 1) {
      const [x, y] = texts as [string, string];
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      console.log(`first difference at ${i}: ${JSON.stringify(x.slice(Math.max(0, i - 60), i + 60))} vs ${JSON.stringify(y.slice(Math.max(0, i - 60), i + 60))}`);
      for (const a of arms) console.log(`  ${a.name}: texts ${out.filter((l) => l.arm === a.name).map((l) => texts.indexOf(l.text)).join(' ')}`);
    }
  } finally {
    for (const e of exts.values()) await e.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
