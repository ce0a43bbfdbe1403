/**
 * opts34: where the options page's first rows and its first keystroke go, on a database filled
 * once by bench/browser.ts (`--profile-dir DIR`, same PARALLAX_EXT_DIR), builds alternating:
 *
 *   PARALLAX_EXT_DIR=LIVE nice npx tsx bench/options-trace.ts --profile-dir DIR [--ab DIR_A,DIR_B] [--loads 6]
 *
 * Before each load one build's files are copied over LIVE (A, B, B, A, …; without --ab the build in
 * LIVE). Each load: a fresh tab on options.html with a Chromium trace (categories toplevel,
 * devtools.timeline, v8, blink.user_timing), until every summary is read. Printed per build
 * (medians over its loads):
 *   script ran, corpus open   the page's marks parallax:options-start / -open (from navigation start)
 *   first rows       navigation start → the first table row in the DOM (the page's clock, as
 *                    bench/browser.ts's "first rows")
 *   CPU to first row the page's main-thread thread time (`tdur` of its outermost tasks) in that
 *                    interval, and the time of its event kinds inside it (script compile and
 *                    evaluation, function calls from the page's tasks, style/layout/paint, HTML parse)
 *   search at first row   bench/browser.ts's keystroke typed in the page: one input event of
 *                    "bukele" as soon as the first row shows → the table changed (no row or
 *                    fewer rows); the page's clock, so no DevTools round trip
 *   long tasks       main-thread tasks over 50 ms from the first row until every summary is read
 *                    (what a keystroke typed then waits behind): count, sum and longest (wall)
 * CPU times do not grow with the machine's load as wall times do (2 cores shared here).
 */
import { cp, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { median } from './baseline';
import { launchExtension } from '../tests/e2e/fixtures';
import { optionValue } from './args.ts';
import { startTrace } from './panel-marks';

const args = process.argv.slice(2);
const PROFILE = optionValue('--profile-dir', args);
const AB = optionValue('--ab', args)?.split(',');
const LOADS = Number(optionValue('--loads', args) ?? 6);
const LIVE = process.env.PARALLAX_EXT_DIR;
/** `--save PREFIX`: each load's trace events written to PREFIX-K.json (with the first-row time). */
const SAVE = optionValue('--save', args);

/** In the page from its first script on: first row, the early search, all rows read. */
const MARKS = `(() => {
  window.__pxm = {};
  const look = () => {
    const m = window.__pxm;
    if (m.first === undefined && document.querySelector('tbody tr[data-id]')) {
      m.first = performance.now();
      performance.mark('opts:first-row');
      setTimeout(early, 0);
    }
    const status = document.querySelector('.px-card-head p[aria-live]');
    if (m.all === undefined && status && /^[\\d,]+ articles?$/.test(status.textContent || '')) {
      m.all = performance.now();
      performance.mark('opts:all-rows');
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  const early = () => {
    const input = document.querySelector('#px-search');
    const before = document.querySelectorAll('tbody tr[data-id]').length;
    const t0 = performance.now();
    input.value = 'bukele';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      if (document.querySelector('.px-empty') || document.querySelectorAll('tbody tr[data-id]').length !== before) {
        window.__pxm.early = performance.now() - t0;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else requestAnimationFrame(check);
    };
    check();
  };
})();`;

type Ev = { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: any };

/** Event kinds whose (outermost) time is reported inside the interval to the first row. */
const KINDS: Record<string, string[]> = {
  compile: ['v8.compile', 'V8.CompileCode', 'v8.compileModule', 'CompileScript', 'v8.parseOnBackground'],
  'evaluate script': ['EvaluateScript', 'v8.evaluateModule'],
  'calls (tasks, events, promises)': ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run'],
  'style + layout': ['UpdateLayoutTree', 'Layout', 'RecalculateStyles'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  'parse HTML / CSS': ['ParseHTML', 'ParseAuthorStyleSheet'],
  gc: ['MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhase'],
};

function analyse(events: Ev[], firstAt: number) {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const first = mark('opts:first-row');
  const all = mark('opts:all-rows');
  if (!first) return null;
  // Navigation start on the trace's clock: the first-row mark less its performance.now().
  const nav = { ts: first.ts - firstAt * 1000 };
  const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && e.dur !== undefined);
  const top = main.filter((e) => e.cat.includes('toplevel')).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const outer: Ev[] = [];
  let end = -Infinity;
  for (const e of top) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    outer.push(e);
  }
  const inside = (e: Ev, a: number, b: number) => Math.max(0, Math.min(e.ts + e.dur!, b) - Math.max(e.ts, a));
  let cpu = 0;
  for (const e of outer) {
    const o = inside(e, nav.ts, first.ts);
    if (o > 0 && e.tdur !== undefined) cpu += e.tdur * (o / e.dur!);
  }
  const kinds: Record<string, number> = {};
  for (const [kind, names] of Object.entries(KINDS)) {
    const evs = main.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let t = 0;
    let stop = -Infinity;
    for (const e of evs) {
      if (e.ts < stop) continue; // nested in one of the same kind
      stop = e.ts + e.dur!;
      t += inside(e, nav.ts, first.ts);
    }
    kinds[kind] = t / 1000;
  }
  const longTasks = all ? outer.filter((e) => e.ts + e.dur! > first.ts && e.ts < all.ts && e.dur! > 50_000) : [];
  const long = longTasks.map((e) => e.dur! / 1000);
  // What the first long tasks after the first row were: their biggest nested events (name, script).
  const what = longTasks.slice(0, 6).map((t) => {
    const nested = main
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && !e.cat.includes('toplevel') && e.dur! > 5_000)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 3)
      .map((e) => `${e.name}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''} ${Math.round(e.dur! / 1000)}`);
    return `+${Math.round((t.ts - first.ts) / 1000)} ms: ${Math.round(t.dur! / 1000)} ms [${nested.join('; ')}]`;
  });
  const at = (name: string) => ((mark(name)?.ts ?? NaN) - nav.ts) / 1000;
  return { cpu: cpu / 1000, kinds, long, what, start: at('parallax:options-start'), open: at('parallax:options-open') };
}

