import { describe, expect, it } from 'vitest'
import { createAppLog, formatLogLine, type LogLevel } from '@core/log/app-log'
import { stackFrames, withoutHome } from '@core/log/error-stack'
import {
  archCode,
  errorCode,
  errorNameCode,
  extensionCode,
  platformCode,
  versionCode,
  type LogCode,
} from '@core/log/log-codes'

function recorder() {
  const lines: { level: LogLevel; line: string }[] = []
  const log = createAppLog((level, line) => lines.push({ level, line }), { home: '/home/anna' })
  return { log, lines }
}

describe('the app log', () => {
  it('writes an event as its name and key=value pairs', () => {
    const { log, lines } = recorder()
    log.logEvent('report-saved', { formats: 2, where: 'fallback', reason: 'timeout', retry: false })
    log.logEvent('autosave-recovered')
    expect(lines).toEqual([
      { level: 'info', line: 'report-saved formats=2 where=fallback reason=timeout retry=false' },
      { level: 'info', line: 'autosave-recovered' },
    ])
  })

  it('writes failures as warnings', () => {
    const { log, lines } = recorder()
    log.logEvent('session-file-refused', { source: 'system', problem: 'corrupt' })
    expect(lines[0]?.level).toBe('warn')
  })

  it('writes "invalid" for a value cast past the types, and drops odd keys', () => {
    const smuggled = 'Dilemma: mag ik dit zeggen?' as unknown as LogCode
    expect(formatLogLine('app-start', { locale: smuggled, 'key with space': 1 })).toBe(
      'app-start locale=invalid',
    )
    expect(formatLogLine('displays-changed', { count: Number.NaN })).toBe(
      'displays-changed count=NaN',
    )
  })

  it('logs an error by kind, code and frames, never its message', () => {
    const { log, lines } = recorder()
    const error = Object.assign(
      new TypeError("Kan '/home/anna/Geheim dilemma.dilemmas' niet lezen"),
      {
        code: 'EACCES',
      },
    )
    error.stack = [
      "TypeError: Kan '/home/anna/Geheim dilemma.dilemmas' niet lezen",
      '    at readIt (/home/anna/app/out/main/index.js:10:5)',
      '    at new Promise (<anonymous>)',
      '    at C:\\Users\\Anna\\app\\index.js:3:1',
    ].join('\n')
    log.logError('uncaught-exception', error)
    expect(lines).toEqual([
      {
        level: 'error',
        line: [
          'uncaught-exception error=TypeError code=EACCES',
          '    at readIt (~/app/out/main/index.js:10:5)',
          '    at new Promise (<anonymous>)',
          '    at C:\\Users\\Anna\\app\\index.js:3:1',
        ].join('\n'),
      },
    ])
  })

  it('leaves out a multi-line message, even lines that look like frames', () => {
    const error = new Error('eerste regel\n    at Titel van het dilemma (x:1:1)\nderde')
    error.stack = `Error: ${error.message}\n    at run (/opt/app/main.js:1:2)`
    expect(stackFrames(error, '/home/anna')).toEqual(['    at run (/opt/app/main.js:1:2)'])
  })

  it('logs something thrown that is not an error as kind and code "other"/"none"', () => {
    const { log, lines } = recorder()
    log.logError('unhandled-rejection', 'Het geheime dilemma')
    expect(lines[0]?.line).toBe('unhandled-rejection error=other code=none')
  })
})

describe('log codes', () => {
  it('replaces the home folder in both slash directions and any letter case', () => {
    expect(withoutHome('at C:\\Users\\Anna\\x.js', 'C:\\Users\\Anna')).toBe('at ~\\x.js')
    expect(withoutHome('file:///c:/users/anna/x.js', 'C:\\Users\\Anna')).toBe('file:///~/x.js')
    expect(withoutHome('/home/anna/x', '/')).toBe('/home/anna/x')
  })

  it('keeps only known platforms, architectures and error codes', () => {
    expect(platformCode('win32')).toBe('win32')
    expect(platformCode('freebsd')).toBe('other')
    expect(archCode('arm64')).toBe('arm64')
    expect(archCode('mips')).toBe('other')
    expect(errorCode(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('ENOSPC')
    expect(errorCode(Object.assign(new Error('x'), { code: 'Team Zuid' }))).toBe('other')
    expect(errorCode(new Error('x'))).toBe('none')
    expect(errorNameCode(new RangeError('x'))).toBe('RangeError')
    expect(errorNameCode(Object.assign(new Error('x'), { name: 'Team Zuid' }))).toBe('other')
  })

  it('keeps a version number, nothing that is not one', () => {
    expect(versionCode('0.1.0')).toBe('0.1.0')
    expect(versionCode('45.5.0-beta.2')).toBe('45.5.0-beta.2')
    expect(versionCode('1.0 Team Zuid')).toBe('other')
  })

  it('keeps only the extension of a file name', () => {
    expect(extensionCode('2026-11-29 Team Zuid.dilemmas')).toBe('dilemmas')
    expect(extensionCode('C:\\Verslagen\\Geheim.JSON')).toBe('json')
    expect(extensionCode('Geheim dilemma.docx')).toBe('other')
    expect(extensionCode('Geheim dilemma')).toBe('none')
    expect(extensionCode('.dilemmas')).toBe('none')
  })
})
