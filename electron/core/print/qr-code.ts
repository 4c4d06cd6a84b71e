import QRCode from 'qrcode'
import { escapeHtml } from '../report/html-escape'

/**
 * A QR code for a web address as an inline SVG string: made here, offline, so a printed item
 * never fetches an image. Level M survives a crease or a smudge on paper; margin 4 is the quiet
 * zone the standard asks for, so phones read it even on a busy page.
 */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `)
}
