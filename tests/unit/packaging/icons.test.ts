import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fromRoot } from '../../support/paths'
import { readConfig } from './support/builder-config'
import { ICNS_TYPE_SIZES, readIcns, readIco, readPng } from './support/image-formats'

const config = readConfig()
const RGBA = 6

function png(path: string) {
  return readPng(readFileSync(fromRoot(path)))
}

describe('icon sources and masters (resources/icons)', () => {
  it('has the SVG sources the icons are rendered from', () => {
    for (const name of ['icon.svg', 'session-file.svg']) {
      const svg = readFileSync(fromRoot('resources/icons', name), 'utf8')
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1024 1024">/)
    }
  })

  it.each([1024, 512, 256])('icon-%i.png is %i px square RGBA', (size) => {
    expect(png(`resources/icons/icon-${size}.png`)).toEqual({
      width: size,
      height: size,
      bitDepth: 8,
      colourType: RGBA,
    })
  })
})

describe('Linux icon set', () => {
  it('is a folder of NxN.png files whose names match their pixels, up to 512 px', () => {
    const dir = fromRoot(config.linux.icon ?? '')
    const files = readdirSync(dir).sort()
    expect(files).toEqual([16, 32, 48, 64, 128, 256, 512].map((s) => `${s}x${s}.png`).sort())
    for (const file of files) {
      const size = Number(file.split('x')[0])
      expect(readPng(readFileSync(join(dir, file)))).toMatchObject({ width: size, height: size })
    }
  })
})

describe.each([
  ['app icon', config.win.icon ?? '', config.mac.icon ?? ''],
  [
    'session-file icon',
    join(config.directories.buildResources, `${config.fileAssociations[0]?.icon}.ico`),
    join(config.directories.buildResources, `${config.fileAssociations[0]?.icon}.icns`),
  ],
])('%s', (_name, icoPath, icnsPath) => {
  it('ICO: seven images from 16 to 256 px, PNG at 256 and 32-bit BMP below', () => {
    const entries = readIco(readFileSync(fromRoot(icoPath)))
    expect(entries.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (const entry of entries) {
      expect(entry.bitCount).toBe(32)
      expect(entry.image.size).toBe(entry.size)
      if (entry.image.format === 'png') {
        expect(entry.size).toBe(256)
        expect(entry.image.png).toMatchObject({ height: 256, colourType: RGBA })
      } else {
        expect(entry.image).toMatchObject({ height: entry.size, bitCount: 32 })
      }
    }
  })

  it('ICNS: PNG entries from 16 to 1024 px, each the size its type promises', () => {
    const entries = readIcns(readFileSync(fromRoot(icnsPath)))
    expect(entries.map((e) => e.type).sort()).toEqual(
      ['icp4', 'icp5', 'ic11', 'ic12', 'ic07', 'ic13', 'ic08', 'ic14', 'ic09', 'ic10'].sort(),
    )
    for (const { type, png: info } of entries) {
      expect(info, type).toMatchObject({
        width: ICNS_TYPE_SIZES[type],
        height: ICNS_TYPE_SIZES[type],
        colourType: RGBA,
      })
    }
  })
})

describe('macOS entitlements', () => {
  it.each([config.mac.entitlements, config.mac.entitlementsInherit])(
    '%s allows JIT for V8 and nothing else',
    (file) => {
      expect(file.startsWith(`${config.directories.buildResources}/`)).toBe(true)
      const plist = readFileSync(fromRoot(file), 'utf8')
      const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])
      expect(keys).toEqual(['com.apple.security.cs.allow-jit'])
    },
  )
})
