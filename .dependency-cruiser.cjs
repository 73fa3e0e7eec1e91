/**
 * The layers of Backstory, enforced (`npm run lint:deps`, part of `npm run lint` and `npm test`).
 * docs/architecture.md explains them; this file is the rule book. Dependencies point down only:
 *
 *   entrypoints/  →  components/ (UI)  →  lib/background, lib/client (runtime services)
 *                 →  lib/db, lib/settings, lib/sites (stores)  →  lib/<feature> (pure logic)  →  lib/**\/types.ts
 *
 * Tests and test helpers may reach across layers to set things up; they may not make cycles.
 */
const TESTS = '(\\.test\\.tsx?|/test-helpers\\.tsx?|/test-data\\.tsx?)$';
const PURE = '^lib/(csv|glossary|glossary-io|extract|highlight|i18n|messaging|reading-list|sidepanel|wikipedia)/';
const STORES = '^lib/(db|settings|sites)/';
const SERVICES = '^lib/(background|client)/';
const UI = '^components/';
const ENTRYPOINTS = '^entrypoints/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be understood, tested or moved alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'types-import-only-types',
      severity: 'error',
      comment: 'Shared types sit at the bottom: a types.ts imports only other types.ts files (and packages).',
      from: { path: '^lib/.+/types\\.ts$' },
      to: { path: '^(lib|components|entrypoints)/', pathNot: '^lib/.+/types\\.ts$' },
    },
    {
      name: 'pure-stays-pure',
      severity: 'error',
      comment:
        'Pure logic (lib/<feature>/) imports neither stores, runtime services, UI nor entrypoints, so it runs in plain Node.',
      from: { path: PURE, pathNot: TESTS },
      to: { path: [STORES, SERVICES, UI, ENTRYPOINTS] },
    },
    {
      name: 'pure-no-browser-or-database',
      severity: 'error',
      comment: 'Pure logic does not touch extension APIs (wxt/*) or IndexedDB (dexie): stores and services do.',
      from: { path: PURE, pathNot: TESTS },
      to: { path: '(^|/)node_modules/(wxt|dexie)/|^(wxt/|dexie$)' },
    },
    {
      name: 'stores-below-services',
      severity: 'error',
      comment: 'Stores (lib/db, lib/settings, lib/sites) import only pure logic, types and other stores.',
      from: { path: STORES, pathNot: TESTS },
      to: { path: [SERVICES, UI, ENTRYPOINTS] },
    },
    {
      name: 'services-below-ui',
      severity: 'error',
      comment: 'Runtime services (lib/background, lib/client) never import UI or entrypoints.',
      from: { path: SERVICES, pathNot: TESTS },
      to: { path: [UI, ENTRYPOINTS] },
    },
    {
      name: 'ui-below-entrypoints',
      severity: 'error',
      comment: 'components/ is imported by entrypoints, never the other way round.',
      from: { path: UI, pathNot: TESTS },
      to: { path: ENTRYPOINTS },
    },
    {
      name: 'entrypoints-stand-alone',
      severity: 'error',
      comment:
        'An entrypoint shares code through lib/ or components/, not by importing another entrypoint. The analyser, the extractor and the on-page parser are the content script\'s lazily loaded parts (issue 19), so they may import entrypoints/content.',
      from: { path: '^entrypoints/([^/.]+)', pathNot: '^entrypoints/(analyser|extractor|on-page-parser)\\.ts$' },
      to: { path: ENTRYPOINTS, pathNot: '^entrypoints/$1([/.]|$)' },
    },
    {
      name: 'ui-through-stores',
      severity: 'error',
      comment:
        'Pages reach the database only through the named reads and writes of lib/db/stores.ts, which announce their own changes: no getDb(), no raw tables, no announceGlossaryChange() in UI code. Types may be imported. The background worker (entrypoints/background.ts) hands the database to its services; the content script only watches the announcement.',
      from: { path: [UI, ENTRYPOINTS], pathNot: [TESTS, '^entrypoints/background\\.ts$', '^entrypoints/content/'] },
      to: { path: '^lib/db/', pathNot: '^lib/db/(stores|persistence)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-database-in-content-script',
      severity: 'error',
      comment:
        "The content script runs in the page's origin: IndexedDB there would be the page's. The background owns the database.",
      from: { path: '^entrypoints/content/' },
      to: { path: '(^|/)node_modules/dexie/|^dexie$|^lib/db/schema\\.ts$', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|demo-output)/' },
    tsPreCompilationDeps: true,
    // WXT writes the path aliases (`@/…`) into .wxt/tsconfig.json (`npm install` runs `wxt prepare`).
    tsConfig: { fileName: '.wxt/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
