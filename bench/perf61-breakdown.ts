/**
 * perf61: where a side panel's page text → report goes, stage by stage, on a kept bench:browser profile
 * (bench/browser.ts --profile-dir): `--loads` fresh panels on seed 003 as bench/browser.ts opens them, each
 * traced (DevTools protocol, the whole browser) with the controller's marks (lib/sidebar/controller.ts), the
 * offscreen document's (entrypoints/offscreen/main.ts `parallax:offscreen:*`), and the panel's compare message
 * timed and sized in the panel (its `chrome.runtime.sendMessage` wrapped by an init script). Per load:
 *
 *   text → ingested → asked (message sent) → offscreen asked → offscreen compared → answer in the panel → report mark → DOM
 *
 * each stage's wall time and the CPU of every renderer main thread in it (the panel and the offscreen document
 * share one: one extension process), the main thread's idle wall time (waiting for IndexedDB, messages, timers),
 * the browser process's IndexedDB trace events in the compare, and the trace's named work on the renderer main
 * threads (script, GC, style/layout, parse) over the whole window. Not a test.
 *
 *   PARALLAX_EXT_DIR=LIVE nice npx tsx bench/perf61-breakdown.ts --profile-dir DIR [--loads 5] [--light] [--query compare=here] [--dump FILE]
 *
 * `--light`: only the categories bench/browser.ts traces (toplevel, user timing): the wall times as it reads
 * them (a heavier trace slows the renderer); the stage split needs only the marks, so it is given either way.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { openSeedTab } from './bench-page.ts';
import { median } from './baseline.ts';
import { OBSERVE, outermost, READ_MARKS, REPORT_SHOWN, startTrace } from './panel-marks.ts';
import { optionValue, runMain } from './args.ts';

const args = process.argv.slice(2);
const profileDir = optionValue('--profile-dir', args);
const loadsN = Number(optionValue('--loads', args) ?? 5);
const light = args.includes('--light');
const query = optionValue('--query', args);
const dump = optionValue('--dump', args);

/** In the panel before its scripts: each compare message's send and answer times (panel clock) and the objects, sized after the load. */
const HOOK = `(() => {
  window.__px61 = [];
  const rt = globalThis.chrome && chrome.runtime;
  if (!rt || !rt.sendMessage) return;
  const send = rt.sendMessage.bind(rt);
  const wrapped = (...a) => {
    const m = a[0];
    if (!m || m.type !== 'parallax:offscreen-compare' || !m.article) return send(...a);
    const e = { sent: performance.now(), request: m };
    window.__px61.push(e);
    const p = send(...a);
    return p.then((r) => { e.answered = performance.now(); e.reply = r; return r; });
  };
  try { rt.sendMessage = wrapped; } catch {}
  if (rt.sendMessage !== wrapped) Object.defineProperty(rt, 'sendMessage', { value: wrapped, configurable: true, writable: true });
})();`;

const READ_HOOK = () => {
  const xs = (window as unknown as { __px61: Array<{ sent: number; answered?: number; request: unknown; reply?: { value?: { related?: unknown[] } } }> }).__px61;
  return xs.map((e) => ({
    sent: e.sent,
    answered: e.answered ?? NaN,
    requestBytes: JSON.stringify(e.request).length,
    replyBytes: e.reply ? JSON.stringify(e.reply).length : NaN,
    related: e.reply?.value?.related?.length ?? NaN,
  }));
};

type Ev = { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: Record<string, unknown> };

const HEAVY = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8', 'IndexedDB', 'disabled-by-default-devtools.timeline'];

function analyse(events: Ev[], marks: ReturnType<typeof READ_MARKS>, hook: ReturnType<typeof READ_HOOK>) {
  const um = (name: string) => events.filter((e) => e.cat.includes('blink.user_timing') && e.name === name).at(-1);
  const report = um('parallax:report');
  if (!report) throw new Error('no parallax:report mark in the trace');
  // Panel clock (ms from its navigation) → trace clock (µs): the report mark is in both.
  const toTs = (panelMs: number) => report.ts + (panelMs - marks.report) * 1000;
  const offAsked = um('parallax:offscreen:asked');
  const offDone = um('parallax:offscreen:compared');
  const h = hook.at(-1);
  const points: Array<[string, number]> = [
    ['text', toTs(marks.text)],
    ['ingested', toTs(marks.ingested)],
    ['asked', h ? toTs(h.sent) : NaN],
    ['offscreen asked', offAsked?.ts ?? NaN],
    ['offscreen compared', offDone?.ts ?? NaN],
    ['answered', h ? toTs(h.answered) : NaN],
    ['compared (controller)', toTs(marks.compared)],
    ['report', report.ts],
    ['DOM', toTs(marks.dom)],
  ];
  const mains = [...new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))];
  const tasksOf = (key: string) => {
    const [pid, tid] = key.split(':').map(Number);
    return events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && !!e.dur && e.tdur !== undefined && e.cat.includes('toplevel')).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  };
  const tasks = new Map(mains.map((k) => [k, tasksOf(k)]));
  const panelKey = `${report.pid}:${report.tid}`;
  const offKey = offAsked ? `${offAsked.pid}:${offAsked.tid}` : '';
  const stages = points.slice(1).map(([name, at], i) => {
    const [prevName, from] = points[i]!;
    const cpu = [...tasks.values()].reduce((s, t) => s + outermost(t, from, at).cpu, 0);
    // Wall time with no task on the extension's main thread(s) (the panel's, and the offscreen document's when another).
    const ext = [...new Set([panelKey, offKey].filter(Boolean))];
    const busyExt = ext.map((k) => outermost(tasks.get(k) ?? [], from, at).busy);
    return { stage: `${prevName} → ${name}`, wall: (at - from) / 1000, cpu: cpu / 1000, idle: ((at - from) - Math.max(...busyExt, 0)) / 1000 };
  });
  const from = points[0]![1];
  const to = points.at(-1)![1];
  // Named work on the renderer main threads over the window (devtools.timeline, v8): summed wall ms, outermost of each name.
  const named = new Map<string, number>();
  for (const key of mains) {
    const [pid, tid] = key.split(':').map(Number);
    const byName = new Map<string, Ev[]>();
    for (const e of events) {
      if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || !e.dur || e.cat.includes('toplevel') || e.cat.includes('user_timing')) continue;
      (byName.get(e.name) ?? byName.set(e.name, []).get(e.name)!).push(e);
    }
    for (const [n, evs] of byName) named.set(n, (named.get(n) ?? 0) + outermost(evs.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!), from, to).busy / 1000);
  }
  // IndexedDB events anywhere (the browser process answers the reads) during the offscreen compare.
  const [c0, c1] = [offAsked?.ts ?? from, offDone?.ts ?? to];
  const idb = new Map<string, { n: number; ms: number }>();
  for (const e of events) {
    if (!e.cat.includes('IndexedDB') || e.ts < c0 || e.ts > c1 || (e.ph !== 'X' && e.ph !== 'B')) continue;
    const x = idb.get(e.name) ?? { n: 0, ms: 0 };
    x.n++;
    x.ms += (e.dur ?? 0) / 1000;
    idb.set(e.name, x);
  }
  return { stages, named, idb, samePid: offAsked ? offAsked.pid === report.pid : null, sameThread: offAsked ? offKey === panelKey : null, mains: mains.length };
}

