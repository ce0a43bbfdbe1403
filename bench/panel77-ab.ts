/**
 * panel77: the side panel's page text → report at 100k, two builds alternating on ONE kept profile, with each
 * load's stages and its report's text.
 *
 *   PARALLAX_EXT_DIR=LIVE nice npx tsx bench/browser.ts --sizes 100000 --no-build --panel-only --profile-dir PROFILE
 *   nice npx tsx bench/panel77-ab.ts --profile-dir PROFILE --live LIVE --builds A_DIR,B_DIR [--rounds 2] [--loads 5] [--warmup] > OUT
 *   npx tsx bench/panel77-ab.ts --pool OUT1 OUT2 …        # the runs' loads pooled, per build
 *
 * The first command fills the profile (the extension's database at the LIVE path). Then per round, for each build
 * (A, B; the next round B, A): its files are copied over LIVE (one path: one extension id, one database), Chromium
 * starts on the profile with no request routing (a reader's browser; bench/browser.ts's setting since opts76), seed
 * 003 is opened and given to the extension (toolbar click), and `--loads` fresh side panels are opened, each traced
 * (toplevel and User Timing, as bench/browser.ts). `--warmup`: one session of the first build before the rounds, not
 * counted (the first compares after a fill store the story vectors the later ones read).
 *
 * Per load, ms on the panel's clock: the page text's arrival (bench/panel-marks.ts), the controller's marks
 * (lib/sidebar/controller.ts), the offscreen document's (`parallax:offscreen:asked` / `compared`, mapped from the trace
 * through the panel's report mark), the report in the DOM; the panel's main-thread CPU from page text to report (the
 * offscreen document runs on the same thread: its CPU is in it); the report's text (every `[data-section]`, as the
 * e2e files read it). Stages: text → ingested (the page made an Article) → offscreen asked (the panel's count and
 * findSame, the ask) → offscreen compared (the engine) → compared (the answer back in the panel) → DOM (dispatch,
 * Preact). Prints every load, then per build the medians over all loads and over each session's loads after its
 * first (the offscreen document opened and its engine loaded by then), and whether every report text is the same.
 */
import { readFileSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchExtension, type ExtensionHarness } from '../tests/e2e/fixtures.ts';
import { openSeedTab } from './bench-page.ts';
import { median } from './baseline.ts';
import { mainThreadTime, OBSERVE, READ_MARKS, REPORT_SHOWN, startTrace } from './panel-marks.ts';
import { optionValue, runMain } from './args.ts';

const args = process.argv.slice(2);
const profileDir = optionValue('--profile-dir', args);
const live = optionValue('--live', args);
const builds = optionValue('--builds', args)?.split(',') ?? [];
const rounds = Number(optionValue('--rounds', args) ?? 2);
const loadsPer = Number(optionValue('--loads', args) ?? 5);
const warmup = args.includes('--warmup');

const STAGES = ['text', 'ingested', 'offAsked', 'offCompared', 'compared', 'dom'] as const;
type Load = { build: string; session: number; k: number; total: number; cpu: number; askCpu: number; answerCpu: number; text: string; at: Record<(typeof STAGES)[number], number>; load: number };

async function session(build: string): Promise<Array<Omit<Load, 'build' | 'session'>>> {
  await rm(live!, { recursive: true, force: true });
  await cp(build, live!, { recursive: true });
  const ext: ExtensionHarness = await launchExtension({ extensionDir: live!, userDataDir: profileDir!, blockExternal: false });
  const out: Array<Omit<Load, 'build' | 'session'>> = [];
  try {
    await ext.waitForCorpus(5, 60_000);
    const { page: news, tabId } = await openSeedTab(ext);
    for (let k = 0; k < loadsPer; k++) {
      const panel = await ext.context.newPage();
      await panel.addInitScript(OBSERVE);
      const tracer = await startTrace(await ext.context.newCDPSession(panel));
      await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await panel.waitForFunction(REPORT_SHOWN, null, { timeout: 300_000, polling: 20 });
      const marks = await panel.evaluate(READ_MARKS);
      const events = await tracer.stop();
      // The whole report drawn (Preact renders it in one go; the sections' text is settled once the mark is set).
      const text = await panel.$$eval('[data-section]', (els) => els.map((e) => `${e.getAttribute('data-section')}: ${(e as HTMLElement).innerText}`).join('\n\n'));
      await panel.close();
      const um = (name: string) => events.filter((e) => e.cat.includes('blink.user_timing') && e.name === name).at(-1);
      const report = um('parallax:report');
      const toPanel = (ts: number | undefined) => (ts === undefined || !report ? NaN : marks.report + (ts - report.ts) / 1000);
      const at = {
        text: marks.text,
        ingested: marks.ingested,
        offAsked: toPanel(um('parallax:offscreen:asked')?.ts),
        offCompared: toPanel(um('parallax:offscreen:compared')?.ts),
        compared: marks.compared,
        dom: marks.dom,
      };
      // A mark left from an earlier compare of the same document is before this load's page text: not this load's.
      if (!(at.offAsked >= at.text)) at.offAsked = at.offCompared = NaN;
      // The two trips the in-process call replaces, by the thread's CPU (the machine's load does not inflate it):
      // the ask (the panel's count and findSame, then the request) and the answer (the report back to the controller).
      const askCpu = mainThreadTime(events, ['parallax:ingested', 'parallax:offscreen:asked']).cpu;
      const answerCpu = mainThreadTime(events, ['parallax:offscreen:compared', 'parallax:compared']).cpu;
      out.push({ k, total: marks.dom - marks.text, cpu: mainThreadTime(events).cpu, askCpu, answerCpu, text, at, load: loadavg()[0]! });
    }
    await news.close();
  } finally {
    await ext.close();
  }
  return out;
}

