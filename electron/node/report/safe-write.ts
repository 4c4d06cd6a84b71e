import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { NO_ANSWER_LIMIT_MS, withTimeLimit } from '../../core/async/time-limit'
import { cutToBytes, fileNameBytes, MAX_FILE_NAME_BYTES } from '../../core/text/file-name'
import type { FileOps } from './file-ops'
import { retryTransient } from '../../core/persistence/retry'
import type { ReportFailureReason } from '../../core/report/report-contract'
import { placeWithoutOverwrite, type RetryOptions } from './safe-write-place'
import { classifyWriteError, VerifyError } from '../../core/report/safe-write-errors'

/** A network drive that has not finished a report in this time is given up on. */
export const DEFAULT_WRITE_TIMEOUT_MS = NO_ANSWER_LIMIT_MS

export interface SafeWriteOptions {
  readonly files: FileOps
  readonly timeoutMs?: number
  readonly retry?: RetryOptions
  /** Creates the folder first: for the local fallback folder, never for the shared one. */
  readonly createFolder?: boolean
  /** Called when the written bytes are read back. */
  readonly onVerify?: () => void
}

export type SafeWriteResult =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly reason: ReportFailureReason }

const TEMP_START = '.~'
const tempEnd = () => `.${randomBytes(6).toString('hex')}.tmp`

/**
 * Beside the final file (a rename only stays atomic within one folder), hidden where it can. The
 * name is shortened so the temp name, longer by its marks, also fits the file system's limit.
 */
export function tempFileName(name: string): string {
  const end = tempEnd()
  const room = MAX_FILE_NAME_BYTES - fileNameBytes(TEMP_START) - fileNameBytes(end)
  return `${TEMP_START}${cutToBytes(name, room)}${end}`
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
}

async function writeSteps(
  folder: string,
  name: string,
  data: Uint8Array,
  options: SafeWriteOptions,
  stopIfAbandoned: () => void,
): Promise<string> {
  const { files, retry } = options
  if (options.createFolder) await retryTransient(() => files.mkdir(folder), retry)
  const temp = join(folder, tempFileName(name))
  const file = await retryTransient(() => files.create(temp), retry)
  try {
    try {
      stopIfAbandoned()
      await file.write(data)
      stopIfAbandoned()
      // Best effort: not every share supports it, and the read-back below is the real check.
      await file.sync().catch(() => undefined)
    } catch (error) {
      await file.close().catch(() => undefined)
      throw error
    }
    // A share may only report a failed write (a full disk) when the file is closed.
    await file.close()
    stopIfAbandoned()
    // Read back before the file gets its name, so a name never shows a file that differs.
    options.onVerify?.()
    const back = await retryTransient(() => files.readFile(temp), retry)
    if (!sameBytes(back, data)) throw new VerifyError()
    stopIfAbandoned()
    return await placeWithoutOverwrite(files, temp, folder, name, retry)
  } catch (error) {
    await retryTransient(() => files.unlink(temp), retry).catch(() => undefined)
    throw error
  }
}

/**
 * Writes `data` into `folder` under the first free name of `name`, "name (2)", …: a temp file in
 * the same folder, written, synced, read back and compared, then given its name without
 * replacing anything. Transient Windows errors (antivirus, a file open elsewhere) are retried a
 * few times. A write that takes longer than the timeout is abandoned: it goes on in the
 * background (a file system call cannot be cancelled) but stops at its next step and removes its
 * temp file. Only when the naming call itself is the one that hangs can a complete copy still
 * appear in the folder later; it is never a partial one.
 */
export async function writeSafely(
  folder: string,
  name: string,
  data: Uint8Array,
  options: SafeWriteOptions,
): Promise<SafeWriteResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS
  try {
    const placed = await withTimeLimit(timeoutMs, ({ stopIfAbandoned }) =>
      writeSteps(folder, name, data, options, stopIfAbandoned),
    )
    return { ok: true, name: placed }
  } catch (error) {
    return { ok: false, reason: classifyWriteError(error) }
  }
}
