// Renders our SVG icons with Debian's Chromium and packs them into the files electron-builder
// reads from resources/build: icon.ico, icon.icns, icons/NxN.png (Linux) and the same for the
// session-file type. The ICO and ICNS containers are written here: both formats are a short
// header plus the images, so no image package is needed. Run: `npm run icons`.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const iconsDir = join(root, 'resources/icons')
const buildDir = join(root, 'resources/build')

/** Windows picks the entry nearest to what it draws; these are the sizes Explorer and the taskbar use. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** Freedesktop icon-theme sizes for the AppImage and deb. */
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512]
/** Large masters kept next to the SVG (documentation, future window icons). */
const MASTER_SIZES = [1024, 512, 256]
/** ICNS entry types with PNG data and the pixel size each holds (Retina types are 2x). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
]

// Same offline, quiet launch as tests/e2e/harness/browser.ts (that file is TypeScript).
async function launch() {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * Draws the SVG on a canvas at each size: the vector is rasterised at that size (not scaled down
 * from a large bitmap), and the canvas gives both the PNG and the straight RGBA pixels the
 * BMP entries of the ICO need.
 */
async function rasterise(page, svg, sizes) {
  const dataUri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  const results = await page.evaluate(
    async ({ uri, list }) => {
      const image = new Image()
      image.src = uri
      await image.decode()
      return list.map((size) => {
        const canvas = document.createElement('canvas')
        canvas.width = size
        canvas.height = size
        const context = canvas.getContext('2d')
        context.imageSmoothingQuality = 'high'
        context.drawImage(image, 0, 0, size, size)
        // Raw pixels only where a BMP entry needs them: serialising megapixels is slow.
        const rgba = size < 256 ? Array.from(context.getImageData(0, 0, size, size).data) : []
        return { size, png: canvas.toDataURL('image/png').split(',')[1], rgba }
      })
    },
    { uri: dataUri, list: sizes },
  )
  return new Map(
    results.map((r) => [
      r.size,
      { png: Buffer.from(r.png, 'base64'), rgba: Uint8Array.from(r.rgba), size: r.size },
    ]),
  )
}

/** A 32-bit BMP icon image: BITMAPINFOHEADER, bottom-up BGRA rows, then the 1-bit AND mask. */
function bmpEntry({ size, rgba }) {
  const maskStride = Math.ceil(size / 32) * 4
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // colour rows plus mask rows
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  header.writeUInt32LE(size * size * 4 + maskStride * size, 20)
  const pixels = Buffer.alloc(size * size * 4)
  const mask = Buffer.alloc(maskStride * size)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = (row * size + x) * 4
      pixels[to] = rgba[from + 2]
      pixels[to + 1] = rgba[from + 1]
      pixels[to + 2] = rgba[from]
      pixels[to + 3] = rgba[from + 3]
      if (rgba[from + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7)
    }
  }
  return Buffer.concat([header, pixels, mask])
}

/**
 * ICO: PNG for 256 px, classic 32-bit BMP below it — what Windows' icon guidelines describe and
 * what every tool in the chain (NSIS, the exe resource editor, older Explorer views) reads.
 */
function packIco(images) {
  const entries = ICO_SIZES.map((size) => {
    const image = images.get(size)
    return { size, data: size >= 256 ? image.png : bmpEntry(image) }
  })
  const header = Buffer.alloc(6 + 16 * entries.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(entries.length, 4)
  let offset = header.length
  entries.forEach(({ size, data }, i) => {
    const at = 6 + i * 16
    header.writeUInt8(size >= 256 ? 0 : size, at)
    header.writeUInt8(size >= 256 ? 0 : size, at + 1)
    header.writeUInt16LE(1, at + 4)
    header.writeUInt16LE(32, at + 6)
    header.writeUInt32LE(data.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...entries.map((e) => e.data)])
}

/** ICNS: 'icns' + total length, then per entry its type, length (header included) and PNG. */
function packIcns(images) {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = images.get(size).png
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(entries)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

async function main() {
  await mkdir(join(buildDir, 'icons'), { recursive: true })
  const browser = await launch()
  try {
    const page = await browser.newPage()
    const allSizes = [...new Set([...ICO_SIZES, ...LINUX_SIZES, ...MASTER_SIZES])]

    const app = await rasterise(page, await readFile(join(iconsDir, 'icon.svg'), 'utf8'), allSizes)
    for (const size of MASTER_SIZES) {
      await writeFile(join(iconsDir, `icon-${size}.png`), app.get(size).png)
    }
    for (const size of LINUX_SIZES) {
      await writeFile(join(buildDir, 'icons', `${size}x${size}.png`), app.get(size).png)
    }
    await writeFile(join(buildDir, 'icon.ico'), packIco(app))
    await writeFile(join(buildDir, 'icon.icns'), packIcns(app))

    const fileSvg = await readFile(join(iconsDir, 'session-file.svg'), 'utf8')
    const file = await rasterise(page, fileSvg, allSizes)
    await writeFile(join(buildDir, 'session-file.ico'), packIco(file))
    await writeFile(join(buildDir, 'session-file.icns'), packIcns(file))
  } finally {
    await browser.close()
  }
  console.log('icons written to resources/icons and resources/build')
}

await main()
