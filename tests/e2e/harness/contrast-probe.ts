/**
 * Reads, in the page, the colours really rendered: for every visible element that directly holds
 * text, its computed text colour and the colours painted under its glyphs (found by hit-testing
 * points on each line, from the top layer down to the first opaque one; every stop of a gradient
 * counts, and semi-transparent layers are blended), and the WCAG contrast between them.
 */

export type Rgb = readonly [number, number, number]

export interface ContrastReport {
  readonly boxes: ContrastBox[]
  /** Texts with a box on the screen but no point where they are painted: checked by nobody. */
  readonly unchecked: string[]
}

export interface ContrastBox {
  readonly text: string
  readonly isName: boolean
  /** Whether the text stands in a principle's own area (its colour), not on the theme's ground. */
  readonly inPrinciple: boolean
  /** The worst contrast over every sampled point and every possible background colour. */
  readonly ratio: number
  readonly color: string
  /** Every background colour found under the text, as #rrggbb. */
  readonly backgrounds: string[]
}

/** Runs in the page (self-contained: no imports, no closures). */
export function probeContrast(): ContrastReport {
  type Rgba = [number, number, number, number]
  const canvas = document.createElement('canvas')
  canvas.width = 1
  canvas.height = 1
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) throw new Error('no 2d canvas')
  /** Any CSS colour (rgb(), color(srgb …), color-mix results) as 8-bit RGBA, via the canvas. */
  const toRgba = (css: string): Rgba => {
    context.clearRect(0, 0, 1, 1)
    context.fillStyle = 'rgba(0, 0, 0, 0)'
    context.fillStyle = css
    context.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data
    return [r, g, b, a / 255]
  }
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3]
    return [
      top[0] * a + below[0] * (1 - a),
      top[1] * a + below[1] * (1 - a),
      top[2] * a + below[2] * (1 - a),
      1,
    ]
  }
  const channel = (value: number) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = (c: Rgba) =>
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
  const ratio = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
    return (light + 0.05) / (dark + 0.05)
  }
  const hex = (c: Rgba) =>
    `#${c
      .slice(0, 3)
      .map((v) => Math.round(v).toString(16).padStart(2, '0'))
      .join('')}`
  const opacityOf = (element: Element) => {
    let opacity = 1
    for (let node: Element | null = element; node; node = node.parentElement)
      opacity *= parseFloat(getComputedStyle(node).opacity)
    return opacity
  }
  const COLOR = /(?:rgba?|color|oklab|oklch|lab|lch|hsla?)\([^()]*\)/g

  /** The possible colours painted at a point below everything else, top layer first. */
  const backgroundsAt = (x: number, y: number): Rgba[] => {
    const layers: Rgba[][] = []
    for (const element of document.elementsFromPoint(x, y)) {
      const style = getComputedStyle(element)
      const opacity = opacityOf(element)
      const withOpacity = (c: Rgba): Rgba => [c[0], c[1], c[2], c[3] * opacity]
      if (style.backgroundImage !== 'none') {
        const stops = [...style.backgroundImage.matchAll(COLOR)].map((m) =>
          withOpacity(toRgba(m[0])),
        )
        if (stops.length > 0) {
          layers.push(stops)
          if (stops.every((c) => c[3] >= 1)) break
        }
      }
      const color = withOpacity(toRgba(style.backgroundColor))
      if (color[3] > 0) {
        layers.push([color])
        if (color[3] >= 1) break
      }
    }
    // Whatever shows through at the very bottom: the window is black (the projector's body).
    let possible: Rgba[] = [[0, 0, 0, 1]]
    for (const layer of layers.reverse())
      possible = layer.flatMap((top) => possible.map((below) => over(top, below)))
    return possible
  }

  // Hit-test everything, also layers that let clicks through (the speakers' name tags). Through
  // the CSSOM, which the page's content security policy allows (a <style> element it does not).
  const passThrough = [...document.querySelectorAll<HTMLElement>('*')].filter(
    (element) => getComputedStyle(element).pointerEvents === 'none',
  )
  for (const element of passThrough)
    element.style.setProperty('pointer-events', 'auto', 'important')
  try {
    const byElement = new Map<Element, Text[]>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text
      const parent = text.parentElement
      if (!parent || text.data.trim() === '') continue
      if (parent.closest('script, style, template')) continue
      byElement.set(parent, [...(byElement.get(parent) ?? []), text])
    }
    const boxes: ContrastBox[] = []
    const unchecked: string[] = []
    for (const [element, texts] of byElement) {
      const style = getComputedStyle(element)
      const rect = element.getBoundingClientRect()
      if (style.visibility === 'hidden' || rect.width < 2 || rect.height < 2) continue
      const color = toRgba(style.color)
      const ink: Rgba = [color[0], color[1], color[2], color[3] * opacityOf(element)]
      const seen = new Map<string, Rgba>()
      let worst = Infinity
      for (const text of texts) {
        const range = document.createRange()
        range.selectNodeContents(text)
        for (const line of range.getClientRects()) {
          if (line.width < 1 || line.height < 1) continue
          const y = line.top + line.height / 2
          for (const share of [0.1, 0.5, 0.9]) {
            const x = line.left + line.width * share
            if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue
            // Only where the text is really painted (not clipped away by its box).
            if (!document.elementsFromPoint(x, y).includes(element)) continue
            for (const background of backgroundsAt(x, y)) {
              seen.set(hex(background), background)
              worst = Math.min(worst, ratio(over(ink, background), background))
            }
          }
        }
      }
      const label = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)
      if (seen.size === 0) {
        unchecked.push(label)
        continue
      }
      boxes.push({
        text: label,
        isName: element.closest('[data-role="principle-name"]') !== null,
        inPrinciple: element.closest('[data-principle-id]') !== null,
        ratio: Math.round(worst * 100) / 100,
        color: hex(ink),
        backgrounds: [...seen.keys()].sort(),
      })
    }
    return { boxes, unchecked }
  } finally {
    for (const element of passThrough) element.style.removeProperty('pointer-events')
  }
}
