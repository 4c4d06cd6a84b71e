import { readdirSync, readFileSync } from 'node:fs'
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
} from '@node/content-security-policy'
import { describe, expect, it, vi } from 'vitest'
import { PRINT_CSP } from '../../electron/main/report/print-pdf'
import { fromRoot } from '../support/paths'

vi.mock('electron', () => ({}))

/** A policy as directive name → its sources, in order. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) parsed.set(name, sources)
  }
  return parsed
}

function allSources(policy: string): string[] {
  return [...directives(policy).values()].flat()
}

const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/

/** The meta tag Vite wrote into a built page, with its HTML entities undone. */
function metaPolicy(html: string): string | null {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)
  if (!match?.[1]) return null
  return match[1]
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

describe('the content security policy of our pages', () => {
  it("lets a page connect to its own origin and nothing else: connect-src 'self'", () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual(["'self'"])
    expect(directives(CONTENT_SECURITY_POLICY_META).get('connect-src')).toEqual(["'self'"])
  })

  it('names no scheme, host or wildcard anywhere: only our own origin, none, or a hash', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(policy).not.toMatch(/(https?|wss?|ftp|data|blob|filesystem):/i)
      expect(policy).not.toContain('*')
      for (const source of allSources(policy)) {
        expect(["'self'", "'none'"].includes(source) || HASH.test(source), source).toBe(true)
      }
    }
  })

  it('refuses everything by default, scripts from anywhere but our files, plugins and forms', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('is the same as a meta tag, less frame-ancestors (which browsers ignore there)', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    header.delete('frame-ancestors')
    expect(directives(CONTENT_SECURITY_POLICY_META)).toEqual(header)
  })

  it('is written into every built page as its first meta tag', () => {
    const pages = readdirSync(fromRoot('out/renderer')).filter((file) => file.endsWith('.html'))
    expect(pages.sort()).toEqual(['identify.html', 'presenter.html', 'projector.html'])
    for (const page of pages) {
      const html = readFileSync(fromRoot('out/renderer', page), 'utf8')
      expect(metaPolicy(html), page).toBe(CONTENT_SECURITY_POLICY_META)
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
        html.indexOf('<script'),
      )
    }
  })
})

describe('the content security policy of the report print window', () => {
  it('allows no script and no connection at all, and nothing remote', () => {
    const policy = directives(PRINT_CSP)
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.has('script-src')).toBe(false)
    expect(policy.has('connect-src')).toBe(false)
    expect(PRINT_CSP).not.toMatch(/(https?|wss?|ftp|blob|filesystem):/i)
    expect(PRINT_CSP).not.toContain('*')
    expect(policy.get('img-src')).toEqual(['data:'])
    expect(policy.get('font-src')).toEqual(['data:'])
  })
})
