import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const CORE_ONLY = 'electron/core runs anywhere: no Node, no Electron (see README, architecture).'
const NODE_ONLY = 'electron/node needs Node but not Electron: main builds on it, not the other way.'
const IPC_ONLY = 'electron/ipc is the contract: it builds on the core and nothing else.'
const PAGES_ONLY = 'The pages reach Node and Electron only through the preload API (window.*Api).'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // CommonJS files (the stand-in's resolution hook) load their modules with require.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core runs anywhere (Node tests, the main process, the pages): no Node, no Electron, no
    // Vue, and nothing from the Node or Electron corners that build on it.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'vue', 'pinia', 'write-file-atomic', '@contract'],
          patterns: [
            { group: ['@vue/*', 'electron/*', 'node:*', '@node/*'], message: CORE_ONLY },
            { regex: '^(\\.\\./)+(node|main|preload|ipc)(/|$)', message: CORE_ONLY },
          ],
        },
      ],
    },
  },
  {
    // Code that needs Node but not Electron: tests and the crash children run it without Electron.
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'vue', 'pinia'],
          patterns: [{ regex: '^(\\.\\./)+(main|preload)(/|$)', message: NODE_ONLY }],
        },
      ],
    },
  },
  {
    // The contract is shared by main, the preloads and the pages: core types and zod only.
    files: ['electron/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'vue', 'pinia', 'write-file-atomic'],
          patterns: [
            { group: ['node:*', '@node/*'], message: IPC_ONLY },
            { regex: '^(\\.\\./)+(node|main|preload)(/|$)', message: IPC_ONLY },
          ],
        },
      ],
    },
  },
  {
    // The pages run sandboxed: they reach the main process only through the preload's API.
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: PAGES_ONLY }],
          patterns: [
            { group: ['electron/*', 'node:*', '@node/*'], message: PAGES_ONLY },
            { regex: '(^|/)electron/(node|main|preload)(/|$)', message: PAGES_ONLY },
          ],
        },
      ],
      // The contract's tables belong to main and the preloads; the pages need its types only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@contract', allowTypeImports: true, message: PAGES_ONLY }] },
      ],
    },
  },
  prettier,
)
