// Lint configuration. The boundary rule keeps `vscode` out of everything but src/extension,
// so the core, adapters, server and webview stay testable in plain Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'vscode', message: "Only src/extension may import 'vscode'. Put the logic in src/core or an adapter." }],
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', '.vscode-test/**', 'test-results/**', '.demo/**', 'test/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  { files: ['src/**/*.ts', 'test/unit/**/*.ts', 'test/bench/**/*.ts'], ignores: ['src/extension/**'], rules: noVscode },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is pure: no vscode.' }],
          patterns: [
            { group: ['node:fs', 'fs', 'node:fs/*', 'fs/*', 'node:child_process', 'child_process', 'node:net', 'node:http', 'node:https', 'openai', 'simple-git', 'web-tree-sitter', 'pg', '@electric-sql/*', 'fastify'], message: 'src/core is pure: no I/O. Declare an interface and implement it in src/adapters.' },
            { group: ['**/adapters/**', '**/extension/**', '**/server/**', '**/webview/**'], message: 'src/core must not depend on outer layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', fetch: 'readonly', AbortController: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
  },
);
