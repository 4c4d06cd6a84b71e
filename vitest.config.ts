import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const alias = {
  '@core': resolve(__dirname, 'electron/core'),
  '@node': resolve(__dirname, 'electron/node'),
  '@contract': resolve(__dirname, 'electron/ipc/index.ts'),
  '@resources': resolve(__dirname, 'resources'),
  '@common': resolve(__dirname, 'renderer/src/common'),
}

/**
 * The suites that drive Chromium (e2e) or the built app (boot): one file at a time, after the
 * Node suites, in one worker that keeps its loaded modules from file to file (each file still
 * makes its own browser, server, home and temp folders), so playwright and the harness are
 * loaded once instead of once a file.
 */
const BROWSER_SUITES = {
  fileParallelism: false,
  isolate: false,
  sequence: { groupOrder: 1 },
} as const

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/support/count-reporter.ts'],
    /**
     * Vitest's default is one worker less than the CPUs: one worker on a 2-CPU CI machine, where
     * the browser suites mostly wait on Chromium. Two workers share the Node suites; e2e and
     * boot then take their files one at a time (see BROWSER_SUITES).
     */
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        plugins: [vue()],
        test: {
          name: 'component',
          environment: 'happy-dom',
          // No page leaves the test: a frame's src (the Drukwerk preview) is only an attribute.
          environmentOptions: {
            happyDOM: { settings: { navigation: { disableChildFrameNavigation: true } } },
          },
          include: ['tests/component/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          // Reads the built app in out/: `npm test` builds before Vitest runs.
          name: 'security',
          environment: 'node',
          include: ['tests/security/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'crash',
          environment: 'node',
          include: ['tests/crash/**/*.test.ts'],
          testTimeout: 240_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // The built app (out/main/index.js) on the Electron stand-in; `npm test` builds first.
          name: 'boot',
          environment: 'node',
          include: ['tests/boot/**/*.test.ts'],
          globalSetup: ['tests/boot/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          ...BROWSER_SUITES,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          ...BROWSER_SUITES,
        },
      },
    ],
  },
})
