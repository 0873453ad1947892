import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Overridable so that two builds on one machine (a test run beside a rebuild) never share a folder.
  outDir: process.env.BORDERLINE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports only: every module says where its names come from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, imported packs, per-tab counts; contextMenus: "Check this quote".
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    web_accessible_resources:
      browser === 'firefox'
        ? ['page-tools.js']
        : [{ resources: ['page-tools.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commands_toggleSite__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commands_nextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commands_previousMention__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'borderline@borderline.invalid',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
