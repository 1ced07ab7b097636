// Lint rules, including the layering rules of docs/architecture.md: only main/electron may import 'electron',
// main/core stays pure (no app, electron or Node I/O), and the renderer reaches main only through the contract types.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const nodeIo = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'net',
  'node:net',
]

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'docs/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/electron may import electron.' }] },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'main/core is pure.' },
            ...nodeIo.map((name) => ({ name, message: 'main/core does no I/O.' })),
          ],
          patterns: [
            {
              group: ['**/app/**', '**/electron/**', '**/renderer/**'],
              message: 'main/core depends on nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'main/core arms no timers.' },
        { name: 'setInterval', message: 'main/core arms no timers.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'main/core takes "now" as an argument.' },
      ],
    },
  },
  {
    files: ['main/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'main/app runs without Electron; use the Platform.' }],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'main/app depends only on main/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks only to the preload bridge.' }],
          patterns: [
            { group: ['**/main/electron/**'], message: 'The renderer talks only to the preload bridge.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
)
