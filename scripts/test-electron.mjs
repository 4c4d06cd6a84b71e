// npm run test:electron: the boot suite (tests/boot) on real Electron, through playwright's
// Electron driver. Needs the Electron binary that a plain `npm install` fetches; without it,
// this stops at once and says so. Not part of `npm test` (CI has no Electron binary).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const electronDir = join(root, 'node_modules', 'electron')

/** The binary the electron package points at, without letting the package download one. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist')
  const binary = join(dist, relative)
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
if (binary === null) {
  console.error(
    'test:electron: the Electron binary is not installed (run a plain `npm install` with internet access); nothing was run.',
  )
  process.exit(1)
}

const run = (command, args, env = process.env) =>
  spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  }).status ?? 1

const built = run('npm', ['run', 'build'])
if (built !== 0) process.exit(built)
process.exit(
  run('npx', ['vitest', 'run', '--project', 'boot'], {
    ...process.env,
    BOOT_TARGET: 'electron',
    ELECTRON_BINARY: binary,
  }),
)
