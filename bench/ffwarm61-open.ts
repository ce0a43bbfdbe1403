/**
 * ffwarm61: Firefox's sidebar, opened several times in one browser session: open → report and page
 * text → report for the 1st, 2nd, … opening, two builds alternating A B B A (a fresh Firefox, profile
 * and install per session; the corpus is the five packaged seeds), with the same web-ext + probe
 * harness as the Firefox smoke test (tests/e2e/firefox.ts). The 1st opening is the real sidebar, which
 * Firefox opens by itself on a new install (on seed 003's page, the active tab), closed once measured;
 * the later ones open the same page as a tab (sidepanel.html?tabId=N: headless Firefox has no button to click).
 * Times come from the sidebar page's own User Timing (lib/sidebar/controller.ts marks): `parallax:report`
 * from the page's time origin (open → report) and from `parallax:page-text` (page text → report).
 * Also says whether the page compared itself (its own timed corpus reads) and the load before each session.
 *
 *   nice npx tsx bench/ffwarm61-open.ts --builds /tmp/x/main/.output/firefox-mv2,.output/firefox-mv2 [--rounds 2] [--opens 3]
 */
import { loadavg } from 'node:os';
import { startNewsSite } from '../scripts/news-site.ts';
import { runFirefoxProbe } from '../tests/e2e/firefox.ts';
import { SEED_003 } from '../tests/e2e/fixtures.ts';
import { optionValue } from './args.ts';
import { median } from './baseline.ts';

interface Opening {
  openToReport: number;
  textToReport: number;
  comparedHere: boolean;
  /** Compare requests the background page got from this opening (1.5 s after its report). */
  asked: number;
}

const builds = optionValue('--builds')?.split(',') ?? [];
if (builds.length !== 2) throw new Error('usage: --builds A_DIR,B_DIR [--rounds N] [--opens N]');
const rounds = Number(optionValue('--rounds') ?? 2);
const opens = Number(optionValue('--opens') ?? 3);

const site = await startNewsSite();
const pageUrl = site.url(SEED_003);
const probe = `
  for (let k = 0; k < 80 && (await corpusCount()) < 5; k++) await wait(250);
  const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(pageUrl)});
  out.openings = [];
  let asked = 0; // compare requests (with an article) the sidebar sent the background page
  browser.runtime.onMessage.addListener((m) => { if (m && m.type === 'parallax:offscreen-compare' && m.article) asked++; });
  const measure = async (view) => {
    if (!view) return out.openings.push(null);
    const at = (name) => view.performance.getEntriesByName(name)[0].startTime;
    const opening = { openToReport: at('parallax:report'), textToReport: at('parallax:report') - at('parallax:page-text'), comparedHere: comparedHere(view) };
    await wait(1500);
    out.openings.push({ ...opening, asked });
    asked = 0;
  };
  // Firefox opens the real sidebar of a newly installed add-on by itself, on the active tab (seed 003's
  // page): the session's first opening, measured the same way, then closed.
  await measure(await sidebarView(90000));
  await browser.sidebarAction.close().catch(() => undefined);
  await wait(1500);
  await browser.tabs.executeScript(tab.id, { file: '/content-script.js' });
  await wait(1000);
  for (let k = 0; k < ${opens}; k++) {
    const id = await openPanel('tabId=' + tab.id);
    await measure(await panelView(id, 90000));
    await browser.tabs.remove(id);
    await wait(1500);
  }
`;

const seen: Array<{ arm: number; load: number; openings: Array<Opening | null> }> = [];
const order = Array.from({ length: rounds }, () => [0, 1, 1, 0]).flat();
for (const arm of order) {
  const load = loadavg()[0]!;
  const out = await runFirefoxProbe({ addonDir: builds[arm], permissions: ['http://127.0.0.1/*'], startUrl: pageUrl, probe, timeoutMs: 400_000 });
  if (out.error) throw new Error(`arm ${arm}: ${out.error}`);
  seen.push({ arm, load, openings: out.openings });
  const fmt = (o: Opening | null) => (o ? `${Math.round(o.openToReport)}/${Math.round(o.textToReport)}${o.comparedHere ? ' here' : ''} asked ${o.asked}` : 'none');
  console.log(`session ${seen.length} arm ${arm} (${builds[arm]}) load ${load.toFixed(1)}: open→report/text→report ms: ${out.openings.map(fmt).join(', ')}`);
}
await site.close();

console.log(`\nmedians over ${rounds * 2} sessions per arm (ms; load ${Math.min(...seen.map((s) => s.load)).toFixed(1)}–${Math.max(...seen.map((s) => s.load)).toFixed(1)})`);
console.log('| build | opening | open → report | page text → report | compared in the sidebar |');
console.log('|---|---|---|---|---|');
for (const arm of [0, 1]) {
  for (let k = 0; k <= opens; k++) {
    const got = seen.filter((s) => s.arm === arm).map((s) => s.openings[k]).filter((o): o is Opening => !!o);
    const m = (f: (o: Opening) => number) => Math.round(median(got.map(f)));
    console.log(`| ${builds[arm]} | ${k === 0 ? '1 (the real sidebar)' : k + 1} | ${m((o) => o.openToReport)} | ${m((o) => o.textToReport)} | ${got.filter((o) => o.comparedHere).length} of ${got.length} |`);
  }
}
