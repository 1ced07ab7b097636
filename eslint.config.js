// Lint rules, including the layering rules of docs/architecture.md, one block per layer as VS Code declares where its
// code may run: main/core is pure (no app, electron, renderer or Node I/O, no timers, no Date.now); main/app runs
// without Electron and its parts never reach for the whole app; only main/electron imports 'electron', and it
// reaches main/app through its public faces only; the windows import main/core and the contract's types, nothing
// else of main. Import cycles (type imports included) are refused by `madge` in `npm run lint`.
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
            {
              group: ['node:*'],
              message: 'main/app also runs in the preview’s page: reach the system through the Platform.',
            },
          ],
        },
      ],
    },
  },
  {
    // The parts own their state and get narrow ports (main/app/parts.ts makes them): none reaches for the whole app.
    files: [
      'main/app/busy/**/*.ts',
      'main/app/day-limit/**/*.ts',
      'main/app/on-screen/**/*.ts',
      'main/app/presence/**/*.ts',
      'main/app/records/**/*.ts',
      'main/app/routines/**/*.ts',
      'main/app/sore-back/**/*.ts',
      'main/app/surfaces/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'main/app runs without Electron; use the Platform.' }],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'main/app depends only on main/core.' },
            {
              group: ['node:*'],
              message: 'main/app also runs in the preview’s page: reach the system through the Platform.',
            },
            {
              group: ['../parts', '../limber', '../index'],
              message: 'A part gets the narrow port it needs (parts.ts), never the whole app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '!**/app/index', '!**/app/ipc-contract', '!**/app/platform'],
              message:
                'main/electron reaches main/app through index.ts, ipc-contract.ts and the Platform port only.',
            },
            {
              group: ['**/renderer/**', '!**/renderer/csp'],
              message: 'main/electron serves the pages; it does not import them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The windows talk only to the preload bridge.' }],
          patterns: [
            { group: ['**/main/electron/**'], message: 'The windows talk only to the preload bridge.' },
            {
              group: ['**/main/app/**', '!**/main/app/ipc-contract'],
              message: 'The windows know main/app only by the contract (main/app/ipc-contract.ts).',
            },
            {
              group: ['**/main/app/ipc-contract'],
              allowTypeImports: true,
              message: 'The windows import the contract for its types only (`import type`).',
            },
          ],
        },
      ],
    },
  },
  {
    // The preview hosts main in a browser (it stands in for the main process), so it may run main/app's code.
    files: ['renderer/preview/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The preview runs in a browser.' }],
          patterns: [{ group: ['**/main/electron/**'], message: 'The preview runs in a browser.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
)