const f = (x: number) => (Number.isNaN(x) ? '–' : String(Math.round(x)));

/**
 * `--pool OUT...`: the per-load rows of earlier runs' printed tables (this script's stdout) pooled: per build, the
 * medians over loads after each session's first and over the first loads.
 */
function pool(files: string[]): void {
  const rows = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()))
      .filter((c) => c.length >= 11 && /^\d+$/.test(c[1]!) && /^\d+$/.test(c[2]!)),
  );
  const num = (c: string) => (c === '–' ? NaN : Number(c));
  const cols = ['text → report', 'CPU', 'text → ingested', '→ offscreen asked', 'engine', '→ compared in the panel', '→ DOM'];
  console.log(`| build, loads | n | ${cols.join(' | ')} | worst text → report |`);
  console.log(`|---|---|${cols.map(() => '---|').join('')}---|`);
  for (const b of [...new Set(rows.map((r) => r[0]!))]) {
    for (const [name, keep] of [['after each session\'s first', (r: string[]) => r[2] !== '1'], ['each session\'s first', (r: string[]) => r[2] === '1']] as const) {
      const rs = rows.filter((r) => r[0] === b && keep(r));
      const md = (i: number) => median(rs.map((r) => num(r[i]!)).filter((x) => !Number.isNaN(x)));
      console.log(`| ${b}, ${name} | ${rs.length} | ${cols.map((_, i) => String(md(3 + i))).join(' | ')} | ${Math.max(...rs.map((r) => num(r[3]!)))} |`);
    }
  }
}

async function main(): Promise<void> {
  const poolAt = args.indexOf('--pool');
  if (poolAt >= 0) return pool(args.slice(poolAt + 1));
  if (!profileDir || !live || builds.length !== 2) throw new Error('usage: --profile-dir DIR --live DIR --builds A_DIR,B_DIR [--rounds N] [--loads N] [--warmup]');
  const load0 = loadavg()[0]!;
  if (warmup) {
    const w = await session(builds[0]!);
    console.error(`warm-up session ${path.basename(builds[0]!)}: page text → report ${w.map((l) => f(l.total)).join(', ')} (not counted)`);
  }
  const all: Load[] = [];
  let s = 0;
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 ? [...builds].reverse() : builds) {
      const got = await session(b);
      for (const l of got) all.push({ ...l, build: path.basename(b), session: s });
      console.error(`session ${s} ${path.basename(b)} (load ${loadavg()[0]!.toFixed(1)}): page text → report ${got.map((l) => f(l.total)).join(', ')} ms; CPU ${got.map((l) => f(l.cpu)).join(', ')} ms`);
      s++;
    }
  }
  console.log(`Side panel, seed 003, 100k profile ${profileDir}; ${rounds} rounds × ${loadsPer} loads a build, alternated (A B, B A, …); routing off; load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
  console.log('\n| build | session | load | text → report | CPU | text → ingested | → offscreen asked | → offscreen compared (engine) | → compared in the panel | → DOM | ask CPU | answer CPU | load avg |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const l of all) {
    const d = STAGES.slice(1).map((st, i) => l.at[st] - l.at[STAGES[i]!]);
    console.log(`| ${l.build} | ${l.session} | ${l.k + 1} | ${f(l.total)} | ${f(l.cpu)} | ${d.map(f).join(' | ')} | ${l.askCpu.toFixed(1)} | ${l.answerCpu.toFixed(1)} | ${l.load.toFixed(1)} |`);
  }
  const row = (name: string, ls: Load[]) => {
    const md = (g: (l: Load) => number) => f(median(ls.map(g).filter((x) => !Number.isNaN(x))));
    const worst = Math.max(...ls.map((l) => l.total));
    const d = STAGES.slice(1).map((st, i) => md((l) => l.at[st] - l.at[STAGES[i]!]));
    const mdf = (g: (l: Load) => number) => median(ls.map(g).filter((x) => !Number.isNaN(x))).toFixed(1);
    return `| ${name} | ${ls.length} | **${md((l) => l.total)}** | ${f(worst)} | ${md((l) => l.cpu)} | ${d.join(' | ')} | ${mdf((l) => l.askCpu)} | ${mdf((l) => l.answerCpu)} |`;
  };
  console.log('\n| build, loads | n | text → report median | worst | CPU median | text → ingested | → offscreen asked | → offscreen compared (engine) | → compared in the panel | → DOM | ask CPU | answer CPU |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const b of builds.map((x) => path.basename(x))) {
    const ls = all.filter((l) => l.build === b);
    console.log(row(`${b}, all`, ls));
    console.log(row(`${b}, after each session's first`, ls.filter((l) => l.k > 0)));
    console.log(row(`${b}, each session's first`, ls.filter((l) => l.k === 0)));
  }
  // Per round pair: the two builds' medians (loads after the first) in sessions run side by side.
  const pairs: string[] = [];
  for (let r = 0; r < rounds; r++) {
    const m = builds.map((b) => median(all.filter((l) => l.build === path.basename(b) && Math.floor(l.session / 2) === r && l.k > 0).map((l) => l.total)));
    pairs.push(`round ${r + 1}: ${m.map(f).join(' / ')}`);
  }
  console.log(`\nmedians per round (${builds.map((b) => path.basename(b)).join(' / ')}, loads after the first): ${pairs.join('; ')}`);
  const texts = new Set(all.map((l) => l.text));
  console.log(`report texts: ${texts.size} distinct over ${all.length} loads${texts.size > 1 ? ` (${[...texts].map((t) => all.filter((l) => l.text === t).map((l) => `${l.build}/${l.session}/${l.k + 1}`).join(' ')).join(' | ')})` : ''}`);
}

runMain(main);
