import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { packSeeds, seedFiles } from './lib/seeds-pack';
import { SEEDS_FILE } from './lib/seeds-file';

/**
 * One tree, two browsers: Chrome MV3 gets a side panel (`side_panel.default_path`, added by WXT from
 * entrypoints/sidepanel), Firefox (MV2, WXT's default) a sidebar (`sidebar_action`, same entrypoint).
 *
 * Permissions, each for one feature (tests/unit/manifest.test.ts checks both built manifests):
 * - storage:          settings and the "Trace quote" hand-over (storage.session / storage.local).
 * - unlimitedStorage: the corpus lives in IndexedDB and is meant to hold up to 100,000 articles.
 * - contextMenus / menus: the "Trace quote" item on a selection.
 * - activeTab:        the page the reader opens Parallax on, by the toolbar button, the shortcut
 *                     (Alt+Shift+L) or "Trace quote": access to that tab only, until it leaves the
 *                     site. Measured in Chromium 156: the button grants it when the background opens
 *                     the panel from `action.onClicked`, NOT with `openPanelOnActionClick` (then no
 *                     grant at all) — so the button is wired to onClicked (lib/extension/platform.ts).
 * - scripting:        inject the content script into that tab when the panel asks (on demand; there
 *                     is no content script in the manifest).
 * - alarms:           refreshing RSS/Atom feeds on the schedule the reader sets.
 * - sidePanel:        Chrome's side panel (Firefox's sidebar needs no permission).
 * - offscreen:        Chrome only: a hidden extension page with a DOM (reason DOM_PARSER) where the
 *                     service worker has a feed item's page read by Readability (Firefox's
 *                     background page has a DOM of its own).
 * No host permission by default. http(s) access is OPTIONAL (`optional_host_permissions`; Firefox
 * MV2: `optional_permissions`), asked at the moment it is needed, with the reason:
 * - "Follow every tab": from the panel or the corpus manager, so the panel reads each tab the reader
 *   switches to without a click (then it injects into each tab as it goes);
 * - an import by URL or a feed: the one site, when the reader adds it.
 *
 * CSP for extension pages, stricter than the browsers' defaults: scripts only from the package, no
 * plugins, no <base> rewriting (the pages render corpus text, never HTML; this is the second wall).
 */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";
