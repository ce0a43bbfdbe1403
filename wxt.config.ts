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
 * - content script on http(s) pages (entrypoints/content.ts): the sidebar reads the page the reader
 *   is on and follows them from page to page; it does nothing until the sidebar asks.
 * - optional http(s) host access: asked at the moment the reader imports an article or feed by URL.
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
      // MV3 key; WXT drops it from the MV2 (Firefox) manifest, which gets optional_permissions instead.
      optional_host_permissions: ['http://*/*', 'https://*/*'],
      ...(firefox ? { optional_permissions: ['http://*/*', 'https://*/*'] } : {}),
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      action: {
        default_title: 'Open Parallax',
        default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
      },
      commands: firefox
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+P' },
              description: 'Open the Parallax sidebar',
            },
          }
        : {
            // With setPanelBehavior({ openPanelOnActionClick: true }) the action opens the side panel.
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+P' },
              description: 'Open the Parallax side panel',
            },
          },
      browser_specific_settings: firefox
        ? { gecko: { id: 'parallax@parallax.invalid', strict_min_version: '115.0' } }
        : undefined,
    };
  },
});
