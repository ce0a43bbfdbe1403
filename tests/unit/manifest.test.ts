/**
 * The manifests a reader installs, built from this tree for both browsers (into a temporary
 * directory, so the check never trusts a stale .output): no broad host access and no content script
 * on every page by default, only optional http(s) access; an explicit CSP for extension pages; no
 * web-accessible resource a page could probe to detect the extension.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SEEDS_FILE } from '../../lib/seeds-file';
import { prepareSeeds, seedFiles } from '../../lib/seeds-pack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BROAD = ['http://*/*', 'https://*/*', '<all_urls>', '*://*/*'];

type Manifest = Record<string, any>;
const manifests: Record<'chrome-mv3' | 'firefox-mv2', Manifest> = {} as never;
let outDir = '';

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'parallax-manifest-'));
  const script = `
    import { build } from 'wxt';
    const quiet = () => {};
    const logger = { debug: quiet, info: quiet, log: quiet, success: quiet, start: quiet, box: quiet, ready: quiet,
      trace: quiet, verbose: quiet, warn: quiet, error: console.error, fatal: console.error, fail: console.error, level: 0 };
    await build({ browser: process.argv[1], outDir: process.argv[2], logger });
  `;
  for (const browser of ['chrome', 'firefox']) {
    execFileSync(process.execPath, ['--input-type=module', '-e', script, browser, outDir], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 240_000,
    });
  }
  manifests['chrome-mv3'] = JSON.parse(readFileSync(path.join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8'));
  manifests['firefox-mv2'] = JSON.parse(readFileSync(path.join(outDir, 'firefox-mv2', 'manifest.json'), 'utf8'));
}, 300_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const targets = ['chrome-mv3', 'firefox-mv2'] as const;

describe.each(targets)('the %s manifest', (target) => {
  it('asks for no broad host access at install', () => {
    const m = manifests[target];
    const installed = [...(m.host_permissions ?? []), ...(m.permissions ?? [])];
    for (const pattern of BROAD) expect(installed, pattern).not.toContain(pattern);
    // Any host pattern at all would show a site-access warning at install.
    expect(installed.filter((p: string) => p.includes('://') || p === '<all_urls>')).toEqual([]);
  });

  it('injects no content script statically', () => {
    const m = manifests[target];
    const scripts: Array<{ matches?: string[] }> = m.content_scripts ?? [];
    expect(scripts.flatMap((s) => s.matches ?? [])).toEqual([]);
  });

  it('offers http(s) access only as optional, and keeps activeTab + scripting for on-demand injection', () => {
    const m = manifests[target];
    const optional = target === 'chrome-mv3' ? m.optional_host_permissions : m.optional_permissions;
    expect([...optional].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(m.permissions).toContain('activeTab');
    expect(m.permissions).toContain('scripting');
  });

  // Feed items' pages are read with Readability, which needs a DOM: Chrome's service worker has none,
  // so Chrome gets the offscreen document (and its permission); Firefox's background page has a DOM.
  it('has the offscreen page reader in Chrome only', () => {
    const m = manifests[target];
    const built = existsSync(path.join(outDir, target, 'offscreen.html'));
    if (target === 'chrome-mv3') {
      expect(m.permissions).toContain('offscreen');
      expect(built).toBe(true);
    } else {
      expect(m.permissions).not.toContain('offscreen');
      expect(built).toBe(false);
    }
  });

  it("sets an explicit CSP: scripts from the package only, no plugins", () => {
    const m = manifests[target];
    const csp: string = target === 'chrome-mv3' ? m.content_security_policy?.extension_pages : m.content_security_policy;
    expect(typeof csp).toBe('string');
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name, ...values] = d.split(/\s+/);
          return [name, values];
        }),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('exposes no web-accessible resource a page could fetch to detect the extension', () => {
    expect(manifests[target].web_accessible_resources ?? []).toEqual([]);
  });
});

// ffwarm62: Firefox's MV2 background page is an ES module that imports the pages' chunks, so the engine is one
// file loaded on the first compare, not a second copy inlined in a classic background.js (690 kB before).
it('the Firefox background is a module page sharing the pages\' chunks', () => {
  expect(manifests['firefox-mv2'].background).toMatchObject({ type: 'module' });
  const code = readFileSync(path.join(outDir, 'firefox-mv2', 'background.js'), 'utf8');
  expect(code).toMatch(/\bimport\b[^;]*["'][./]*chunks\//);
  expect(code.length).toBeLessThan(100_000);
});

it('the built content script posts nothing to the page and listens to no DOM event (no extension id leaks)', () => {
  const file = path.join(outDir, 'chrome-mv3', 'content-script.js');
  const code = readFileSync(file, 'utf8');
  expect(code).not.toMatch(/\.postMessage\(/);
  expect(code).not.toMatch(/content-script-started/);
  expect(code).not.toMatch(/dispatchEvent\(/);
});

/** Every file of the built package, path relative to it → contents. */
function packageFiles(target: (typeof targets)[number]): Map<string, Buffer> {
  const root = path.join(outDir, target);
  const out = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(root, p), readFileSync(p));
    }
  };
  walk(root);
  return out;
}

// Package size (issue 9 item 5): code nothing runs is not shipped. WXT's storage wrapper was
// auto-imported for local variables named `storage` and kept for its load-time side effect.
it.each(targets)('the %s package carries no unused WXT storage wrapper', (target) => {
  const holding = [...packageFiles(target)].filter(([file, bytes]) => file.endsWith('.js') && /\bdefineItem\b/.test(bytes.toString('utf8')));
  expect(holding.map(([file]) => file)).toEqual([]);
});

// The seed articles are in the package once, as the packed file the background (install) and the
// options page ("Reset to seeds…") read; no script carries their text.
it.each(targets)(`the %s package holds the seeds once, in ${SEEDS_FILE}`, (target) => {
  const files = packageFiles(target);
  expect(JSON.parse(gunzipSync(files.get(SEEDS_FILE)!).toString('utf8'))).toEqual(prepareSeeds(seedFiles()));
  const line = seedFiles()[0]!.content.split('\n').find((l) => l.length > 80)!;
  const holding = [...files].filter(([file, bytes]) => file.endsWith('.js') && bytes.toString('utf8').includes(line.slice(0, 60)));
  expect(holding.map(([file]) => file)).toEqual([]);
});
