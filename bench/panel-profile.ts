/**
 * Where a fresh side panel spends its time from the page text to the report, by source function:
 * a CPU profile (DevTools protocol) of `--runs` panel loads of seed 003, with the extension built
 * with source maps so each sample is named by its source file and function.
 *
 *   PARALLAX_SOURCEMAP=1 npx wxt build && npx tsx bench/panel-profile.ts [--runs 3] [--size 1000] [--top 30] [--mix]
 *   PARALLAX_EXT_DIR=LIVE npx tsx bench/panel-profile.ts --profile-dir DIR [--runs 3]   (a kept bench:browser profile, see panel-ab.ts;
 *     LIVE holds a build with source maps: the same path, so the same extension id and database)
 *
 * The corpus is the 5 seeds filled up to --size with bench/options-fill.ts's synthetic articles
 * (as bench/panel-time.ts), or with --mix bench:browser's mix (seeds, tests/data, zyte pages, Zipf
 * articles: bench/browser-page.ts). Only samples after the `parallax:page-text` mark count. Not a test.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/fixtures';
import { openSeedTab } from './bench-page';
import { OBSERVE, REPORT_SHOWN } from './panel-marks';
import { iifeOf } from './iife';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const opt = (name: string) => optionValue(name, args);
const RUNS = Number(opt('--runs') ?? 3);
const SIZE = Number(opt('--size') ?? 1000);
const TOP = Number(opt('--top') ?? 30);
/** Fill with bench:browser's realistic mix (bench/browser-page.ts) instead of short synthetic articles. */
const MIX = args.includes('--mix');
/** A kept browser profile (bench/browser.ts --profile-dir): its database is used as it is, nothing filled. */
const PROFILE_DIR = opt('--profile-dir');
/** With --first: the first load's self time (a fresh browser: cold code) against the later loads' mean, by function. */
const FIRST = args.includes('--first');
/** With --inclusive: also the time under each of these functions (by name, any file), per load. */
const INCLUSIVE = (opt('--inclusive') ?? '').split(',').filter(Boolean);

const benchPageCode = (): Promise<string> => iifeOf('browser-page.ts', 'pxBenchPage');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const fillScript = (): Promise<string> => iifeOf('options-fill.ts', 'optionsFill', true);

