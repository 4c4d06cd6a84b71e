import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { ipcRoutes } from './electron/ipc/routes'
import { bootShellFirst } from './electron/node/boot-shell-html'
import { CONTENT_SECURITY_POLICY_META } from './electron/node/content-security-policy'

const alias = {
  '@core': resolve(__dirname, 'electron/core'),
  '@node': resolve(__dirname, 'electron/node'),
  '@contract': resolve(__dirname, 'electron/ipc/index.ts'),
  '@resources': resolve(__dirname, 'resources'),
  '@common': resolve(__dirname, 'renderer/src/common'),
}

/** Built pages carry the CSP as a meta tag too; the dev server needs inline styles for HMR. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/** Every page paints its boot shell from the HTML alone; the stylesheets follow it. */
function bootShellFirstPlugin(): Plugin {
  return {
    name: 'boot-shell-first',
    // After Vite has written its script and stylesheet tags into the page.
    transformIndexHtml: { order: 'post', handler: (html) => bootShellFirst(html) },
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    // The channels the preloads expose, as data: the tables' zod schemas stay in main.
    define: { IPC_ROUTES: JSON.stringify(ipcRoutes()) },
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be CommonJS and may only require 'electron'.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: {
          presenter: resolve(__dirname, 'electron/preload/presenter.ts'),
          projector: resolve(__dirname, 'electron/preload/projector.ts'),
        },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [vue(), contentSecurityPolicyMeta(), bootShellFirstPlugin()],
    // Vue's and vue-i18n's compile-time switches: what the windows never use is left out.
    // `<i18n-t>` is used, so vue-i18n's components stay installed.
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the beamer's first paint waits for it.
      minify: true,
      // Fonts and images stay files: the CSP allows 'self', not inline data for fonts.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: {
          presenter: resolve(__dirname, 'renderer/presenter.html'),
          projector: resolve(__dirname, 'renderer/projector.html'),
          identify: resolve(__dirname, 'renderer/identify.html'),
        },
      },
    },
  },
})
