import { TimeLimitError } from '../async/time-limit'
import { errorCode } from '../persistence/retry'
import type { ReportFailureReason } from './report-contract'

/** What was read back is not what was written. */
export class VerifyError extends Error {
  constructor() {
    super('read-back differs from what was written')
    this.name = 'VerifyError'
  }
}

/** Every numbered name up to the limit is taken. */
export class NoFreeNameError extends Error {
  constructor() {
    super('no free file name')
    this.name = 'NoFreeNameError'
  }
}

// A network drive that dropped away shows up as any of these, depending on the system.
const UNREACHABLE = new Set([
  'ENOENT',
  'ENOTDIR',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ESTALE',
  'ENODEV',
  'ENXIO',
])

const BY_CODE: ReadonlyMap<string, ReportFailureReason> = new Map([
  ['EACCES', 'no-permission'],
  ['EPERM', 'no-permission'],
  ['EROFS', 'read-only'],
  ['ENOSPC', 'disk-full'],
  ['EDQUOT', 'disk-full'],
  ['EFBIG', 'disk-full'],
  ['EBUSY', 'busy'],
  ['ETXTBSY', 'busy'],
])

/** Why a write failed, in the terms the facilitator sees. */
export function classifyWriteError(error: unknown): ReportFailureReason {
  if (error instanceof TimeLimitError) return 'timeout'
  if (error instanceof VerifyError) return 'verify-failed'
  const code = errorCode(error)
  if (code === undefined) return 'unknown'
  if (UNREACHABLE.has(code)) return 'unreachable'
  return BY_CODE.get(code) ?? 'unknown'
}
