import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['#imports'], message: 'Import from the module itself: explicit imports keep the data flow visible.' },
          ],
        },
      ],
    },
  },
  {
    // The pure layer imports neither browser APIs nor the database: it is tested in plain Node.
    files: ['lib/glossary/**', 'lib/extract/**', 'lib/highlight/**', 'lib/sidepanel/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt/*', 'dexie', '**/db/*', '**/background/*'], message: 'The pure layer must not depend on browser APIs or the database.' },
          ],
        },
      ],
    },
  },
);
