/**
 * perf52: one side panel load's time line at a kept filled profile (bench/browser.ts --profile-dir), from a Chromium
 * trace of the panel's main thread: between consecutive marks (navigation → the page's arrival → page text → ingested
 * → corpus counted → compared → report dispatched → first report section in the DOM → the next frame painted) its wall
 * time, its CPU (thread time of the top-level tasks) and where the thread's time went by trace event (self time:
 * script compile, script run, garbage collection, style / layout / paint, …), plus the reads' time line
 * (lib/sidebar/controller.ts `parallax:db:*`) and the report's size. Load-light numbers: CPU and event self times.
 *
 *   PARALLAX_EXT_DIR=<the build the profile was filled with> nice npx tsx bench/perf52-timeline.ts --profile-dir P [--loads 3] [--builds A,B --live L] [--rounds 2]
 *
 * With `--builds A,B --live L`: the builds' files copied over L (the profile's extension path) in turn, A B B A by
 * round, each session `--loads` fresh panels, and per build the medians. Not a test.
 */
import { cp, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { median } from './baseline.ts';
import { coreShare, READ_MARKS, startTrace } from './panel-marks.ts';
import { openSeedTab } from './bench-page.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const opt = (n: string) => optionValue(n, args);
const profileDir = opt('--profile-dir');
const loadsPer = Number(opt('--loads') ?? 3);
const builds = opt('--builds')?.split(',') ?? [];
const live = opt('--live');
const rounds = Number(opt('--rounds') ?? 1);
if (!profileDir) throw new Error('--profile-dir P');
if (builds.length && (!live || builds.length !== 2)) throw new Error('--builds A,B needs --live L');

/** Marks the first report section's arrival in the DOM and the first frame after it, as User Timing marks (in the trace). */
const OBSERVE_MARKS = `(() => {
  window.__name = window.__name || ((f) => f);
  window.__dom = {};
  let seen = false;
  new MutationObserver(() => {
    if (seen || !document.querySelector('[data-section]')) return;
    seen = true;
    window.__dom.report = performance.now();
    performance.mark('bench:dom');
    requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted'), 0));
  }).observe(document, { childList: true, subtree: true });
})();`;

/**
 * `--idb`: every IndexedDB request of the panel counted by store and method, with the records' size (string
 * characters × 2 + typed arrays' bytes), from the page's arrival to the report (perturbs CPU: a run of its own).
 */
const IDB_HOOK = `(() => {
  const log = (window.__idb = []);
  const size = (v, d = 0) => {
    if (v == null || d > 6) return 0;
    if (typeof v === 'string') return v.length * 2;
    if (typeof v !== 'object') return 8;
    if (ArrayBuffer.isView(v)) return v.byteLength;
    if (Array.isArray(v)) { let t = 0; for (const x of v) t += size(x, d + 1); return t; }
    if (v instanceof Map || v instanceof Set) { let t = 0; for (const x of v) t += size(x, d + 1); return t; }
    let t = 0; for (const k in v) t += k.length * 2 + size(v[k], d + 1); return t;
  };
  const wrap = (proto, kind, method) => {
    const orig = proto[method];
    if (!orig) return;
    proto[method] = function (...a) {
      const req = orig.apply(this, a);
      const e = { store: kind === 'index' ? this.objectStore.name + '.' + this.name : this.name, method, at: performance.now(), end: NaN, bytes: 0, n: 0 };
      if (method === 'get') e.key = String(a[0]);
      log.push(e);
      req.addEventListener('success', () => {
        e.end = performance.now();
        const r = req.result;
        e.n = Array.isArray(r) ? r.length : r == null ? 0 : 1;
        e.bytes = method === 'count' ? 0 : size(r);
        if (Array.isArray(r) && r[0] && r[0].lists) e.recs = r.map((x) => x.g + '/' + x.s + ':' + size(x));
      });
      return req;
    };
  };
  for (const m of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'getKey']) {
    wrap(IDBObjectStore.prototype, 'store', m);
    wrap(IDBIndex.prototype, 'index', m);
  }
})();`;
const idbCount = args.includes('--idb');

const STAGES = ['(navigation)', 'parallax:page-arrived', 'parallax:page-text', 'parallax:ingested', 'parallax:corpus', 'parallax:compared', 'parallax:report', 'bench:dom', 'bench:painted'] as const;
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'disabled-by-default-devtools.timeline'];

type Ev = { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: any };

interface Load {
  stages: Array<{ from: string; to: string; wall: number; cpu: number; self: Record<string, number> }>;
  total: { wall: number; cpu: number };
  reads: Array<[string, number, number]>;
  report: { related: number; cards: number; domNodes: number; json: number };
}

