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
    // Browser tests wait on conditions, never on the clock (the harness's pointer.ts holds the reader's own pauses).
    files: ['tests/browser/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'No fixed sleep in a browser test: wait on a condition (eventually(), waitForSettled, waitForCard, waitForAnalysis); a pause that is the reader\'s own behaviour is readerHoldsStill().' },
      ],
    },
  },
  // Layers (what may import what) and cycles: .dependency-cruiser.cjs, `npm run lint:deps`.
);
