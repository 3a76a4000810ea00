// ESLint's recommended rules and typescript-eslint's, over the whole tree; Prettier owns layout.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.hub/**',
      '**/fixtures/**',
      'dashboard/src/gql/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // The dashboard's components: hooks called by the rules of hooks, effects with their inputs.
  {
    files: ['dashboard/src/**/*.tsx', 'dashboard/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // `_`-prefixed names are left out on purpose (a destructured field dropped, a callback's
      // slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
