import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Import direction is enforced, not hoped for: the model is shared by both
// sides and depends on neither; the app runs in a browser and never touches node:*.
const restrict = (patterns) => ['error', { patterns }];

// The app's house: shared layers at the bottom, each importing only the ones below it
// (format → view → data → ui), features side by side above them, never importing each other,
// and the composition (shell, routes, router, entry) on top. See docs/app.md.
const APP = 'src/app';
const LAYERS = ['format', 'view', 'data', 'ui'];
const FEATURES = ['timeline', 'filters', 'panels', 'search', 'matrix'];
const COMPOSITION = ['shell', 'routes', 'router.tsx', 'StoryApp.tsx', 'main.tsx'];
const above = (layer) => [...LAYERS.slice(LAYERS.indexOf(layer) + 1), ...FEATURES, ...COMPOSITION];
const appZones = [
  ...LAYERS.map((layer) => ({
    target: `${APP}/${layer}`,
    from: above(layer).map((part) => `${APP}/${part}`),
    message: `${layer}/ is a shared layer: it imports only the layers below it (${LAYERS.join(' → ')}).`,
  })),
  ...FEATURES.map((feature) => ({
    target: `${APP}/${feature}`,
    from: [...FEATURES.filter((other) => other !== feature), ...COMPOSITION].map((part) => `${APP}/${part}`),
    message: 'Features sit side by side: move what two features share down into a shared layer.',
  })),
];

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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: appZones }],
      'import-x/no-cycle': 'error',
    },
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
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // The first view loads no validator: values come from model/core; the schema and its
          // parser load later, with a dynamic import (data/storyValidation.ts).
          paths: ['../model', '../../model']
            .flatMap((dir) =>
              ['', '/index', '/schema', '/parse', '/integrity', '/problems', '/dataIndex'].map(
                (file) => `${dir}${file}`,
              ),
            )
            .map((name) => ({
              name,
              allowTypeImports: true,
              message: 'Import values from model/core: the schema (zod) loads only on demand, with import().',
            })),
          patterns: [
            {
              group: ['**/pipeline/**', 'node:*'],
              message: 'The app runs in the browser: no pipeline code, no node:*.',
            },
          ],
        },
      ],
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
