/**
 * ffwarm62: Firefox's first sidebar after a browser START (not an install), two builds alternating
 * A B B A. Each session is a kept profile with the add-on installed for good (tests/e2e/firefox.ts
 * runFirefoxStarts; web-ext's temporary installs never see a browser start): the 1st start installs it
 * (the packaged seeds fill the corpus) and the reader uses the sidebar once (a tab, then closed: the
 * background notes the use; the copy's manifest keeps Firefox from opening the real sidebar at install,
 * which no script can close and which would come back at every start); then `--restarts` browser starts, each: the probe waits until the
 * background page has lived `--open-at` ms (a reader who opens the sidebar some seconds after the
 * browser started), the CPU time of all Firefox processes since the start is read, and of its
 * extension process alone (what the start, and in the branch the warm-up, cost a reader who does not
 * open the sidebar), then the sidebar opens
 * `--opens` times as tabs (sidepanel.html?tabId=N, as bench/ffwarm61-open.ts: headless Firefox has no
 * button to click) and each is timed by its own User Timing marks (page text → report, open → report).
 * "warm-up" is the background's own marks (parallax:warm-at-start:began / :done, entrypoints/background.ts),
 * ms after the background page started; main's build has none.
 *
 *   nice npx tsx bench/ffwarm62-start.ts --builds /tmp/x/main/.output/firefox-mv2,/tmp/x/branch-ff [--rounds 1] [--restarts 2] [--opens 2] [--open-at 10000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startNewsSite } from '../scripts/news-site.ts';
import { runFirefoxStarts } from '../tests/e2e/firefox.ts';
import { SEED_003 } from '../tests/e2e/fixtures.ts';
import { optionValue } from './args.ts';
import { median } from './baseline.ts';

interface Opening {
  openToReport: number;
  textToReport: number;
  comparedHere: boolean;
  /** The report's text (every section): the same in every opening of both builds, or the bench says so. */
  report: string;
}
interface Start {
  arm: number;
  load: number;
  /** CPU ms of Firefox's processes (and of its extension process) from its launch to the sidebar's opening. */
  cpu: { all: number; extensions: number };
  warmBegan: number | null;
  warmDone: number | null;
  openings: Array<Opening | null>;
}

const builds = optionValue('--builds')?.split(',') ?? [];
if (builds.length !== 2) throw new Error('usage: --builds A_DIR,B_DIR [--rounds N] [--restarts N] [--opens N] [--open-at MS]');
const rounds = Number(optionValue('--rounds') ?? 1);
const restarts = Number(optionValue('--restarts') ?? 2);
const opens = Number(optionValue('--opens') ?? 2);
const openAt = Number(optionValue('--open-at') ?? 10_000);

/**
 * CPU time (user + system, ms, from /proc) of `pid` and every process below it, and of the one named
 * "WebExtensions" among them (Firefox's extension process: the background page, the warm-up, the sidebar).
 */
function treeCpuMs(pid: number): { all: number; extensions: number } {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after the command name: state, ppid, …, utime (12th), stime
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return [{ pid: Number(d), ppid: Number(f[1]), name, ms: ((Number(f[11]) + Number(f[12])) * 1000) / 100 }]; // USER_HZ 100
      } catch {
        return [];
      }
    });
  const inTree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) if (!inTree.has(s.pid) && inTree.has(s.ppid)) inTree.add(s.pid), (grew = true);
  }
  const mine = stats.filter((s) => inTree.has(s.pid));
  const sum = (xs: typeof mine) => xs.reduce((n, s) => n + s.ms, 0);
  return { all: sum(mine), extensions: sum(mine.filter((s) => s.name === 'WebExtensions')) };
}