/** The options page's ingest worker in the package (see hooks below). */
export const INGEST_WORKER = 'ingest-worker';
/** Origins Parallax may ask for at run time (never granted at install). */
export const OPTIONAL_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // WXT auto-imports its storage wrapper (wxt/utils/storage) wherever it sees a free `storage`, and
  // unimport takes a parameter or a destructured variable of that name for one (lib/store/corpus.ts
  // `estimateStorage(storage = navigator.storage)`, components/options/ManagePanel.tsx): the import
  // was never used, but the module creates its storage object when loaded, so it stayed in the
  // bundles (8.7 kB: @wxt-dev/storage and superlock, in background.js and the pages' shared chunk).
  // Parallax does not use it; an explicit `import { storage } from 'wxt/utils/storage'` still works.
  imports: { addons: [{ name: 'no-wxt-storage', matchImports: (_ids, matched) => matched.filter((i) => i.from !== 'wxt/utils/storage') }] },
  vite: () => ({
    plugins: [preact()],
    // One copy of `entities` (htmlparser2 and lib/text use 8.x; feedsmith ships its own 7.x copy and
    // calls only decodeHTML, the same in both): ~25 kB less in each bundle that holds feeds.
    resolve: {
      dedupe: ['entities'],
      // Dexie's own ES2018 build of the same version (its package ships it as dist/modern/dexie.mjs)
      // instead of the ES5 UMD build its `import` condition wraps: 11.5 kB less minified, in the
      // service worker and again in the pages' corpus chunk. Both browsers are far past ES2018
      // (Chrome's side panel needs 114, Firefox's manifest asks for 140).
      alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
    },
    // `npx tsx bench/bundle-size.ts` builds with source maps to attribute each minified byte to its
    // source; a normal build ships none.
    build: {
      // Both browsers preload modules natively (Chrome 66, Firefox 115; the manifest asks for 140):
      // no polyfill script in each page.
      modulePreload: { polyfill: false },
      ...(process.env.PARALLAX_SOURCEMAP ? { sourcemap: true } : {}),
      // lib/ingest/index.ts has no side effects (declarations only): a page that uses only what it
      // re-exports (lib/store's `resegment`) does not load it, nor the file readers it imports
      // (front matter, JSON, HTML fragments). Without this the options page's first script held
      // them: 423 kB instead of 303 kB.
      rollupOptions: {
        treeshake: {
          moduleSideEffects: [
            { test: /[\\/]lib[\\/]ingest[\\/]index\.ts$/, sideEffects: false },
            // js-yaml's modules only declare (its package.json does not say so): Chrome's service
            // worker, which ingests only front matter read already (`ingestPrepared`: seeds, feed
            // items), then carries none of it (46 kB).
            { test: /[\\/]node_modules[\\/]js-yaml[\\/]/, sideEffects: false },
          ],
        },
      },
    },
  }),
  // `npx wxt build --analyze` writes per-module sizes (before minification) to .output/analysis.
  analysis: { outputFile: '.output/analysis/stats.html', keepArtifacts: true, template: 'raw-data' },
  hooks: {
    // Firefox (MV2): the background page is an ES module (`background.type: "module"`, Firefox 112+),
    // built with the pages so it imports their chunks (the engine, the corpus, feeds) instead of a
    // classic script that inlines them all (ffwarm62: background.js 690 kB → 3.7 kB, the package
    // −681 kB; the engine is then a file loaded on the first compare). WXT 0.21 drops a background's
    // `type` for MV2 (find-entrypoints.ts) and writes none into an MV2 manifest, so both are set here.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const e of entrypoints) if (e.type === 'background') (e.options as { type?: string }).type = 'module';
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.background) (manifest.background as { type?: string }).type = 'module';
    },
    // The seed articles go into the package once, as one gzipped JSON file that the background and
    // the options page fetch (lib/seeds.ts), instead of as text bundled into both (16 kB twice).
    'build:publicAssets': (wxt, files) => {
      const file = path.join(wxt.config.wxtDir, SEEDS_FILE);
      mkdirSync(wxt.config.wxtDir, { recursive: true });
      writeFileSync(file, packSeeds(seedFiles(path.join(wxt.config.root, 'seeds'))));
      files.push({ absoluteSrc: file, relativeDest: SEEDS_FILE });
    },
    // The options page's ingest worker is built WITH the pages (one more input of their build,
    // emitted as /ingest-worker.js, an ES module worker), so it imports the chunks the pages already
    // ship instead of a second copy of lib/ingest and its parsers (a Vite `new Worker(new URL(...))`
    // is bundled on its own: 271 kB). entrypoints/options/ingest-client.ts starts it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'options')) return;
      const input = config.build?.rollupOptions?.input;
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        (input as Record<string, string>)[INGEST_WORKER] = path.resolve(config.root ?? process.cwd(), 'entrypoints/options/ingest-worker.ts');
      }
    },
  },
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    return {
      name: 'Parallax',
      description: 'See what other outlets added to, or left out of, the news article you are reading.',
      permissions: [
        'storage',
        'unlimitedStorage',
        'activeTab',
        'scripting',
        'alarms',
        ...(firefox ? ['menus'] : ['contextMenus', 'sidePanel', 'offscreen']),
      ],
      // MV3 only (WXT drops the key from MV2); Firefox MV2 lists optional origins with the permissions.
      optional_host_permissions: firefox ? undefined : OPTIONAL_ORIGINS,
      optional_permissions: firefox ? OPTIONAL_ORIGINS : undefined,
      // WXT turns the object into the MV2 string for Firefox.
      content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      action: {
        default_title: 'Open Parallax',
        default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
      },
      // Alt+Shift+P and Alt+Shift+X are taken by Chromium itself (measured: chrome.commands.getAll()
      // reports no shortcut for them); Alt+Shift+L is free in Chromium and Firefox.
      commands: firefox
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+L' },
              description: 'Open the Parallax sidebar',
            },
          }
        : {
            // Fires action.onClicked like the toolbar button (which opens the panel and grants activeTab).
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+L' },
              description: 'Open the Parallax side panel',
            },
          },
      browser_specific_settings: firefox
        ? {
            gecko: {
              id: 'parallax@parallax.invalid',
              // 140 (the current ESR) reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser: no telemetry, no server of ours.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
    };
  },
});