/** Self time of each trace event on one thread, in [from, to) (µs): nested complete events, each event's own share. */
function selfTimes(events: Ev[], from: number, to: number): Record<string, number> {
  const xs = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: Record<string, number> = {};
  const stack: Ev[] = [];
  const clip = (a: number, b: number) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  // self = own clipped span minus children's clipped spans
  const children = new Map<Ev, number>();
  for (const e of xs) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) children.set(parent, (children.get(parent) ?? 0) + clip(e.ts, e.ts + e.dur!));
    stack.push(e);
  }
  for (const e of xs) {
    const own = clip(e.ts, e.ts + e.dur!) - (children.get(e) ?? 0);
    if (own <= 0) continue;
    const name = e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.run' ? `${e.name}` : e.name;
    out[name] = (out[name] ?? 0) + own;
  }
  return out;
}

function cpuIn(tasks: Ev[], from: number, to: number): number {
  let cpu = 0;
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    const overlap = Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from);
    if (overlap > 0) cpu += e.tdur! * (overlap / e.dur!);
  }
  return cpu;
}

async function session(): Promise<Load[]> {
  const ext = await launchExtension({ ...(live ? { extensionDir: live } : {}), userDataDir: profileDir! });
  const out: Load[] = [];
  try {
    await ext.waitForCorpus(5, 60_000);
    const { page: news, tabId } = await openSeedTab(ext);
    for (let k = 0; k < loadsPer; k++) {
      const panel = await ext.context.newPage();
      await panel.addInitScript(OBSERVE_MARKS);
      if (idbCount) await panel.addInitScript(IDB_HOOK);
      const tracer = await startTrace(await ext.context.newCDPSession(panel), CATEGORIES);
      await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await panel.waitForFunction(() => performance.getEntriesByName('bench:painted').length > 0 && performance.getEntriesByName('parallax:report').length > 0, null, { timeout: 300_000, polling: 20 });
      const marks = await panel.evaluate(READ_MARKS);
      const report = await panel.evaluate(() => ({
        related: document.querySelectorAll('[data-section]').length,
        cards: document.querySelectorAll('[data-section] li').length,
        domNodes: document.getElementsByTagName('*').length,
        // A hash of the report's text as the reader sees it: builds compared must show the same report.
        json: [...(document.querySelector('#px-main') as HTMLElement).innerText].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7),
      }));
      if (idbCount) {
        const rows = await panel.evaluate(() => {
          const text = Math.min(...['parallax:page-arrived', 'parallax:page-text'].map((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? Infinity));
          const rep = performance.getEntriesByName('parallax:report').at(-1)!.startTime;
          const by: Record<string, { requests: number; records: number; bytes: number }> = {};
          for (const e of (window as any).__idb as Array<{ store: string; method: string; at: number; n: number; bytes: number }>) {
            if (e.at < text || e.at > rep) continue;
            const r = (by[`${e.store} ${e.method}`] ??= { requests: 0, records: 0, bytes: 0 });
            r.requests++;
            r.records += e.n;
            r.bytes += e.bytes;
          }
          const recs = ((window as any).__idb as Array<{ at: number; recs?: string[] }>).filter((e) => e.at >= text && e.at <= rep).flatMap((e) => e.recs ?? []);
          const distinct = new Map(recs.map((r) => [r.split(':')[0], Number(r.split(':')[1])]));
          // per keyIds call (requests issued within 3 ms of the previous one): records, distinct records, bytes, distinct bytes
          const calls: Array<{ last: number; recs: string[] }> = [];
          for (const e of ((window as any).__idb as Array<{ at: number; recs?: string[]; store: string }>).filter((e) => e.at >= text && e.at <= rep && e.store === 'postings.keys')) {
            const c = calls.at(-1);
            if (c && e.at - c.last < 3) (c.recs.push(...(e.recs ?? [])), (c.last = e.at));
            else calls.push({ last: e.at, recs: [...(e.recs ?? [])] });
          }
          for (const [i, c] of calls.entries()) {
            const d = new Map(c.recs.map((r) => [r.split(':')[0], Number(r.split(':')[1])]));
            (by as any)[`postings call ${i}`] = { requests: c.recs.length, records: d.size, bytes: [...d.values()].reduce((a, b) => a + b, 0) };
          }
          for (const st of ['articles', 'vectors', 'keyStats']) {
            const es = ((window as any).__idb as Array<{ at: number; key?: string; store: string; bytes: number }>).filter((e) => e.at >= text && e.at <= rep && e.store === st && e.key !== undefined);
            const d = new Map(es.map((e) => [e.key, e.bytes]));
            (by as any)[`${st} distinct`] = { requests: es.length, records: d.size, bytes: [...d.values()].reduce((a, b) => a + b, 0) };
          }
          (by as any)['postings distinct records'] = { requests: 0, records: distinct.size, bytes: [...distinct.values()].reduce((a, b) => a + b, 0) };
          return by;
        });
        console.log(`IndexedDB requests from the page's arrival to the report (store method: requests, records, bytes): ${Object.entries(rows).sort((a, b) => b[1].bytes - a[1].bytes).map(([k, v]) => `${k}: ${v.requests}, ${v.records}, ${v.bytes.toLocaleString('en')}`).join('; ')}`);
      }
      const events = (await tracer.stop()) as Ev[];
      const mark = (n: string) => events.filter((e) => e.cat.includes('blink.user_timing') && e.name === n).at(-1);
      const rep = mark('parallax:report');
      if (!rep) throw new Error('no report mark in the trace');
      const mine = events.filter((e) => e.pid === rep.pid && e.tid === rep.tid);
      const nav = mine.filter((e) => e.name === 'navigationStart' || e.name === 'ParseHTML').sort((a, b) => a.ts - b.ts)[0] ?? mine.sort((a, b) => a.ts - b.ts)[0]!;
      const tasks = mine.filter((e) => e.ph === 'X' && !!e.dur && e.tdur !== undefined && e.cat.includes('toplevel')).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const at = STAGES.map((s) => (s === '(navigation)' ? nav.ts : mark(s)?.ts)).map((t) => t ?? NaN);
      const stages: Load['stages'] = [];
      let prev = 0;
      for (let i = 1; i < STAGES.length; i++) {
        if (Number.isNaN(at[i]!)) continue;
        const from = at[prev]!;
        const to = at[i]!;
        stages.push({ from: STAGES[prev]!, to: STAGES[i]!, wall: (to - from) / 1000, cpu: cpuIn(tasks, from, to) / 1000, self: selfTimes(mine, from, to) });
        prev = i;
      }
      const t0 = Math.min(at[1] ?? Infinity, at[2]!);
      out.push({ stages, total: { wall: (at[7]! - t0) / 1000, cpu: cpuIn(tasks, t0, at[7]!) / 1000 }, reads: marks.timeline, report });
      await panel.close();
    }
    await news.close();
  } finally {
    await ext.close();
  }
  return out;
}

