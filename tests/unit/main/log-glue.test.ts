import { EventEmitter } from 'node:events'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import electronLog from 'electron-log/node'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppLog } from '@core/log/app-log'
import { LOG_MAX_BYTES } from '@node/log-rotation'
import { configureMainLog } from '../../../electron/main/log/configure-log'
import { FakeBrowserWindow } from './fake-electron'

const fake = await vi.hoisted(async () => {
  // vi.hoisted runs before the imports: EventEmitter comes from an import of its own.
  const { EventEmitter: Emitter } = await import('node:events')
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    getVersion: () => '0.1.0',
  })
  const screen = Object.assign(new Emitter(), {
    displays: 2,
    getAllDisplays: () => [] as unknown[],
  })
  screen.getAllDisplays = () => Array.from({ length: screen.displays }, (_, id) => ({ id }))
  const ipcMain = { removeAllListeners: vi.fn(), removeHandler: vi.fn() }
  return { app, screen, ipcMain }
})

vi.mock('electron', () => fake)
// The real electron-log, in its Node flavour: its Electron flavour would load Electron.
vi.mock('electron-log/main', async () => {
  const node = await import('electron-log/node')
  return { default: node.default.create({ logId: 'start-main-log-test' }) }
})

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dd-log-glue-'))
})

afterEach(async () => {
  electronLog.errorHandler.stopCatching()
  await rm(dir, { recursive: true, force: true })
})

function tempLogger(dev = false) {
  const logger = electronLog.create({ logId: `glue-${Date.now()}-${Math.random()}` })
  const mainLog = configureMainLog(logger, { dev, home: dir })
  const file = join(dir, 'logs', 'main.log')
  logger.transports.file.resolvePathFn = () => file
  return { logger, mainLog, file }
}

describe('configureMainLog', () => {
  it('writes info and up to a file of at most 1 MB, the console only in development', () => {
    const { logger } = tempLogger()
    expect(logger.transports.file.level).toBe('info')
    expect(logger.transports.file.maxSize).toBe(LOG_MAX_BYTES)
    expect(logger.transports.console.level).toBe(false)
    expect(logger.transports.remote.level).toBe(false)
    expect(tempLogger(true).logger.transports.console.level).toBe('info')
  })

  it('rotates a full file into main.1.log and goes on in a fresh main.log', async () => {
    const { mainLog, file } = tempLogger()
    // Left full by an earlier run of the app.
    await mkdir(join(dir, 'logs'))
    await writeFile(file, 'x'.repeat(LOG_MAX_BYTES + 10))
    mainLog.appLog.logEvent('displays-changed', { count: 2 })
    expect((await readdir(join(dir, 'logs'))).sort()).toEqual(['main.1.log', 'main.log'])
    expect(await readFile(file, 'utf8')).toContain('displays-changed count=2')
    expect((await readFile(join(dir, 'logs', 'main.1.log'), 'utf8')).length).toBe(
      LOG_MAX_BYTES + 10,
    )
  })

  it('gives the log folder, there even when nothing was written yet', async () => {
    const { mainLog } = tempLogger()
    expect(mainLog.logFolder()).toBe(join(dir, 'logs'))
    expect(await readdir(join(dir, 'logs'))).not.toContain('main.1.log')
  })

  it('logs an uncaught error without its message and without a dialog', async () => {
    const { logger, file } = tempLogger()
    const error = Object.assign(new Error(`kan ${dir}/Geheim.dilemmas niet lezen`), {
      code: 'ENOENT',
    })
    logger.errorHandler.handle(error)
    const written = await readFile(file, 'utf8')
    expect(written).toContain('uncaught-exception error=Error code=ENOENT')
    expect(written).not.toContain('Geheim')
    expect(written.split('\n').filter((line) => line.startsWith('['))).toHaveLength(1)
  })
})

describe('startMainLog', () => {
  it('takes away electron-log’s IPC channel, catches errors and logs the start', async () => {
    const { startMainLog, logAppStart } = await import('../../../electron/main/log/start-main-log')
    const { default: mocked } = await import('electron-log/main')
    const file = join(dir, 'main.log')
    mocked.transports.file.resolvePathFn = () => file
    const mainLog = startMainLog()
    expect(fake.ipcMain.removeAllListeners).toHaveBeenCalledWith('__ELECTRON_LOG__')
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith('__ELECTRON_LOG__')
    // electron-log's typings leave out whether its handler is catching.
    expect(Reflect.get(mocked.errorHandler, 'isActive')).toBe(true)
    expect(mocked.transports.console.level).toBe(false)
    logAppStart(mainLog, 'en')
    const written = await readFile(file, 'utf8')
    expect(written).toMatch(
      /app-start version=0\.1\.0 electron=\S+ platform=(win32|darwin|linux|other) arch=\S+ locale=en/,
    )
  })
})

describe('watchAppEvents', () => {
  it('logs windows opening and closing by kind, and displays by count', async () => {
    const { watchAppEvents } = await import('../../../electron/main/log/watch-app-events')
    const lines: string[] = []
    const log = createAppLog((_level, line) => lines.push(line), { home: dir })
    const options: BrowserWindowConstructorOptions = {}
    const presenter = new FakeBrowserWindow(options)
    const identify = new FakeBrowserWindow(options)
    const stop = watchAppEvents(log, () => ({
      presenterId: presenter.webContents.id,
      projectorId: null,
    }))
    fake.app.emit('browser-window-created', {}, presenter)
    fake.app.emit('browser-window-created', {}, identify)
    await Promise.resolve()
    identify.destroy()
    fake.screen.displays = 3
    fake.screen.emit('display-added', {}, { id: 3 })
    fake.screen.displays = 1
    fake.screen.emit('display-removed', {}, { id: 2 })
    stop()
    fake.screen.emit('display-added', {}, { id: 4 })
    expect(lines).toEqual([
      'window-opened window=presenter',
      'window-opened window=other',
      'window-closed window=other',
      'displays-changed count=3',
      'displays-changed count=1',
    ])
    expect(EventEmitter.listenerCount(fake.app, 'browser-window-created')).toBe(0)
  })
})
