// Node 20 cannot run TypeScript: bundle the benchmark with esbuild, then run it.
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = resolve(import.meta.dirname, '../..')
// Inside the project, so the bundle resolves its packages from node_modules.
const dir = join(root, 'node_modules/.cache/dd-bench')
await mkdir(dir, { recursive: true })
const outfile = join(dir, 'bench.mjs')
try {
  await build({
    entryPoints: [join(root, 'tests/bench/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.node.json'),
    banner: {
      js:
        "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url); const __dirname = " +
        JSON.stringify(join(root, 'tests/support')) +
        ';',
    },
    logLevel: 'warning',
  })
  const { main } = await import(pathToFileURL(outfile).href)
  process.exitCode = await main()
} finally {
  await rm(dir, { recursive: true, force: true })
}
