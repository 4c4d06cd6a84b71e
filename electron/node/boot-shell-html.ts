import { BOOT_SHELL_STYLES } from './boot-shell-styles'

const STYLESHEET_LINK = /[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g
const MODULE_PRELOAD_LINK = /[ \t]*<link\b[^>]*\brel="modulepreload"[^>]*>\n?/g

/**
 * A built page, rearranged so its boot shell paints before the app's files are in: the shell's
 * own styles inline in the head, the stylesheet links moved from the head to the end of the body.
 * A stylesheet in the body holds back only what follows it, so the shell paints as soon as the
 * HTML is parsed; the module scripts still wait for every stylesheet before they run, so the app
 * never shows unstyled. The modulepreload hints go: the entry fetches its chunks one round trip
 * later by itself, and on a laptop with two busy cores compiling them beside the first paint
 * delayed it by tens of milliseconds.
 */
export function bootShellFirst(html: string): string {
  const headEnd = html.indexOf('</head>')
  const bodyEnd = html.lastIndexOf('</body>')
  if (headEnd < 0 || bodyEnd < headEnd) throw new Error('a page without a head and a body')
  const head = html.slice(0, headEnd)
  const links = head.match(STYLESHEET_LINK)?.map((link) => `    ${link.trim()}\n`) ?? []
  const styledHead = `${head.replace(STYLESHEET_LINK, '').replace(MODULE_PRELOAD_LINK, '').trimEnd()}\n    <style>${BOOT_SHELL_STYLES}</style>\n  `
  const body = html.slice(headEnd, bodyEnd)
  return `${styledHead}${body.trimEnd()}\n${links.join('')}  ${html.slice(bodyEnd)}`
}