async function main() {
  if (!PROFILE || !LIVE) throw new Error('needs --profile-dir DIR and PARALLAX_EXT_DIR (a filled profile, bench/browser.ts --profile-dir)');
  const ext = await launchExtension({ userDataDir: PROFILE });
  const by = new Map<string, Array<{ first: number; all: number; early: number; cpu: number; kinds: Record<string, number>; long: number[]; start: number; open: number }>>();
  try {
    console.log(`load average at start ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    for (let k = 0; k < LOADS * (AB?.length ?? 1); k++) {
      const build = AB ? AB[(k % 2 === 0) === (Math.floor(k / 2) % 2 === 0) ? 0 : 1]! : LIVE;
      if (AB) await cp(build, LIVE, { recursive: true, force: true });
      const page = await ext.context.newPage();
      await page.addInitScript(MARKS);
      const tracer = await startTrace(await ext.context.newCDPSession(page), ['toplevel', 'devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.compile', 'loading']);
      await page.goto(ext.extensionUrl('options.html'));
      await page.waitForFunction(() => (window as any).__pxm?.all !== undefined && (window as any).__pxm?.early !== undefined, null, { timeout: 600_000, polling: 100 });
      const m = await page.evaluate(() => (window as any).__pxm as { first: number; all: number; early: number });
      const evs = (await tracer.stop()) as Ev[];
      if (SAVE) await writeFile(`${SAVE}-${k}.json`, JSON.stringify({ first: m.first, events: evs }));
      const a = analyse(evs, m.first);
      await page.close();
      if (!a) {
        console.error([...new Set(evs.map((e) => `${e.cat} ${e.name}`))].filter((x) => /timing|navigation|opts/.test(x)).join('\n'));
        console.error('no first-row mark in the trace: load skipped');
        continue;
      }
      const runs = by.get(build) ?? [];
      by.set(build, runs);
      runs.push({ ...m, ...a });
      console.error(`${path.basename(build)}: first ${m.first.toFixed(0)} ms, cpu ${a.cpu.toFixed(0)} ms, early ${m.early.toFixed(1)} ms, all ${m.all.toFixed(0)} ms, long ${a.long.length} (${a.long.map((x) => x.toFixed(0)).join(' ')}); script ran ${a.start.toFixed(0)}, corpus open ${a.open.toFixed(0)}\n  ${a.what.join('\n  ')}`);
    }
  } finally {
    await ext.close();
  }
  console.log(`load average at end ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const kinds = Object.keys(KINDS);
  console.log(`| build | loads | script ran | corpus open | first rows | main-thread CPU to first row | ${kinds.join(' | ')} | search at first row | all rows | long tasks after first row: count, sum / longest |`);
  console.log(`|---|---|---|---|---|---|${kinds.map(() => '---|').join('')}---|---|---|`);
  const f = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
  for (const [build, runs] of by) {
    const med = (g: (r: (typeof runs)[number]) => number) => median(runs.map(g));
    console.log(
      `| ${path.basename(build)} | ${runs.length} | ${f(med((r) => r.start))} | ${f(med((r) => r.open))} | ${f(med((r) => r.first))} (each: ${runs.map((r) => Math.round(r.first)).join(', ')}) | ${f(med((r) => r.cpu))} | ${kinds.map((k) => f(med((r) => r.kinds[k]!))).join(' | ')} | ${f(med((r) => r.early))} (each: ${runs.map((r) => r.early.toFixed(0)).join(', ')}) | ${f(med((r) => r.all))} | ${med((r) => r.long.length)}, ${f(med((r) => r.long.reduce((s, x) => s + x, 0)))} / ${f(med((r) => Math.max(0, ...r.long)))} |`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
