/**
 * Just enough of PNG, ICO and ICNS to check our icon files: the headers and the size of every
 * image, read the way Windows, macOS and electron-builder read them.
 */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export interface PngInfo {
  width: number
  height: number
  bitDepth: number
  colourType: number
}

export function isPng(data: Buffer): boolean {
  return data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)
}

/** Width, height and pixel format from the IHDR chunk, which PNG requires to come first. */
export function readPng(data: Buffer): PngInfo {
  if (!isPng(data)) throw new Error('not a PNG: the signature is missing')
  if (data.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('PNG without IHDR')
  return {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    bitDepth: data.readUInt8(24),
    colourType: data.readUInt8(25),
  }
}

export type IcoImage =
  | { format: 'png'; size: number; png: PngInfo }
  | { format: 'bmp'; size: number; width: number; height: number; bitCount: number }

export interface IcoEntry {
  /** What the directory says (0 in the file means 256). */
  size: number
  bitCount: number
  image: IcoImage
}

/** The icon directory and each image it points at; throws when an entry points outside the file. */
export function readIco(data: Buffer): IcoEntry[] {
  if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('not an ICO')
  const count = data.readUInt16LE(4)
  const entries: IcoEntry[] = []
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 16
    const width = data.readUInt8(at) || 256
    const height = data.readUInt8(at + 1) || 256
    if (width !== height) throw new Error(`ICO entry ${i} is not square`)
    const length = data.readUInt32LE(at + 8)
    const offset = data.readUInt32LE(at + 12)
    if (offset + length > data.length) throw new Error(`ICO entry ${i} runs past the file`)
    const body = data.subarray(offset, offset + length)
    entries.push({ size: width, bitCount: data.readUInt16LE(at + 6), image: readIcoImage(body) })
  }
  return entries
}

function readIcoImage(body: Buffer): IcoImage {
  if (isPng(body)) {
    const png = readPng(body)
    return { format: 'png', size: png.width, png }
  }
  if (body.readUInt32LE(0) !== 40)
    throw new Error('ICO image is neither PNG nor a BITMAPINFOHEADER')
  const width = body.readInt32LE(4)
  // A BMP icon image stores the colour rows and the mask rows: twice the icon's height.
  const height = body.readInt32LE(8) / 2
  return { format: 'bmp', size: width, width, height, bitCount: body.readUInt16LE(14) }
}

export interface IcnsEntry {
  type: string
  png: PngInfo
}

/** The ICNS entries; every one of ours holds a PNG. The declared lengths must add up exactly. */
export function readIcns(data: Buffer): IcnsEntry[] {
  if (data.subarray(0, 4).toString('latin1') !== 'icns') throw new Error('not an ICNS')
  if (data.readUInt32BE(4) !== data.length) throw new Error('ICNS length does not match the file')
  const entries: IcnsEntry[] = []
  let at = 8
  while (at < data.length) {
    const type = data.subarray(at, at + 4).toString('latin1')
    const length = data.readUInt32BE(at + 4)
    if (length < 8 || at + length > data.length) throw new Error(`ICNS entry ${type} is broken`)
    entries.push({ type, png: readPng(data.subarray(at + 8, at + length)) })
    at += length
  }
  return entries
}

/** Pixel size of each PNG-capable ICNS type (the Retina types hold twice their point size). */
export const ICNS_TYPE_SIZES: Readonly<Record<string, number>> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
}
