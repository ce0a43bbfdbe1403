/**
 * Runs the Firefox build (MV2) in Firefox ESR with web-ext: playwright-core cannot drive stock Firefox,
 * so a probe is appended to a COPY of the add-on's background page; it exercises the real code paths
 * from there (tabs, messages, `browser.extension.getViews` to read an extension page's DOM and User
 * Timing) and posts what it saw to a local collector. Used by tests/e2e/extension.e2e.ts ("the Firefox
 * build") and bench/ffwarm61-open.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './fixtures';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');

/** `wxt build -b firefox` in the repo; the build's stderr when it fails. */
export function buildFirefox(): { ok: boolean; stderr: string } {
  const wxt = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
  return { ok: wxt.status === 0, stderr: wxt.stderr };
}

/**
 * Helpers the probe's body can use: `wait(ms)`; `corpusCount()` (articles in the extension's IndexedDB,
 * 0 until it exists); `openPanel(query)` (sidepanel.html?… in a background tab; its tab id);
 * `panelView(tabId, ms)` (that page's window once it has drawn a report, polled up to `ms`, else null);
 * `sidebarView(ms)` (the same for the real sidebar, which Firefox opens by itself on a new install);
 * `reportText(view)` (every report section's text, as tests/e2e/fixtures.ts reportText);
 * `comparedHere(view)` (the page's own timed corpus reads by the engine: lib/sidebar/controller.ts).
 */
const PROBE_KIT = `
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const corpusCount = () => new Promise((resolve) => {
    const r = indexedDB.open('parallax');
    r.onsuccess = () => {
      try {
        const c = r.result.transaction('articles').objectStore('articles').count();
        c.onsuccess = () => { resolve(c.result); r.result.close(); };
      } catch (e) { resolve(0); }
    };
    r.onerror = () => resolve(0);
  });
  const openPanel = async (query) => (await browser.tabs.create({ url: browser.runtime.getURL('sidepanel.html?' + query), active: false })).id;
  const drawn = async (find, ms) => {
    for (let t = 0; t < ms; t += 50) {
      const view = find();
      if (view && view.document.querySelector('[data-section]') && view.performance.getEntriesByName('parallax:report').length) return view;
      await wait(50);
    }
    return null;
  };
  const panelView = (tabId, ms = 30000) => drawn(() => browser.extension.getViews({ type: 'tab', tabId })[0], ms);
  const sidebarView = (ms = 30000) => drawn(() => browser.extension.getViews({ type: 'sidebar' })[0], ms);
  const reportText = (view) => Array.from(view.document.querySelectorAll('[data-section]')).map((e) => e.getAttribute('data-section') + ': ' + e.innerText).join('\\n\\n');
  const comparedHere = (view) => view.performance.getEntriesByName('parallax:db:getMany').length + view.performance.getEntriesByName('parallax:db:keyIds').length > 0;
`;

export interface FirefoxRun {
  /** The built add-on to copy (default: the repo's .output/firefox-mv2). */
  addonDir?: string;
  /** Host permissions added to the copy (the reader's "follow every tab" cannot be clicked headless). */
  permissions?: string[];
  /** The page Firefox opens at start. */
  startUrl: string;
  /** The probe: the body of an async function that fills `out` (PROBE_KIT's helpers in scope); runs 3 s after start. */
  probe: string;
  timeoutMs?: number;
}

/** Starts Firefox headless on a copy of the add-on with the probe; resolves with what the probe posted. */
export async function runFirefoxProbe(run: FirefoxRun): Promise<Record<string, any>> {
  const dir = await mkdtemp(path.join(process.env.TMPDIR ?? tmpdir(), 'parallax-ff-'));
  await cp(run.addonDir ?? FIREFOX_BUILD, path.join(dir, 'addon'), { recursive: true });
  if (run.permissions?.length) {
    const manifestPath = path.join(dir, 'addon', 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.permissions.push(...run.permissions);
    await writeFile(manifestPath, JSON.stringify(manifest));
  }
  let resolveReport: (r: Record<string, unknown>) => void = () => {};
  const report = new Promise<Record<string, unknown>>((r) => (resolveReport = r));
  const collector = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      if (req.method === 'POST') resolveReport(JSON.parse(body));
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  const collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/report`;
  const probe = `
;(() => {${PROBE_KIT}
  setTimeout(async () => {
    const out = {};
    try {
${run.probe}
    } catch (e) { out.error = String(e); }
    await fetch(${JSON.stringify(collectorUrl)}, { method: 'POST', body: JSON.stringify(out) });
  }, 3000);
})();
`;
  await appendFile(path.join(dir, 'addon', 'background.js'), probe);
  const firefox = spawn(
    path.join(ROOT, 'node_modules/.bin/web-ext'),
    ['run', '--source-dir', path.join(dir, 'addon'), '--firefox', FIREFOX, '--arg=--headless', '--no-reload', '--no-input',
      '--profile-create-if-missing', '--firefox-profile', path.join(dir, 'profile'), '--start-url', run.startUrl],
    { cwd: ROOT, detached: true, stdio: 'ignore' },
  );
  const timeoutMs = run.timeoutMs ?? 150_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Firefox sent no report in ${timeoutMs / 1000} s`)), timeoutMs);
    });
    return await Promise.race([report, timeout]);
  } finally {
    clearTimeout(timer);
    if (firefox.pid) {
      try {
        process.kill(-firefox.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => collector.close(r));
    await new Promise((r) => setTimeout(r, 500)); // the profile's files closed before they are removed
    await rm(dir, { recursive: true, force: true });
  }
}
