/**
 * opts76: what the side panel's first paint and its report wait for, read from a Chrome trace of each panel load on the
 * seeded extension (seed 003 open in a tab, the panel page loaded fresh each time, as bench/browser.ts does).
 *
 *   npx wxt build && npx tsx bench/opts76-panel-trace.ts [LOADS]     # default 5
 *
 * Per load, in ms from the panel's navigation start: the files sidepanel.html names (count, bytes on disk), when the first
 * of them was asked for and when the last had arrived, when the page's module graph ran (v8.evaluateModule), first contentful paint, when the page
 * text arrived (`parallax:page-arrived` / `page-text`), the report mark and the report in the DOM; and the main thread's
 * time before first paint by kind (script compile + run, style and layout, paint, other), from the trace's events.
 * Tracing slows the page a little: read the phases against each other.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { EXTENSION_DIR, SEED_003, launchExtension } from '../tests/e2e/fixtures';
import { OBSERVE, READ_MARKS, REPORT_SHOWN } from './panel-marks.ts';
import { traceOf, type TraceEvent } from './trace-page.ts';


const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : NaN;
};
const f = (x: number) => (Number.isNaN(x) ? '–' : String(Math.round(x)));

/** Top-level kinds of main-thread work (the trace's event names). */
const KIND: Record<string, string> = {
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  'v8.produceModuleCache': 'script',
  TimerFire: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'style',
  PrePaint: 'paintWork',
  Paint: 'paintWork',
  Commit: 'paintWork',
  ParseHTML: 'html',
  ParseAuthorStyleSheet: 'style',
};

async function main(): Promise<void> {
  const loads = Number(process.argv[2] ?? 5);
  const html = readFileSync(path.join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const bytes = files.reduce((s, p) => s + statSync(path.join(EXTENSION_DIR, p)).size, 0);
  const ext = await launchExtension({ blockExternal: false });
  const rows: string[] = [];
  const all: Array<Record<string, number>> = [];
  try {
    await ext.waitForCorpus(5);
    await new Promise((r) => setTimeout(r, 3000));
    const { page: news, panel, tabId } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003));
    await panel.close();
    for (let k = 0; k < loads; k++) {
      const p = await ext.context.newPage();
      await p.addInitScript(OBSERVE);
      await p.goto('about:blank');
      const trace = await traceOf(ext.context, p, 'devtools.timeline,loading,v8.execute,v8,blink.user_timing');
      await p.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await p.waitForFunction(REPORT_SHOWN, null, { timeout: 60_000, polling: 50 });
      const events = await trace.stop();
      const m = await p.evaluate(READ_MARKS);
      const interactive = await p.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive);
      await p.close();
      const mark = events.filter((e) => e.name === 'domInteractive').pop();
      if (!mark) continue;
      const t0 = mark.ts - interactive * 1000;
      const at = (ts: number) => (ts - t0) / 1000;
      const pid = mark.pid;
      const urlOf = new Map<string, string>();
      for (const e of events) if (e.name === 'ResourceSendRequest' && e.args?.data?.requestId) urlOf.set(e.args.data.requestId, e.args.data.url ?? '');
      const finished = events.filter((e) => e.name === 'ResourceFinish' && files.some((p) => (urlOf.get(e.args?.data?.requestId ?? '') ?? '').endsWith('/' + p)));
      const filesIn = finished.length ? Math.max(...finished.map((e) => at(e.ts))) : NaN;
      const sent = events.filter((e) => e.name === 'ResourceSendRequest' && files.some((p) => (e.args?.data?.url ?? '').endsWith('/' + p)));
      const asked = sent.length ? Math.min(...sent.map((e) => at(e.ts))) : NaN;
      const mods = events.filter((e) => e.pid === pid && e.name === 'v8.evaluateModule' && e.ts > t0);
      const modRan = mods.length ? at(mods[0]!.ts + (mods[0]!.dur ?? 0)) : NaN;
      // Main thread (the page's renderer thread that ran its modules) before first paint, by kind (outermost events).
      const tid = mods[0]?.tid;
      const kinds: Record<string, number> = {};
      let until = -Infinity;
      const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur && KIND[e.name]).sort((a, b) => a.ts - b.ts);
      for (const e of main) {
        const s = at(e.ts);
        const end = at(e.ts + e.dur!);
        if (s >= m.paint || end <= until) continue; // nested in one counted already
        const from = Math.max(s, until);
        const k = KIND[e.name]!;
        kinds[k] = (kinds[k] ?? 0) + Math.min(end, m.paint) - from;
        until = end;
      }
      const row = { asked, filesIn, modRan, paint: m.paint, text: m.text, report: m.report, dom: m.dom, ...kinds };
      all.push(row);
      rows.push(`| ${k + 1} | ${f(asked)} | ${f(filesIn)} | ${f(modRan)} | ${f(m.paint)} | ${f(m.text)} | ${f(m.report)} | ${f(m.dom)} | ${f(m.dom - m.text)} | ${f(kinds.script ?? 0)} | ${f(kinds['style'] ?? 0)} | ${f(kinds.paintWork ?? 0)} |`);
    }
    await news.close();
  } finally {
    await ext.close();
  }
  console.log(`sidepanel.html names ${files.length} files, ${bytes.toLocaleString('en')} bytes; load average ${loadavg()[0]!.toFixed(1)}; request routing off`);
  console.log('| load | its files asked | all in | modules ran | first paint | page text in | report mark | report in DOM | text → report | main thread before paint: script | style+layout | paint |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  const med = (k: string) => f(median(all.map((r) => r[k] ?? 0)));
  console.log(`| median | ${med('asked')} | ${med('filesIn')} | ${med('modRan')} | ${med('paint')} | ${med('text')} | ${med('report')} | ${med('dom')} | ${f(median(all.map((r) => r.dom! - r.text!)))} | ${med('script')} | ${med('style')} | ${med('paintWork')} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
