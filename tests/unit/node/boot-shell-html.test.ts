import { describe, expect, it } from 'vitest'
import { bootShellFirst } from '@node/boot-shell-html'
import { BOOT_SHELL_STYLES } from '@node/boot-shell-styles'

/** A page as Vite writes it: the entry script, a preloaded chunk and two stylesheets in the head. */
const BUILT_PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="UTF-8" />
    <title>Dansende Dilemma’s — beamer</title>
    <script type="module" crossorigin src="./assets/projector-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/ProjectorStage-b.js">
    <link rel="stylesheet" crossorigin href="./assets/ProjectorStage-c.css">
    <link rel="stylesheet" crossorigin href="./assets/projector-d.css">
  </head>
  <body>
    <div id="app">
      <div class="boot-shell boot-shell--stage" aria-busy="true">
        <p class="boot-shell__name">Dansende Dilemma’s</p>
      </div>
    </div>
  </body>
</html>
`

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'))
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'))

describe('bootShellFirst', () => {
  const page = bootShellFirst(BUILT_PAGE)

  it("puts the boot shell's styles inline in the head, exactly the text the CSP hashes", () => {
    expect(headOf(page)).toContain(`<style>${BOOT_SHELL_STYLES}</style>`)
    expect(page.match(/<style>/g)).toHaveLength(1)
  })

  it('moves every stylesheet out of the head to after the boot shell, in their order', () => {
    expect(headOf(page)).not.toContain('rel="stylesheet"')
    const body = bodyOf(page)
    const first = body.indexOf('ProjectorStage-c.css')
    const second = body.indexOf('projector-d.css')
    expect(body.indexOf('boot-shell__name')).toBeLessThan(first)
    expect(first).toBeLessThan(second)
    expect(second).toBeLessThan(body.indexOf('</body>'))
  })

  it('leaves the entry script in the head, so it is fetched as early as before', () => {
    expect(headOf(page)).toContain(
      '<script type="module" crossorigin src="./assets/projector-a.js">',
    )
  })

  it('drops the modulepreload hints: the entry fetches its chunks itself', () => {
    expect(page).not.toContain('modulepreload')
  })

  it('keeps everything else as it was', () => {
    const withoutMoves = (html: string) =>
      html
        .replace(/<link rel="(stylesheet|modulepreload)"[^>]*>/g, '')
        .replace(/<style>[^<]*<\/style>/g, '')
        .replace(/\s+/g, ' ')
    expect(withoutMoves(page)).toBe(withoutMoves(BUILT_PAGE))
  })

  it('gives a page without stylesheets (the dev server) its boot styles all the same', () => {
    const bare = BUILT_PAGE.replace(/ *<link rel="stylesheet"[^>]*>\n/g, '')
    expect(bootShellFirst(bare)).toContain(`<style>${BOOT_SHELL_STYLES}</style>`)
  })

  it('refuses a page without a head and a body rather than guess', () => {
    expect(() => bootShellFirst('<p>geen pagina</p>')).toThrow()
  })
})
