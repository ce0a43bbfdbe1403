/**
 * opts75 (lead): where an options page load's time goes before its first row, read from a Chrome trace of the page.
 *
 *   npx tsx bench/opts75-trace.ts [LOADS]     # (needs a build: npx wxt build) LOADS loads (default 5) of options.html on the
 *                                             # seeded extension, each traced (devtools.timeline, loading, v8, user timing)
 *
 * Per load, in ms from the document's navigation start: when the page asked for its first script (first-rows.js, the small
 * classic script that starts the early read), when that script ran, domInteractive, when the page's module ran, the App's
 * start mark (`parallax:options-start`), the early read's database open (`parallax:first-rows-open`) and end
 * (`parallax:first-rows-read`), and the first table row in the DOM
 * (a MutationObserver). The gap between asking for first-rows.js and running it is the extension's own resource fetch.
 * Tracing slows the page a little: read the phases against each other, not as the bench's first-rows figure.
 */
import { launchExtension } from '../tests/e2e/fixtures';
import { traceOf, type TraceEvent } from './trace-page.ts';

const ROW_MARK = `new MutationObserver(() => { if (window.__pxRow === undefined && document.querySelector('tbody tr')) window.__pxRow = performance.now(); }).observe(document, { childList: true, subtree: true });`;

async function main(): Promise<void> {
  const loads = Number(process.argv[2] ?? 5);
  const ext = await launchExtension({});
  const rows: string[] = [];
  try {
    await new Promise((r) => setTimeout(r, 3000)); // the seeding at install settles
    for (let k = 0; k < loads; k++) {
      const p = await ext.context.newPage();
      await p.addInitScript(ROW_MARK);
      await p.goto('about:blank');
      const trace = await traceOf(ext.context, p, 'devtools.timeline,loading,v8.execute,blink.user_timing');
      await p.goto(ext.extensionUrl('options.html'));
      await p.waitForFunction(() => (window as unknown as { __pxRow?: number }).__pxRow !== undefined, null, { timeout: 60_000 });
      const events = await trace.stop();
      const page = await p.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        // (no named function here: tsx would wrap it in a helper the page does not have)
        return {
          interactive: n.domInteractive,
          start: performance.getEntriesByName('parallax:options-start')[0]?.startTime ?? NaN,
          open: performance.getEntriesByName('parallax:first-rows-open')[0]?.startTime ?? NaN,
          read: performance.getEntriesByName('parallax:first-rows-read')[0]?.startTime ?? NaN,
          row: (window as unknown as { __pxRow: number }).__pxRow,
        };
      });
      // The trace's clock against the page's: its domInteractive mark (navigationStart is not always in the trace).
      const mark = events.filter((e) => e.name === 'domInteractive').pop();
      const t0 = mark ? mark.ts - page.interactive * 1000 : NaN;
      const at = (e: TraceEvent | undefined) => (e ? (e.ts - t0) / 1000 : NaN);
      const url = (e: TraceEvent, part: string) => (e.args?.data?.url ?? '').includes(part);
      const asked = events.find((e) => e.name === 'ResourceSendRequest' && url(e, '/first-rows.js'));
      const ran = events.find((e) => e.name === 'EvaluateScript' && url(e, '/first-rows.js'));
      const module = events.find((e) => e.name === 'v8.evaluateModule' && e.ts > t0);
      const f = (x: number) => (Number.isNaN(x) ? '–' : String(Math.round(x)));
      rows.push(`| ${k + 1} | ${f(at(asked))} | ${f(at(ran))} | ${f(page.interactive)} | ${f(at(module))} | ${f(page.start)} | ${f(page.open)} | ${f(page.read)} | ${f(page.row)} |`);
      // As bench/browser.ts: the page reads its whole table before the next load, or its requests queue before the next page's.
      await p.waitForFunction(() => /^[\d,]+ articles?$/.test(document.querySelector('.px-card-head p[aria-live]')?.textContent ?? ''), null, { timeout: 120_000, polling: 100 });
      await p.close();
    }
  } finally {
    await ext.close();
  }
  console.log('| load | first-rows.js asked | ran | domInteractive | module ran | App start | database open | early read done | first row |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