const site = await startNewsSite();
const pageUrl = site.url(SEED_003);
const probe = `
  const start = (await browser.storage.local.get('bench:starts'))['bench:starts'] ?? 0;
  await browser.storage.local.set({ 'bench:starts': start + 1 });
  out.start = start;
  for (let k = 0; k < 120 && (await corpusCount()) < 5; k++) await wait(250);
  const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(pageUrl)});
  const measure = async (view) => {
    if (!view) return null;
    const at = (name) => view.performance.getEntriesByName(name)[0].startTime;
    return { openToReport: at('parallax:report'), textToReport: at('parallax:report') - at('parallax:page-text'), comparedHere: comparedHere(view), report: reportText(view) };
  };
  const openOnce = async () => {
    const id = await openPanel('tabId=' + tab.id);
    const got = await measure(await panelView(id, 90000));
    await browser.tabs.remove(id);
    await wait(1500);
    return got;
  };
  if (start === 0) {
    // The install (the copy's sidebar is not opened by Firefox: it would come back at every start); the reader uses it once.
    out.sidebarAtInstall = browser.extension.getViews({ type: 'sidebar' }).length > 0;
    await browser.tabs.executeScript(tab.id, { file: '/content-script.js' });
    await wait(1000);
    out.install = await openOnce();
    await wait(2000);
  } else {
    out.sidebarAtStart = browser.extension.getViews({ type: 'sidebar' }).length > 0;
    while (performance.now() < ${openAt}) await wait(100);
    await mark('open');
    const warmMark = (name) => performance.getEntriesByName('parallax:warm-at-start:' + name)[0]?.startTime ?? null;
    out.warmBegan = warmMark('began');
    out.warmDone = warmMark('done');
    await browser.tabs.executeScript(tab.id, { file: '/content-script.js' });
    await wait(1000);
    out.openings = [];
    for (let k = 0; k < ${opens}; k++) out.openings.push(await openOnce());
  }
`;

const seen: Start[] = [];
const order = Array.from({ length: rounds }, () => [0, 1, 1, 0]).flat();
for (const arm of order) {
  const load = loadavg()[0]!;
  const cpu: Array<{ all: number; extensions: number }> = [];
  const posts = await runFirefoxStarts({
    addonDir: builds[arm],
    permissions: ['http://127.0.0.1/*'],
    noSidebarAtInstall: true,
    startUrl: pageUrl,
    probe,
    starts: 1 + restarts,
    onMark: (_name, pid) => cpu.push(treeCpuMs(pid)),
    timeoutMs: 400_000,
  });
  for (const p of posts) if (p.error) throw new Error(`arm ${arm}, start ${p.start}: ${p.error}`);
  const install = posts[0]!;
  console.log(`session arm ${arm} (${builds[arm]}) load ${load.toFixed(1)}: install: sidebar open ${install.sidebarAtInstall}, reader's use ${install.install ? Math.round(install.install.textToReport) : 'none'} ms`);
  posts.slice(1).forEach((p, k) => {
    const start: Start = { arm, load: loadavg()[0]!, cpu: cpu[k]!, warmBegan: p.warmBegan, warmDone: p.warmDone, openings: p.openings };
    seen.push(start);
    const fmt = (o: Opening | null) => (o ? `${Math.round(o.openToReport)}/${Math.round(o.textToReport)}${o.comparedHere ? ' here' : ''}` : 'none');
    console.log(
      `  start ${k + 1}: cpu to open ${Math.round(start.cpu.all)} ms (extension process ${Math.round(start.cpu.extensions)}), warm-up ${p.warmBegan === null ? 'none' : `${Math.round(p.warmBegan)}–${p.warmDone === null ? '(running)' : Math.round(p.warmDone)} ms`}, sidebar restored ${p.sidebarAtStart}; open→report/text→report ms: ${p.openings.map(fmt).join(', ')}`,
    );
  });
}
await site.close();
const reports = new Set(seen.flatMap((s) => s.openings.map((o) => o?.report)));
console.log(`\nreport texts: ${reports.size} distinct over ${seen.length * opens} openings (both builds)${reports.has(undefined) ? ', some openings drew no report' : ''}`);

console.log(`\nmedians over ${rounds * 2 * restarts} browser starts per arm (ms; sidebar opened ${openAt} ms after the background page started; load ${Math.min(...seen.map((s) => s.load)).toFixed(1)}–${Math.max(...seen.map((s) => s.load)).toFixed(1)})`);
console.log('| build | opening | open → report | page text → report (range) | compared in the sidebar | CPU launch → open: Firefox / its extension process |');
console.log('|---|---|---|---|---|---|');
for (const arm of [0, 1]) {
  const mine = seen.filter((s) => s.arm === arm);
  for (let k = 0; k < opens; k++) {
    const got = mine.map((s) => s.openings[k]).filter((o): o is Opening => !!o);
    const m = (f: (o: Opening) => number) => Math.round(median(got.map(f)));
    const t = got.map((o) => o.textToReport);
    console.log(
      `| ${builds[arm]} | ${k + 1} | ${m((o) => o.openToReport)} | ${m((o) => o.textToReport)} (${Math.round(Math.min(...t))}–${Math.round(Math.max(...t))}) | ${got.filter((o) => o.comparedHere).length} of ${got.length} | ${k === 0 ? `${Math.round(median(mine.map((s) => s.cpu.all)))} / ${Math.round(median(mine.map((s) => s.cpu.extensions)))}` : ''} |`,
    );
  }
}