async function main() {
  if (!profileDir) throw new Error('--profile-dir DIR (a kept bench:browser profile; PARALLAX_EXT_DIR its build path)');
  const ext = await launchExtension({ userDataDir: profileDir });
  try {
    const { page: news, tabId } = await openSeedTab(ext);
    console.log(`Chromium ${ext.context.browser()?.version() ?? ''}; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${light ? 'light' : 'heavy'} trace; panel sidepanel.html?tabId=${tabId}${query ? `&${query}` : ''}`);
    const all: Array<ReturnType<typeof analyse> & { total: number; hook: ReturnType<typeof READ_HOOK>; load: number }> = [];
    for (let k = 0; k < loadsN; k++) {
      const panel = await ext.context.newPage();
      await panel.addInitScript(OBSERVE);
      await panel.addInitScript(HOOK);
      const tracer = await startTrace(await ext.context.newCDPSession(panel), light ? undefined : HEAVY);
      await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}${query ? `&${query}` : ''}`));
      await panel.waitForFunction(REPORT_SHOWN, null, { timeout: 300_000, polling: 20 });
      const marks = await panel.evaluate(READ_MARKS);
      const hook = await panel.evaluate(READ_HOOK);
      const events = (await tracer.stop()) as Ev[];
      if (dump) writeFileSync(`${dump}.${k}.json`, JSON.stringify(events));
      await panel.close();
      const a = analyse(events, marks, hook);
      const load = loadavg()[0]!;
      all.push({ ...a, total: marks.dom - marks.text, hook, load });
      const h = hook.at(-1);
      console.log(`\nload ${k} (load average ${load.toFixed(1)}): page text → report ${Math.round(marks.dom - marks.text)} ms; offscreen in the panel's process ${a.samePid}, same thread ${a.sameThread}; ${a.mains} renderer main threads; message ${h ? `${h.requestBytes.toLocaleString('en')} B out, ${h.replyBytes.toLocaleString('en')} B back, ${h.related} related` : 'none (compare in the panel)'}`);
      console.log('stage | wall ms | renderer main CPU ms | extension thread idle ms');
      for (const s of a.stages) console.log(`${s.stage} | ${s.wall.toFixed(1)} | ${s.cpu.toFixed(1)} | ${s.idle.toFixed(1)}`);
      if (!light) {
        console.log(`named work (ms, outermost per name): ${[...a.named].filter(([, v]) => v >= 1).sort((x, y) => y[1] - x[1]).slice(0, 18).map(([n, v]) => `${n} ${v.toFixed(1)}`).join('; ')}`);
        console.log(`IndexedDB events in the offscreen compare: ${[...a.idb].sort((x, y) => y[1].n - x[1].n).slice(0, 12).map(([n, v]) => `${n} ${v.n} (${v.ms.toFixed(1)} ms)`).join('; ') || 'none'}`);
      }
    }
    const later = all.length > 1 ? all.slice(1) : all;
    console.log(`\nmedians of loads 2–${all.length} (the first opens the offscreen compare's code path for this session): page text → report ${median(later.map((l) => l.total)).toFixed(0)} ms`);
    console.log('stage | wall ms | renderer main CPU ms | idle ms');
    for (let i = 0; i < later[0]!.stages.length; i++) {
      const m = (f: (s: (typeof later)[number]['stages'][number]) => number) => median(later.map((l) => f(l.stages[i]!)).filter((x) => !Number.isNaN(x))).toFixed(1);
      console.log(`${later[0]!.stages[i]!.stage} | ${m((s) => s.wall)} | ${m((s) => s.cpu)} | ${m((s) => s.idle)}`);
    }
    await news.close();
  } finally {
    await ext.close();
  }
}

runMain(main);
