/** Error codes Windows gives while antivirus or another program briefly holds a file. */
const TRANSIENT_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown }
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

export function isTransientFileError(error: unknown): boolean {
  const code = errorCode(error)
  return code !== undefined && TRANSIENT_CODES.has(code)
}

/** What `action` gives, or `missing` when it fails because nothing is at its path (ENOENT). */
export async function orIfMissing<T, M>(action: Promise<T>, missing: M): Promise<T | M> {
  try {
    return await action
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return missing
    throw error
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Retries an action a bounded number of times while it fails with a transient file error. */
export async function retryTransient<T>(
  action: () => Promise<T>,
  { attempts = 4, delayMs = 40 }: { attempts?: number; delayMs?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action()
    } catch (error) {
      if (attempt >= attempts || !isTransientFileError(error)) throw error
      await sleep(delayMs * attempt)
    }
  }
}