async function main() {
  const kept = PROFILE_DIR !== undefined;
  const dir = kept ? EXTENSION_DIR : await mkdtemp(path.join(tmpdir(), 'parallax-bench-profile-'));
  if (!kept) {
    await cp(EXTENSION_DIR, dir, { recursive: true });
    await writeFile(path.join(dir, 'bench-fill.js'), await fillScript());
    await writeFile(path.join(dir, 'bench-fill.html'), '<!doctype html><meta charset="utf-8"><script src="bench-fill.js"></script>');
  }
  const maps = new Map<string, TraceMap | null>();
  const mapFor = async (url: string) => {
    if (!maps.has(url)) {
      const file = path.join(dir, new URL(url).pathname);
      maps.set(url, await readFile(`${file}.map`, 'utf8').then((m) => new TraceMap(m), () => null));
    }
    return maps.get(url)!;
  };
  const self = new Map<string, number>();
  const under = new Map<string, number>();
  const perRun: Array<{ self: Map<string, number>; under: Map<string, number>; total: number }> = [];
  let total = 0;
  const ext = await launchExtension({ extensionDir: dir, ...(kept ? { userDataDir: PROFILE_DIR } : {}) });
  try {
    await ext.waitForCorpus(5);
    const { tabId } = await openSeedTab(ext);
    const have = await ext.corpusCount();
    if (kept) {
      // the kept database as it is
    } else if (MIX && SIZE > have) {
      // bench:browser's mix: seeds, tests/data's sets, the zyte pages, then Zipf articles.
      process.env.PARALLAX_CACHE ??= 'off';
      const { loadSet, loadZyte, ZYTE_DIR } = await import('../tests/data/engine/fixtures.ts');
      const real = [];
      for (const set of ['harbor', 'distractors', 'page', 'doobie', 'plague'] as const) real.push(...(await loadSet(set)));
      const zdir = ZYTE_DIR ?? (existsSync('/work/shared/data/zyte-article-extraction/html') ? '/work/shared/data/zyte-article-extraction/html' : null);
      if (zdir) real.push(...loadZyte(Infinity, zdir));
      const bench = await ext.openExtensionPage('manifest.json');
      await bench.evaluate(await benchPageCode());
      await bench.evaluate((a) => (globalThis as any).__pxBench.putReal(a), real);
      const now = await bench.evaluate(() => (globalThis as any).__pxBench.count());
      if (SIZE > now) await bench.evaluate((n) => (globalThis as any).__pxBench.fillZipf(n, 0), SIZE - now);
      await bench.close();
    } else if (SIZE > have) {
      const fill = await ext.openExtensionPage('bench-fill.html');
      await fill.waitForFunction(() => typeof (window as any).__fill === 'function');
      await fill.evaluate(([from, n]) => (window as any).__fill(from, n, true), [0, SIZE - have] as const);
      await fill.close();
    }
    for (let k = 0; k < RUNS; k++) {
      const panel = await ext.context.newPage();
      await panel.addInitScript(OBSERVE);
      const cdp = await ext.context.newCDPSession(panel);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await panel.waitForFunction(REPORT_SHOWN, null, { timeout: 300_000, polling: 20 });
      const stoppedAt = Date.now();
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const [origin, textAt, reportAt] = await panel.evaluate(() => [
        performance.timeOrigin,
        performance.getEntriesByName('parallax:page-text').at(-1)!.startTime,
        performance.getEntriesByName('parallax:report').at(-1)!.startTime,
      ]);
      // The profile's clock has an unknown zero: its last sample is taken as the moment the stop
      // was asked for (wall clock, the same machine), which places the report on it to a few ms.
      let t = profile.startTime;
      const times = profile.timeDeltas.map((d) => (t += d));
      const stop = times.at(-1)! - (stoppedAt - (origin + reportAt)) * 1000;
      const span = (reportAt - textAt) * 1000;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes as Array<Node & { children?: number[] }>) for (const c of n.children ?? []) parent.set(c, n.id);
      const nameOf = new Map<number, string>();
      const run = { self: new Map<string, number>(), under: new Map<string, number>(), total: 0 };
      perRun.push(run);
      for (let i = 0; i < profile.samples.length; i++) {
        const ti = times[i]!;
        if (ti < stop - span || ti > stop) continue;
        const dt = profile.timeDeltas[i + 1] ?? 0;
        const named = async (id: number) => {
          let got = nameOf.get(id);
          if (got !== undefined) return got;
          const f = byId.get(id)!.callFrame;
          got = f.functionName || '(anonymous)';
          if (f.url.startsWith('chrome-extension://')) {
            const m = await mapFor(f.url);
            const o = m ? originalPositionFor(m, { line: f.lineNumber + 1, column: f.columnNumber }) : null;
            if (o?.source) got = `${o.name ?? got} ${o.source.replace(/^.*?(lib|components|entrypoints|node_modules)\//, '$1/')}:${o.line}`;
          }
          nameOf.set(id, got);
          return got;
        };
        const name = await named(profile.samples[i]!);
        self.set(name, (self.get(name) ?? 0) + dt);
        total += dt;
        run.self.set(name, (run.self.get(name) ?? 0) + dt);
        run.total += dt;
        if (INCLUSIVE.length) {
          const seen = new Set<string>();
          for (let id: number | undefined = profile.samples[i]!; id !== undefined; id = parent.get(id)) {
            const nm = await named(id);
            for (const w of INCLUSIVE) if (!seen.has(w) && nm.split(' ')[0] === w) (seen.add(w), under.set(w, (under.get(w) ?? 0) + dt), run.under.set(w, (run.under.get(w) ?? 0) + dt));
          }
        }
      }
      await panel.close();
    }
  } finally {
    await ext.close();
    if (!kept) await rm(dir, { recursive: true, force: true });
  }
  const idle = self.get('(idle)') ?? 0;
  console.log(
    `self time in the panel between page text and report, ${RUNS} loads, ${SIZE} articles; load average ${loadavg()[0]!.toFixed(1)}; ` +
      `per load: ${(total / 1000 / RUNS).toFixed(0)} ms sampled, ${((total - idle) / 1000 / RUNS).toFixed(0)} ms busy (not idle)`,
  );
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  if (INCLUSIVE.length) console.log(`inclusive, per load: ${INCLUSIVE.map((w) => `${w} ${((under.get(w) ?? 0) / 1000 / RUNS).toFixed(0)} ms`).join('; ')}`);
  if (FIRST && perRun.length > 1) {
    const [first, ...later] = perRun;
    const mean = (f: (r: (typeof perRun)[number]) => number) => later.reduce((a, r) => a + f(r), 0) / later.length / 1000;
    const idleOf = (r: (typeof perRun)[number]) => r.self.get('(idle)') ?? 0;
    console.log(`first load: ${(first!.total / 1000).toFixed(0)} ms sampled, ${((first!.total - idleOf(first!)) / 1000).toFixed(0)} busy; later loads, mean: ${mean((r) => r.total).toFixed(0)} sampled, ${mean((r) => r.total - idleOf(r)).toFixed(0)} busy`);
    const names = new Set([...first!.self.keys(), ...later.flatMap((r) => [...r.self.keys()])]);
    const diff = [...names].map((k) => [k, (first!.self.get(k) ?? 0) / 1000, mean((r) => r.self.get(k) ?? 0)] as const).sort((x, y) => y[1] - y[2] - (x[1] - x[2]));
    const regexps = (r: (typeof perRun)[number]) => [...r.self].filter(([k]) => k.startsWith('RegExp:')).reduce((a, [, v]) => a + v, 0);
    console.log(`time charged to regular expressions ("RegExp: …" entries), self: first load ${(regexps(first!) / 1000).toFixed(1)} ms, later mean ${mean(regexps).toFixed(1)} ms`);
    console.log('self time, first load / later mean (ms), largest excess of the first load:');
    for (const [k, a, b] of diff.slice(0, TOP)) console.log(`${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)}  ${k}`);
    if (INCLUSIVE.length) console.log(`inclusive, first load / later mean: ${INCLUSIVE.map((w) => `${w} ${((first!.under.get(w) ?? 0) / 1000).toFixed(0)}/${mean((r) => r.under.get(w) ?? 0).toFixed(0)}`).join('; ')}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
