import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One tree, two browsers: Chrome MV3 gets a side panel, Firefox (MV2 by default in WXT) a sidebar.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description: 'See what other outlets added to, or left out of, the news article you are reading.',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'unlimitedStorage',
      'alarms',
      ...(browser === 'firefox' ? ['menus'] : ['sidePanel']),
    ],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Open Parallax' },
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the Parallax sidebar',
      },
    },
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'parallax@parallax.invalid' } } : undefined,
  }),
});
