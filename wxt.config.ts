import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * One tree, two browsers: Chrome MV3 gets a side panel (`side_panel.default_path`, added by WXT from
 * entrypoints/sidepanel), Firefox (MV2, WXT's default) a sidebar (`sidebar_action`, same entrypoint).
 *
 * Permissions, each for one feature:
 * - storage:          settings and the "Trace quote" hand-over (storage.session / storage.local).
 * - unlimitedStorage: the corpus lives in IndexedDB and is meant to hold up to 100,000 articles.
 * - contextMenus / menus: the "Trace quote" item on a selection.
 * - scripting:        inject the content script into tabs that were open before install/update.
 * - activeTab:        keeps the toolbar button, shortcut and context menu working on a site whose
 *                     access the reader has restricted to "on click" (Chrome site access).
 * - alarms:           refreshing RSS/Atom feeds on the schedule the reader sets.
 * - sidePanel:        Chrome's side panel (Firefox's sidebar needs no permission).
 * - http(s) host access, and the content script on http(s) pages (entrypoints/content.ts): the
 *   sidebar reads the page the reader is on and follows them from tab to tab and page to page. The
 *   alternative, activeTab with injection on demand, does not hold up for a side panel: the panel
 *   outlives the one-page grant, Chrome does not grant activeTab when the action opens the panel
 *   (openPanelOnActionClick), and tabs opened before install need `scripting` + host access to be
 *   injected at all (measured: "Cannot access contents of the page" without it). The content script
 *   does nothing until the sidebar asks; the install warning is the same as for the content script
 *   alone. The same access lets the options page import an article or feed by URL.
 */
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    return {
      name: 'Parallax',
      description: 'See what other outlets added to, or left out of, the news article you are reading.',
      permissions: [
        'storage',
        'unlimitedStorage',
        'scripting',
        'activeTab',
        'alarms',
        ...(firefox ? ['menus'] : ['contextMenus', 'sidePanel']),
      ],
      // WXT moves these into `permissions` for the MV2 (Firefox) manifest.
      host_permissions: ['http://*/*', 'https://*/*'],
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
            // With setPanelBehavior({ openPanelOnActionClick: true }) the action opens the side panel.
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
