// Node 20 cannot run TypeScript: bundle the benchmark with esbuild, then run it. The argument
// names the entry in tests/bench (main.ts: `npm run bench`; soak.ts: `npm run bench:soak`).
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = resolve(import.meta.dirname, '../..')
// Inside the project, so the bundle resolves its packages from node_modules.
const entry = process.argv[2] ?? 'main.ts'
const name = entry.replace(/\.ts$/, '')
const dir = join(root, `node_modules/.cache/dd-bench-${name}`)
await mkdir(dir, { recursive: true })
const outfile = join(dir, `${name}.mjs`)
try {
  await build({
    entryPoints: [join(root, 'tests/bench', entry)],
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