const short = (n: string) => n.replace('parallax:', '').replace('bench:', '');

function print(name: string, loads: Load[]) {
  console.log(`\n## ${name}: ${loads.length} loads; page text → report section in the DOM, wall ${loads.map((l) => Math.round(l.total.wall)).join(', ')} ms; main-thread CPU ${loads.map((l) => Math.round(l.total.cpu)).join(', ')} ms`);
  console.log('\n| stage | wall ms, median | CPU ms, median | largest self times on the panel thread, median ms |\n|---|---|---|---|');
  const keys = [...new Set(loads.flatMap((l) => l.stages.map((s) => `${s.from}→${s.to}`)))];
  for (const key of keys) {
    const ss = loads.map((l) => l.stages.find((s) => `${s.from}→${s.to}` === key)).filter((s) => s !== undefined);
    const names = [...new Set(ss.flatMap((s) => Object.keys(s.self)))];
    const selfMid = names.map((n) => [n, median(ss.map((s) => (s.self[n] ?? 0) / 1000))] as const).filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1]).slice(0, 8);
    const [f, t] = key.split('→');
    console.log(`| ${short(f!)} → ${short(t!)} | ${Math.round(median(ss.map((s) => s.wall)))} | ${Math.round(median(ss.map((s) => s.cpu)))} | ${selfMid.map(([n, v]) => `${n} ${v.toFixed(0)}`).join('; ')} |`);
  }
  for (const [k, l] of loads.entries()) {
    console.log(`load ${k + 1}: reads ${l.reads.map(([m, s, e]) => `${m} ${s}→${e}`).join(', ')}; sections ${l.report.related}, list items ${l.report.cards}, DOM elements ${l.report.domNodes}, report text hash ${l.report.json}`);
  }
}

async function main() {
  console.log(`load average ${loadavg()[0]!.toFixed(1)}; this process's share of a core ${coreShare().toFixed(2)}`);
  if (!builds.length) {
    print(path.basename(process.env.PARALLAX_EXT_DIR ?? 'build'), await session());
  } else {
    const by = new Map<string, Load[]>(builds.map((b) => [b, []]));
    for (let r = 0; r < rounds; r++) {
      for (const b of r % 2 ? [...builds].reverse() : builds) {
        await rm(live!, { recursive: true, force: true });
        await cp(b, live!, { recursive: true });
        const got = await session();
        by.get(b)!.push(...got);
        console.error(`round ${r + 1} ${path.basename(b)}: wall ${got.map((l) => Math.round(l.total.wall)).join(', ')}; cpu ${got.map((l) => Math.round(l.total.cpu)).join(', ')} (load ${loadavg()[0]!.toFixed(1)})`);
      }
    }
    for (const [b, loads] of by) print(path.basename(b), loads);
  }
  console.log(`\nload average at the end ${loadavg()[0]!.toFixed(1)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
