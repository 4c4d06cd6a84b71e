import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { fromRoot } from '../../support/paths'

export interface AxeFinding {
  readonly id: string
  readonly impact: string
  readonly help: string
  readonly targets: string[]
}

let source: Promise<string> | null = null

/**
 * Runs axe-core inside the page and returns the serious and critical findings. The script is
 * evaluated through the DevTools protocol, so the page's strict CSP stays as it is.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  source ??= readFile(fromRoot('node_modules/axe-core/axe.min.js'), 'utf8')
  const script = await source
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(script)
  return page.evaluate(async () => {
    interface AxeResult {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[] }[]
      }[]
    }
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe
    const result = await axe.run(document)
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
      }))
  })
}
