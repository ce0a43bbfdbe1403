/**
 * What bench/panel-time.ts and bench/browser.ts read from one side panel load: the controller's
 * User Timing marks and measures (lib/sidebar/controller.ts MARKS, `parallax:db:*`) and when the
 * first report section entered the DOM (a MutationObserver installed before the page's scripts).
 */

/** Init script for the panel page: records `window.__dom.report` when `[data-section]` first appears. */
export const OBSERVE = `(() => {
  window.__name = window.__name || ((f) => f);
  window.__dom = {};
  new MutationObserver(() => {
    if (window.__dom.report === undefined && document.querySelector('[data-section]')) window.__dom.report = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Evaluated in the panel page (times from its navigation start, ms); NaN for a mark not set. */
export const READ_MARKS = () => {
  const at = (n: string) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN;
  // The page's arrival: main.tsx's early request marks it as it comes (it may come before the
  // controller takes it in); otherwise the controller's own mark.
  const arrived = at('parallax:page-arrived');
  const text = Number.isNaN(arrived) ? at('parallax:page-text') : Math.min(arrived, at('parallax:page-text'));
  const dbm = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('parallax:db:') && m.startTime >= text);
  const reads = dbm.reduce((s, m) => s + m.duration, 0);
  // Per method: calls and summed wall ms; and the wall time with at least one read outstanding.
  const byMethod: Record<string, { calls: number; ms: number }> = {};
  for (const m of dbm) {
    const k = m.name.slice('parallax:db:'.length);
    const e = (byMethod[k] ??= { calls: 0, ms: 0 });
    e.calls++;
    e.ms += m.duration;
  }
  let outstanding = 0;
  let until = -Infinity;
  for (const m of [...dbm].sort((a, b) => a.startTime - b.startTime)) {
    const end = m.startTime + m.duration;
    if (m.startTime >= until) outstanding += m.duration;
    else if (end > until) outstanding += end - until;
    until = Math.max(until, end);
  }
  // perf22: each read as [method, start, end], ms from the page's arrival.
  const timeline = [...dbm].sort((a, b) => a.startTime - b.startTime).map((m) => [m.name.slice('parallax:db:'.length), Math.round(m.startTime - text), Math.round(m.startTime + m.duration - text)] as [string, number, number]);
  return {
    timeline,
    text,
    ingested: at('parallax:ingested'),
    corpus: at('parallax:corpus'),
    compared: at('parallax:compared'),
    report: at('parallax:report'),
    reads,
    byMethod,
    outstanding,
    // perf54: the panel's first contentful paint (ms from navigation start).
    paint: performance.getEntriesByName('first-contentful-paint').at(0)?.startTime ?? NaN,
    dom: (window as unknown as { __dom: { report: number } }).__dom.report,
  };
};

/** Ready to read: the report is in the DOM and its mark is set. */
export const REPORT_SHOWN = () =>
  (window as unknown as { __dom: { report?: number } }).__dom.report !== undefined && performance.getEntriesByName('parallax:report').length > 0;

type TraceEvent = { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };

/** Starts a Chromium trace (DevTools protocol) with thread times; stop() returns its events. `categories`: default toplevel and user timing. */
export async function startTrace(cdp: import('playwright-core').CDPSession, categories: string[] = ['toplevel', 'blink.user_timing']) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories, enableSampling: false }, transferMode: 'ReportEvents' } as never);
  return {
    stop: async () => {
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/**
 * CPU time of the panel's main thread (the thread that set the marks) from the page's arrival to
 * the report mark: thread time (`tdur`) of its top-level tasks, each counted for the share of its
 * wall time inside the window. Unlike wall time it does not grow when other processes take the cores.
 */
export function mainThreadCpu(events: TraceEvent[]): number {
  return mainThreadTime(events).cpu;
}

/**
 * perf22: the main thread's time from the page's arrival to the report mark: `cpu` (thread time, as
 * mainThreadCpu), `busy` (wall time inside its outermost tasks: running or waiting for a core) and
 * `idle` (wall time with no task on it: waiting for IndexedDB, messages or timers).
 */
export function mainThreadTime(events: TraceEvent[], marks?: [string, string]): { cpu: number; busy: number; idle: number; cpuAll?: number; renderers?: number } {
  const markAt = (name: string) => events.filter((e) => e.cat.includes('blink.user_timing') && e.name === name).at(-1);
  const report = markAt(marks?.[1] ?? 'parallax:report');
  const text = marks ? markAt(marks[0]) : markAt('parallax:page-arrived') ?? markAt('parallax:page-text');
  if (!report || !text) return { cpu: NaN, busy: NaN, idle: NaN, cpuAll: NaN, renderers: 0 };
  const from = marks ? text.ts : Math.min(text.ts, markAt('parallax:page-text')?.ts ?? text.ts);
  // Outermost tasks only: 'toplevel' events nest (a task runner's RunTask inside another's).
  const tasks = events
    .filter((e) => e.pid === report.pid && e.tid === report.tid && e.ph === 'X' && !!e.dur && e.tdur !== undefined && e.cat.includes('toplevel'))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const { cpu, busy } = outermost(tasks, from, report.ts);
  // perf54: every renderer main thread in the same window (the offscreen document's when it runs in
  // another process than the panel; the news tab's, idle). `renderers`: how many such threads worked.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let cpuAll = 0;
  let renderers = 0;
  for (const key of mains) {
    const [pid, tid] = key.split(':').map(Number);
    const own = events
      .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && !!e.dur && e.tdur !== undefined && e.cat.includes('toplevel'))
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const c = outermost(own, from, report.ts).cpu;
    if (c > 1000) renderers++;
    cpuAll += c;
  }
  return { cpu: cpu / 1000, busy: busy / 1000, idle: (report.ts - from - busy) / 1000, cpuAll: cpuAll / 1000, renderers };
}

/** Thread time and wall time of the outermost tasks (sorted by start) inside [from, to] (µs). */
export function outermost(tasks: TraceEvent[], from: number, to: number): { cpu: number; busy: number } {
  let cpu = 0;
  let busy = 0;
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts < end) continue; // inside the previous outermost task
    end = e.ts + e.dur!;
    const overlap = Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from);
    if (overlap > 0) {
      cpu += e.tdur! * (overlap / e.dur!);
      busy += overlap;
    }
  }
  return { cpu, busy };
}

/** One panel load timed: open → report, main-thread CPU, and the marks of READ_MARKS. */
export type PanelLoad = { open: number; cpu: number; busy: number; idle: number; cpuAll?: number; renderers?: number } & ReturnType<typeof READ_MARKS>;

/** `n` fresh side panel pages opened on tab `tabId`, each timed until its report shows. */
export async function timePanelLoads(
  context: import('playwright-core').BrowserContext,
  panelUrl: string,
  n: number,
): Promise<PanelLoad[]> {
  const loads: PanelLoad[] = [];
  for (let k = 0; k < n; k++) {
    const panel = await context.newPage();
    await panel.addInitScript(OBSERVE);
    const tracer = await startTrace(await context.newCDPSession(panel));
    const p0 = Date.now();
    await panel.goto(panelUrl);
    await panel.waitForFunction(REPORT_SHOWN, null, { timeout: 300_000, polling: 20 });
    const open = Date.now() - p0;
    const marks = await panel.evaluate(READ_MARKS);
    loads.push({ open, ...mainThreadTime(await tracer.stop()), ...marks });
    await panel.close();
  }
  return loads;
}

/**
 * perf22: the share of one core this (Node) process gets right now, from a CPU-bound spin of `cpuMs`
 * of its own CPU time: cpu / wall (1 = a core to itself; 0.1 = a tenth). The benchmark's browser runs
 * at the same niceness as the process that started it, so this says how much a niced bench's
 * threads wait for a core at the moment (the machine's load average does not: it counts every
 * runnable thread whatever its priority).
 */
export function coreShare(cpuMs = 200): number {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let x = 0;
  while (process.cpuUsage(c0).user < cpuMs * 1000) x++;
  const cpu = process.cpuUsage(c0);
  return (cpu.user + cpu.system) / 1000 / (performance.now() - t0) + x * 0;
}
