/**
 * perf20: in Chromium, on a kept filled profile, how long a compare's pool reads take read whole
 * (today's getMany: article records + story vectors entries) against read light (the small summaries
 * records + vectors entries), split (whole only for the articles whose text the engine then uses, all
 * at once) and phased (light first, then the article records of those):
 * bench/browser-page.ts `poolReadsAB`. Reads only (the probes' story vectors are kept by their first
 * compare, as after bench:browser's compare row); nothing in lib/ changes.
 *
 *   PARALLAX_EXT_DIR=<the build the profile was filled with> nice npx tsx bench/pool-reads-browser.ts --profile-dir P [--rounds 8] [--save-lists F]
 *   PARALLAX_EXT_DIR=… nice npx tsx bench/pool-reads-browser.ts --profile-dir P --cold F
 *
 * `--fresh R`: instead, R rounds of bench:browser's fresh compares (browser-page.ts `freshAB`: kept
 * vectors cleared, derived records forgotten) with each run's getMany calls and summed ms as the
 * compare saw them (read to resolution, the page's own work included), beside the compare's ms.
 * `--fresh-toggle NAME`: rounds alternate browser-page.ts FRESH_TOGGLES[NAME] on and off (A B B A …), e.g.
 * `settle` (each compare after the previous one's vectors are kept).
 * `--save-lists F`: the recorded getMany id lists (and which ids need their text) written to F.
 * `--cold F`: four browser sessions, each reading F's lists first thing after start (Chromium's caches
 * empty), list k the way `(k + session) % 4` of full, light, split, phased (`poolReadsCold`): every
 * list read every way once, each time cold.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchExtension } from '../tests/e2e/fixtures.ts';
import { keptProfile, openBenchPage } from './bench-page.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const { profileDir, probes } = keptProfile(args);
const rounds = Number(optionValue('--rounds', args) ?? 8);

const coldFrom = optionValue('--cold', args);
if (coldFrom) {
  const lists = JSON.parse(readFileSync(coldFrom, 'utf8'));
  const sum: Record<string, { ms: number; ids: number; lists: number }> = {};
  const load0 = loadavg()[0]!;
  for (let s = 0; s < 4; s++) {
    const ext = await launchExtension({ userDataDir: profileDir });
    try {
      const { call } = await openBenchPage(ext);
      const got = await call('poolReadsCold', lists, s);
      console.log(`session ${s}: ${Object.entries(got).map(([h, e]) => `${h} ${e.ms.toFixed(0)} ms / ${e.ids} ids`).join('; ')}`);
      for (const [h, e] of Object.entries(got)) {
        const t = (sum[h] ??= { ms: 0, ids: 0, lists: 0 });
        t.ms += e.ms;
        t.ids += e.ids;
        t.lists += e.lists;
      }
    } finally {
      await ext.close();
    }
  }
  console.log(`cold, 4 sessions, load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}: ${Object.entries(sum).map(([h, e]) => `${h} ${e.ms.toFixed(0)} ms over ${e.lists} lists (${e.ids} ids)`).join('; ')}`);
  process.exit(0);
}

const freshRounds = Number(optionValue('--fresh', args) ?? 0);
if (freshRounds) {
  const ext = await launchExtension({ userDataDir: profileDir });
  try {
    const { call } = await openBenchPage(ext);
    const load0 = loadavg()[0]!;
    const toggle = optionValue('--fresh-toggle', args) ?? 'none';
    const r = await call('freshAB', probes, freshRounds, toggle);
    console.log(`fresh compares, ${freshRounds} rounds, load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; reports differing ${r.differ}`);
    console.log('| probe | round | compare ms | getMany calls | getMany summed ms | a read outstanding ms |\n|---|---|---|---|---|---|');
    for (const d of r.detail) console.log(`| ${d.id.slice(0, 12)} | ${d.round}${d.how} | ${Math.round(d.ms)} | ${d.by.getMany?.[0] ?? 0} | ${Math.round(d.by.getMany?.[1] ?? 0)} | ${Math.round(d.io)} |`);
    const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
    for (const how of ['on', 'off']) {
      for (const first of [true, false]) {
        const ds = r.detail.filter((d) => d.how === how && (d.round === 0) === first);
        if (!ds.length) continue;
        const ms = ds.map((d) => d.ms);
        const gm = ds.map((d) => d.by.getMany?.[1] ?? 0);
        console.log(`${toggle} ${how}, ${first ? 'round 0' : 'rounds ≥ 1'} (${ds.length} runs): compare median ${Math.round(q(ms, 0.5))}, p95 ${Math.round(q(ms, 0.95))}, sum ${Math.round(ms.reduce((a, b) => a + b, 0))} ms; getMany summed: median ${Math.round(q(gm, 0.5))}, sum ${Math.round(gm.reduce((a, b) => a + b, 0))} ms`);
      }
    }
  } finally {
    await ext.close();
  }
  process.exit(0);
}

const ext = await launchExtension({ userDataDir: profileDir });
try {
  const { call } = await openBenchPage(ext);
  const n = await call('count');
  const load0 = loadavg()[0]!;
  const { rows, lists } = await call('poolReadsAB', probes, rounds);
  const save = optionValue('--save-lists', args);
  if (save) writeFileSync(save, JSON.stringify(lists));
  console.log(`Chromium ${ext.context.browser()?.version() ?? ''}; ${cpus().length} cores; ${n.toLocaleString('en')} articles; ${rounds} rounds; load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? (s.length % 2 ? s[s.length >> 1]! : (s[(s.length >> 1) - 1]! + s[s.length >> 1]!) / 2) : NaN;
  };
  console.log('| probe | getMany calls | ids read | need text | full ms | light ms | split ms | phased ms |\n|---|---|---|---|---|---|---|---|');
  const tot = { full: 0, light: 0, split: 0, phased: 0, read: 0, needs: 0 };
  for (const r of rows) {
    const m = { full: med(r.ms.full!), light: med(r.ms.light!), split: med(r.ms.split!), phased: med(r.ms.phased!) };
    tot.full += m.full;
    tot.light += m.light;
    tot.split += m.split;
    tot.phased += m.phased;
    tot.read += r.read;
    tot.needs += r.needs;
    console.log(`| ${r.probe.slice(0, 12)} | ${r.lists} | ${r.read} | ${r.needs} | ${m.full.toFixed(1)} | ${m.light.toFixed(1)} | ${m.split.toFixed(1)} | ${m.phased.toFixed(1)} |`);
  }
  console.log(`| all (sum of medians) | | ${tot.read} | ${tot.needs} | ${tot.full.toFixed(1)} | ${tot.light.toFixed(1)} | ${tot.split.toFixed(1)} | ${tot.phased.toFixed(1)} |`);
} finally {
  await ext.close();
}
process.exit(0);
