import { describe, expect, it } from 'vitest'
import { qrCodeSvg } from '@core/print/qr-code'

describe('the QR code', () => {
  it('is an inline SVG with a viewBox and a label, made without a canvas', async () => {
    const svg = await qrCodeSvg('https://grenzeloossamenwerken.nl/', 'QR-code')
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/)
    expect(svg).toContain('role="img" aria-label="QR-code"')
    expect(svg.endsWith('</svg>')).toBe(true)
    expect(svg).not.toMatch(/<script|<image|href=/i)
  })

  it('is the same for the same address and differs for another', async () => {
    const a = await qrCodeSvg('https://grenzeloossamenwerken.nl/', 'x')
    expect(await qrCodeSvg('https://grenzeloossamenwerken.nl/', 'x')).toBe(a)
    expect(await qrCodeSvg('https://www.example.nl/gids', 'x')).not.toBe(a)
  })

  it('keeps its quiet zone: a QR symbol (17 + 4n modules) plus four modules each side', async () => {
    const svg = await qrCodeSvg('https://grenzeloossamenwerken.nl/', 'x')
    const size = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1])
    expect(size).toBeGreaterThan(8 + 17)
    expect((size - 8 - 17) % 4).toBe(0)
  })

  it('escapes its label', async () => {
    const svg = await qrCodeSvg('https://example.nl/', '"><script>')
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&quot;&gt;&lt;script&gt;')
  })
})
