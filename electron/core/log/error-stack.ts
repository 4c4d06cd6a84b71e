/**
 * The frames of an error's stack, without its message: a message can quote anything (a file
 * path with a dilemma title in it, a value that failed to parse), the frames only name code.
 */

const MAX_FRAMES = 20
const MAX_FRAME_LENGTH = 300
/** "    at fn (/path/file.js:12:3)", "    at /path/file.js:12:3", "    at new Promise (<anonymous>)" */
const FRAME = /^\s*at .+(?::\d+:\d+\)?|\(<anonymous>\)|\(native\))$/

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The user's home folder, in both slash directions and any letter case, becomes '~'. */
export function withoutHome(text: string, home: string): string {
  if (home.length < 2) return text
  const variants = new Set([home, home.replaceAll('\\', '/'), home.replaceAll('/', '\\')])
  let result = text
  for (const variant of variants) {
    result = result.replace(new RegExp(escapeRegExp(variant), 'gi'), '~')
  }
  return result
}

/** The stack below its first "name: message" part, when the stack starts with it. */
function afterMessage(error: Error, stack: string): string {
  const header = error.message ? `${error.name}: ${error.message}` : error.name
  return stack.startsWith(header) ? stack.slice(header.length) : stack
}

export function stackFrames(error: unknown, home: string): string[] {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return []
  return afterMessage(error, error.stack)
    .split(/\r?\n/)
    .filter((line) => line.length <= MAX_FRAME_LENGTH && FRAME.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => `    ${withoutHome(line.trim(), home)}`)
}
