import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The dashboard's folders under src/, as eslint-plugin-boundaries sees them: each feature (cases, referrals,
 * notifications, supervisor, and any folder added beside them) uses only itself, ui/ (shared pieces) and api/ (the
 * calls and types of the services); ui/ uses only itself and api/; App.tsx and main.tsx put it all together.
 */
const elements = [
  { type: 'api', pattern: 'src/api', partialMatch: false },
  { type: 'ui', pattern: 'src/ui', partialMatch: false },
  { type: 'test', pattern: 'src/test', partialMatch: false },
  // the first that matches wins: every other folder is a feature
  { type: 'feature', pattern: 'src/*', capture: ['feature'], partialMatch: false },
];

const may = (from, ...to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

// imports within one element (a feature, ui/, api/) are its own business: the plugin checks those between elements
const policies = [
  may('feature', 'ui', 'api'),
  may('ui', 'api'),
  may('test', 'ui', 'api'),
  // a feature's tests use the test harness
  { from: { file: { path: '**/*.test.{ts,tsx}' } }, allow: { to: { element: { type: 'test' } } } },
];

export default defineConfig(
  { ignores: ['target/', 'node_modules/', 'src/api/generated/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // the folders under src/; the files beside them (App.tsx, main.tsx) may use every folder
    files: ['src/*/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
      'boundaries/elements': elements,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
      // nothing under src/ imports App.tsx or main.tsx
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
);
