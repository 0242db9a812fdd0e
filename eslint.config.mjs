// Lint rules, including the process boundary: the renderer never imports electron or node:*.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the main process only through src/bridge/gloss.ts.' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'worker_threads'], message: 'No Node modules in the renderer.' },
            { regex: 'src-main/(?!ipc/contract$)', message: 'The renderer may import only the IPC contract from src-main.' },
            { regex: 'src-main/ipc/contract$', allowTypeImports: true, message: 'Import the IPC contract with `import type`.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src-shared holds code with neither DOM nor Node.' },
            { name: 'react', message: 'src-shared holds code with neither DOM nor Node.' },
            { name: 'dexie', message: 'src-shared holds code with neither DOM nor Node.' },
          ],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'worker_threads'], message: 'No Node modules in src-shared.' },
            { group: ['**/src-renderer/**', '**/src-main/**'], message: 'src-shared imports neither the renderer nor the main process.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src-renderer/**'], message: 'The main process never imports renderer code.' }] },
      ],
    },
  },
  {
    files: ['src-main/import/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The import pipeline is pure: it runs in workers, the CLI and unit tests.' }],
          patterns: [{ group: ['**/src-renderer/**'], message: 'The main process never imports renderer code.' }],
        },
      ],
    },
  },
);
