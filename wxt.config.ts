import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { LOCAL_NAMES_SOURCES, PACK_VERSIONS } from './lib/glossary/packs/sources';

/**
 * Keyboard commands (Chrome allows four suggested keys per extension: three are used, one is left for "save").
 * Descriptions are messages (locales/en.json `commands.*`): Chrome and Firefox both localise `__MSG_…__` here.
 */
const commands = (browser: string) => ({
  'next-mention': {
    suggested_key: { default: 'Alt+Shift+N' },
    description: '__MSG_commands_next__',
  },
  'previous-mention': {
    suggested_key: { default: 'Alt+Shift+P' },
    description: '__MSG_commands_previous__',
  },
  'save-article': {
    suggested_key: { default: 'Alt+Shift+S' },
    description: '__MSG_commands_save__',
  },
  // Firefox opens its sidebar itself through the reserved command; Chrome's background calls sidePanel.open.
  [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
    suggested_key: { default: 'Alt+Shift+X' },
    description: '__MSG_commands_panel__',
  },
});

export default defineConfig({
  imports: false,
  hooks: {
    // Pack data ships as files the background fetches only when a pack must be (re)loaded, instead of
    // a megabyte of JSON parsed every time the service worker wakes.
    'build:publicAssets': (_wxt, files) => {
      for (const pack of PACK_VERSIONS) files.push({ absoluteSrc: resolve(import.meta.dirname, pack.source), relativeDest: `packs/${pack.id}.json` });
      for (const names of LOCAL_NAMES_SOURCES) files.push({ absoluteSrc: resolve(import.meta.dirname, names.source), relativeDest: `packs/i18n/${names.lang}.json` });
    },
  },
  // Mozilla's source package: everything needed to rebuild (`npm ci && npm run build:firefox`), no local output.
  zip: { excludeSources: ['demo-output/**', 'coverage/**', 'web-ext-artifacts/**', 'docs/screenshots/**', 'lib/glossary/packs/generated/**'] },
  // i18n: messages in locales/en.json become _locales/en/messages.json, with typed keys (lib/i18n/i18n.ts).
  modules: ['@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // contextMenus: the "Open Backstory side panel" menu item (Firefox calls the API `menus` and accepts this name).
    // offscreen (Chrome): a hidden extension document where Readability parses pages away from the reader's tab.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Reading list: asked for one site at a time, only when the reader fetches an article imported without its text.
    // "Look up on Wikipedia": https://*.wikipedia.org/*, asked for on first use, given back when look-ups are turned off.
    optional_host_permissions: ['http://*/*', 'https://*/*', 'https://*.wikipedia.org/*'],
    commands: commands(browser),
    // The content script's lazily loaded parts: the extractor and the analyser (entrypoints/extractor.ts,
    // analyser.ts), imported one after the other by the gate on pages that pass it, and the on-page parser
    // (entrypoints/on-page-parser.ts), imported only to parse on the page or to save it. Chrome: behind
    // a per-session URL, so a page cannot probe for them to fingerprint the reader; Firefox's extension
    // URLs carry a random per-install id already.
    web_accessible_resources: [
      { resources: ['analyser.js', 'extractor.js', 'on-page-parser.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    action: { default_title: 'Backstory' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
