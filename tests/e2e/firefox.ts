/**
 * Runs the Firefox build (MV2) in Firefox ESR with web-ext: playwright-core cannot drive stock Firefox,
 * so a probe is appended to a COPY of the add-on's background page; it exercises the real code paths
 * from there (tabs, messages, `browser.extension.getViews` to read an extension page's DOM and User
 * Timing) and posts what it saw to a local collector. Used by tests/e2e/extension.e2e.ts ("the Firefox
 * build"), bench/ffwarm61-open.ts and (a kept profile started several times) bench/ffwarm62-start.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  /**
   * The copy's sidebar is not opened by Firefox at install (`sidebar_action.open_at_install`): an open
   * sidebar cannot be closed without a click (sidebarAction.close needs one) and comes back at every start.
   */
  noSidebarAtInstall?: boolean;
  /** The page Firefox opens at start. */
  startUrl: string;
  /** The probe: the body of an async function that fills `out` (PROBE_KIT's helpers in scope); runs 3 s after start. */
  probe: string;
  timeoutMs?: number;
}

/**
 * The local collector the probe posts `out` to (one post per browser start), and `mark(name)` in the
 * probe: a GET that waits for `onMark(name)` here (e.g. a CPU reading of the browser's processes).
 */
async function startCollector(onMark: (name: string) => unknown = () => undefined) {
  const posted: Array<Record<string, any>> = [];
  let waiting: (() => void) | null = null;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const name = new URL(req.url ?? '/', 'http://x').searchParams.get('mark');
      if (req.method === 'GET' && name) await onMark(name);
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      if (req.method === 'POST') posted.push(JSON.parse(body)), waiting?.();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report`;
  /** The next post (the k-th, 0-based), or a rejection after `ms`. */
  const report = async (k: number, ms: number) => {
    const deadline = Date.now() + ms;
    while (posted.length <= k) {
      if (Date.now() > deadline) throw new Error(`Firefox sent no report in ${ms / 1000} s`);
      await new Promise<void>((r) => {
        waiting = r;
        setTimeout(r, 500);
      });
    }
    return posted[k]!;
  };
  return { url, report, close: () => new Promise((r) => server.close(r)) };
}

/** A copy of the add-on in `dir`/addon with the permissions and the probe appended to its background page. */
async function probedAddon(run: FirefoxRun, dir: string, collectorUrl: string): Promise<string> {
  const addon = path.join(dir, 'addon');
  await cp(run.addonDir ?? FIREFOX_BUILD, addon, { recursive: true });
  const manifestPath = path.join(addon, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.permissions.push(...(run.permissions ?? []));
  if (run.noSidebarAtInstall) manifest.sidebar_action.open_at_install = false;
  await writeFile(manifestPath, JSON.stringify(manifest));
  const probe = `
;(() => {${PROBE_KIT}
  const mark = (name) => fetch(${JSON.stringify(collectorUrl)} + '?mark=' + encodeURIComponent(name));
  setTimeout(async () => {
    const out = {};
    try {
${run.probe}
    } catch (e) { out.error = String(e); }
    await fetch(${JSON.stringify(collectorUrl)}, { method: 'POST', body: JSON.stringify(out) });
  }, 3000);
})();
`;
  await appendFile(path.join(addon, 'background.js'), probe);
  return addon;
}

/** Ends a process group this harness started (SIGTERM: Firefox shuts down cleanly on it). */
function endGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Starts Firefox headless on a copy of the add-on with the probe; resolves with what the probe posted. */
export async function runFirefoxProbe(run: FirefoxRun): Promise<Record<string, any>> {
  const dir = await mkdtemp(path.join(process.env.TMPDIR ?? tmpdir(), 'parallax-ff-'));
  const collector = await startCollector();
  const addon = await probedAddon(run, dir, collector.url);
  const firefox = spawn(
    path.join(ROOT, 'node_modules/.bin/web-ext'),
    ['run', '--source-dir', addon, '--firefox', FIREFOX, '--arg=--headless', '--no-reload', '--no-input',
      '--profile-create-if-missing', '--firefox-profile', path.join(dir, 'profile'), '--start-url', run.startUrl],
    { cwd: ROOT, detached: true, stdio: 'ignore' },
  );
  try {
    return await collector.report(0, run.timeoutMs ?? 150_000);
  } finally {
    endGroup(firefox.pid);
    await collector.close();
    await new Promise((r) => setTimeout(r, 500)); // the profile's files closed before they are removed
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Prefs of a kept test profile: an unsigned add-on installed for good (Firefox ESR honours
 * xpinstall.signatures.required) from the profile's extensions folder, enabled without a prompt; no
 * first-run pages, updates or telemetry.
 */
const KEPT_PROFILE_PREFS = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'extensions.update.enabled': false,
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.sessionstore.resume_from_crash': false,
};

export interface FirefoxStarts {
  /** Browser starts of one kept profile: the first installs the add-on, the later ones are browser starts. */
  starts: number;
  /** Called for the probe's `mark(name)` with Firefox's pid (the probe waits for it). */
  onMark?: (name: string, pid: number) => unknown;
}

/**
 * Like runFirefoxProbe, but the add-on is installed for good in a kept profile (no web-ext: its
 * temporary installs are gone at the next start, and `runtime.onStartup` never fires for them), and
 * Firefox is started `starts` times on it, each time until the probe posts, then shut down. The probe
 * runs at every start; it can tell them apart by what it left in storage. Resolves with every post.
 */
export async function runFirefoxStarts(run: FirefoxRun & FirefoxStarts): Promise<Array<Record<string, any>>> {
  const dir = await mkdtemp(path.join(process.env.TMPDIR ?? tmpdir(), 'parallax-ff-'));
  let pid = 0;
  const collector = await startCollector((name) => run.onMark?.(name, pid));
  const addon = await probedAddon(run, dir, collector.url);
  const profile = path.join(dir, 'profile');
  const id = JSON.parse(await readFile(path.join(addon, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  await mkdir(path.join(profile, 'extensions'), { recursive: true });
  const zip = spawnSync('zip', ['-qr', path.join(profile, 'extensions', `${id}.xpi`), '.'], { cwd: addon });
  if (zip.status !== 0) throw new Error(`zip failed: ${zip.stderr}`);
  await writeFile(path.join(profile, 'user.js'), Object.entries(KEPT_PROFILE_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const posts: Array<Record<string, any>> = [];
  try {
    for (let k = 0; k < run.starts; k++) {
      const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, run.startUrl], { detached: true, stdio: 'ignore' });
      pid = firefox.pid ?? 0;
      const exited = new Promise((r) => firefox.once('exit', r));
      try {
        posts.push(await collector.report(k, run.timeoutMs ?? 150_000));
      } finally {
        // The parent only, and time to close the profile (its storage is read at the next start).
        if (firefox.pid) process.kill(firefox.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
        endGroup(firefox.pid);
      }
    }
    return posts;
  } finally {
    await collector.close();
    await new Promise((r) => setTimeout(r, 500));
    await rm(dir, { recursive: true, force: true });
  }
}
