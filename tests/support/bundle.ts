import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join } from 'node:path'
import { build } from 'esbuild'
import { fromRoot, PROJECT_ROOT } from './paths'

export interface BundleOptions {
  /** Folder for the output; a fresh temp folder when left out (remove it with removeBundle). */
  readonly outDir?: string
  /** Packages to leave to `require` at run time (electron, playwright-core). */
  readonly external?: string[]
}

/**
 * Bundles a TypeScript entry (relative to the project root, or absolute) and everything it
 * imports, node_modules included, into one CommonJS file that plain `node` can run. The tsconfig `paths` aliases (@core/*, @resources/*)
 * are honoured. CommonJS rather than ESM because bundled CommonJS dependencies such as
 * write-file-atomic `require()` Node built-ins, which an ESM bundle cannot do.
 */
export async function bundleForNode(entry: string, options: BundleOptions = {}): Promise<string> {
  const outDir = options.outDir ?? (await mkdtemp(join(tmpdir(), 'dd-bundle-')))
  const outfile = join(outDir, `${basename(entry, extname(entry))}.cjs`)
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [fromRoot(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: fromRoot('tsconfig.node.json'),
    sourcemap: 'inline',
    external: options.external ?? [],
    logLevel: 'silent',
  })
  return outfile
}

/** Removes a bundle made without an explicit outDir, together with its temp folder (only then!). */
export async function removeBundle(file: string): Promise<void> {
  await rm(dirname(file), { recursive: true, force: true })
}
