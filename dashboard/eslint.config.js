import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['target/', 'node_modules/', 'src/api/generated/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
      'boundaries/elements': [
        { type: 'app', pattern: 'src/*.tsx', mode: 'file' },
        { type: 'api', pattern: 'src/api' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'test', pattern: 'src/test' },
        { type: 'feature', pattern: 'src/*', capture: ['feature'] },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: [
          { from: { element: { type: 'app' } }, allow: { to: { element: { type: '*' } } } },
          { from: { element: { type: 'feature' } }, allow: { to: { element: { types: { anyOf: ['ui', 'api'] } } } } },
          { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } } },
          { from: { element: { type: 'ui' } }, allow: { to: { element: { types: { anyOf: ['ui', 'api'] } } } } },
          { from: { element: { type: 'api' } }, allow: { to: { element: { type: 'api' } } } },
          { from: { element: { type: 'test' } }, allow: { to: { element: { types: { anyOf: ['ui', 'api'] } } } } },
          { from: { file: { path: '**/*.test.{ts,tsx}' } }, allow: { to: { element: { type: 'test' } } } },
        ],
      }],
    },
  },
);
