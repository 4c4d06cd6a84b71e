import type { ReportFailureReason, ReportFolderKind } from '../report/report-contract'
import type { Locale } from '../session/schema'
import type { SessionFileProblem } from '../session-file/session-file-contract'

/**
 * Every string the log may contain besides event names comes from one of these closed lists,
 * or passed a check (versions). A dilemma title, a name or a file name has no way in.
 */

export const LOG_PLATFORMS = ['win32', 'darwin', 'linux', 'other'] as const
export type LogPlatform = (typeof LOG_PLATFORMS)[number]

export const LOG_ARCHS = ['x64', 'arm64', 'ia32', 'arm', 'other'] as const
export type LogArch = (typeof LOG_ARCHS)[number]

export type LogWindowKind = 'presenter' | 'projector' | 'other'

/** The extension of a session file: the only part of its name the log keeps. */
export const LOG_EXTENSIONS = ['dilemmas', 'json', 'other', 'none'] as const
export type LogExtension = (typeof LOG_EXTENSIONS)[number]

export type LogFileSource = 'dialog' | 'recent' | 'system'

/** Why a window's page went away (Electron's RenderProcessGoneDetails reasons). */
export const LOG_GONE_REASONS = [
  'clean-exit',
  'abnormal-exit',
  'killed',
  'crashed',
  'oom',
  'launch-failed',
  'integrity-failure',
  'memory-eviction',
  'other',
] as const
export type LogGoneReason = (typeof LOG_GONE_REASONS)[number]

/** The system error codes a file operation can end in; anything else is 'other'. */
export const LOG_ERROR_CODES = [
  'EACCES',
  'EPERM',
  'EBUSY',
  'ENOENT',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EEXIST',
  'EISDIR',
  'ENOTDIR',
  'ENOTEMPTY',
  'ENAMETOOLONG',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EXDEV',
  'EAGAIN',
  'ETIMEDOUT',
  'EINVAL',
  'ECONNRESET',
  'none',
  'other',
] as const
export type LogErrorCode = (typeof LOG_ERROR_CODES)[number]

/** The kinds of JavaScript error; an error of another name is logged as 'other'. */
export const LOG_ERROR_NAMES = [
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'AggregateError',
  'AbortError',
  'ZodError',
  'NotAllowedError',
  'InvalidPayloadError',
  'other',
] as const
export type LogErrorName = (typeof LOG_ERROR_NAMES)[number]

declare const versionBrand: unique symbol
/** A version number that passed `versionCode`: digits and dots, at most a short suffix. */
export type LogVersion = string & { readonly [versionBrand]: true }

export type LogCode =
  | LogPlatform
  | LogArch
  | Locale
  | LogWindowKind
  | LogExtension
  | LogFileSource
  | LogGoneReason
  | LogErrorCode
  | LogErrorName
  | LogVersion
  | ReportFolderKind
  | ReportFailureReason
  | 'nothing-pending'
  | 'build-failed'
  | 'write-failed'
  | 'cancelled'
  | 'invalid-date'
  | SessionFileProblem
  | 'unexpected'

function oneOf<T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
    ? (value as T)
    : fallback
}

export const platformCode = (platform: string): LogPlatform =>
  oneOf(LOG_PLATFORMS, platform, 'other')

export const archCode = (arch: string): LogArch => oneOf(LOG_ARCHS, arch, 'other')

export const goneReasonCode = (reason: string): LogGoneReason =>
  oneOf(LOG_GONE_REASONS, reason, 'other')

const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}(-[0-9A-Za-z.]{1,24})?$/

export function versionCode(version: string): LogVersion | 'other' {
  return VERSION.test(version) ? (version as LogVersion) : 'other'
}

/** A Node error's `code` when it is one we know. */
export function errorCode(error: unknown): LogErrorCode {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined
  return code === undefined ? 'none' : oneOf(LOG_ERROR_CODES, code, 'other')
}

export function errorNameCode(error: unknown): LogErrorName {
  const name = error instanceof Error ? error.name : undefined
  return oneOf(LOG_ERROR_NAMES, name, 'other')
}

/** "2026-11-29 Team Zuid.dilemmas" → 'dilemmas': the title before the dot stays out. */
export function extensionCode(fileName: string): LogExtension {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return 'none'
  return oneOf(LOG_EXTENSIONS, base.slice(dot + 1).toLowerCase(), 'other')
}
