import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Import direction is enforced, not hoped for: the model is shared by both
// sides and depends on neither; the app runs in a browser and never touches node:*.
const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/app/**', '**/pipeline/**', 'node:*'],
          message: 'src/model is shared: it imports neither app, pipeline nor node.',
        },
      ]),
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/pipeline/**', 'node:*'],
          message: 'The app runs in the browser: no pipeline code, no node:*.',
        },
      ]),
    },
  },
  {
    files: ['src/pipeline/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/app/**'], message: 'The pipeline does not import the app.' },
      ]),
    },
  },
);
