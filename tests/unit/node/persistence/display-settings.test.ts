import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_DISPLAY_SETTINGS,
  DISPLAY_SETTINGS_FILE,
  displaySettingsSchema,
  type DisplaySettings,
} from '@core/display/display-settings'
import { prettyJson, readJsonAs } from '@core/persistence/safe-json'
import { createDisplaySettingsStore } from '@node/persistence/display-settings-store'
import { MAX_SETTINGS_BYTES } from '@node/persistence/settings-file'

const parseDisplaySettings = (text: string) =>
  readJsonAs(displaySettingsSchema, text, MAX_SETTINGS_BYTES)

const NOW = Date.UTC(2025, 2, 14, 9, 30)
const chosen: DisplaySettings = {
  version: 1,
  projectorDisplay: { id: 2528732444, label: 'EPSON PJ' },
}

describe('the display settings file', () => {
  it('reads what was written', () => {
    expect(parseDisplaySettings(prettyJson(chosen))).toEqual(chosen)
    expect(parseDisplaySettings(prettyJson(DEFAULT_DISPLAY_SETTINGS))).toEqual(
      DEFAULT_DISPLAY_SETTINGS,
    )
  })

  it('keeps display ids beyond the safe integer range', () => {
    const big = { version: 1, projectorDisplay: { id: 2 ** 60, label: '' } }
    expect(parseDisplaySettings(JSON.stringify(big))).toEqual(big)
  })

  it.each([
    ['not JSON', '{"version":1,'],
    ['empty', ''],
    ['another version', '{"version":2,"projectorDisplay":null}'],
    ['a fractional id', '{"version":1,"projectorDisplay":{"id":1.5,"label":""}}'],
    ['a missing label', '{"version":1,"projectorDisplay":{"id":1}}'],
    ['an unknown field', '{"version":1,"projectorDisplay":null,"path":"C:/x"}'],
    ['an array', '[]'],
    ['null', 'null'],
  ])('refuses %s', (_label, text) => {
    expect(parseDisplaySettings(text)).toBeNull()
  })
})

describe('createDisplaySettingsStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dd-displays-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const path = () => join(dir, DISPLAY_SETTINGS_FILE)

  it('starts from the defaults when there is no file yet', async () => {
    const store = createDisplaySettingsStore(dir, () => NOW)
    expect(await store.load()).toEqual({ settings: DEFAULT_DISPLAY_SETTINGS, movedAside: null })
  })

  it('saves atomically and reads the choice back', async () => {
    const sub = join(dir, 'nog-niet-aangemaakt')
    await createDisplaySettingsStore(sub, () => NOW).save(chosen)
    expect(await createDisplaySettingsStore(sub, () => NOW).load()).toEqual({
      settings: chosen,
      movedAside: null,
    })
    // No temp files are left behind.
    expect(await readdir(sub)).toEqual([DISPLAY_SETTINGS_FILE])
  })

  it('the last of quick successive saves wins', async () => {
    const store = createDisplaySettingsStore(dir, () => NOW)
    const saves = [1, 2, 3, 4, 5].map((id) =>
      store.save({ version: 1, projectorDisplay: { id, label: `Scherm ${id}` } }),
    )
    await Promise.all(saves)
    expect((await store.load()).settings.projectorDisplay).toEqual({ id: 5, label: 'Scherm 5' })
  })

  it('moves a damaged file aside (never deletes it) and uses the defaults', async () => {
    await writeFile(path(), '{"version":1, kapot')
    const store = createDisplaySettingsStore(dir, () => NOW)
    const loaded = await store.load()
    expect(loaded.settings).toEqual(DEFAULT_DISPLAY_SETTINGS)
    expect(loaded.movedAside).toBe(
      join(dir, 'display-settings.beschadigd-2025-03-14T09-30-00-000Z.json'),
    )
    expect(await readFile(loaded.movedAside ?? '', 'utf8')).toBe('{"version":1, kapot')
    expect(await readdir(dir)).not.toContain(DISPLAY_SETTINGS_FILE)
    // A new choice is written afresh; the damaged copy stays.
    await store.save(chosen)
    expect((await store.load()).settings).toEqual(chosen)
    expect(await readdir(dir)).toHaveLength(2)
  })

  it('moves aside a file of the wrong shape too', async () => {
    await writeFile(path(), JSON.stringify({ version: 1, projectorDisplay: { id: 'twee' } }))
    const loaded = await createDisplaySettingsStore(dir, () => NOW).load()
    expect(loaded.movedAside).not.toBeNull()
  })

  it('leaves an unreadable settings path alone and never writes over it', async () => {
    // A folder where the file should be: reading fails with something other than "missing".
    await mkdir(path())
    const store = createDisplaySettingsStore(dir, () => NOW)
    expect(await store.load()).toEqual({ settings: DEFAULT_DISPLAY_SETTINGS, movedAside: null })
    await store.save(chosen)
    expect(await readdir(path())).toEqual([])
  })

  it('reports a failing write to the caller', async () => {
    const file = join(dir, 'een-bestand')
    await writeFile(file, 'x')
    // The folder cannot be created: a file is in the way.
    const store = createDisplaySettingsStore(join(file, 'sub'), () => NOW)
    await expect(store.save(chosen)).rejects.toThrow()
    // The queue goes on after a failure.
    await expect(store.save(chosen)).rejects.toThrow()
  })
})
