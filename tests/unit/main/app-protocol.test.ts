import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/node/content-security-policy'
import {
  handleAppProtocol,
  registerAppScheme,
  resolveAppFile,
} from '../../../electron/main/app-protocol'

type ProtocolHandler = (request: { url: string }) => Response | Promise<Response>

const electron = vi.hoisted(() => ({
  handlers: new Map<string, ProtocolHandler>(),
  privileged: [] as unknown[],
}))

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: ProtocolHandler) => {
      electron.handlers.set(scheme, handler)
    },
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      electron.privileged.push(...schemes)
    },
  },
}))

const SECRET = 'wachtwoord=geheim'
const PRESENTER_HTML = '<!doctype html><title>presentator</title>'
let base = ''
let root = ''

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'dilemmas-protocol-')))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'presenter.html'), PRESENTER_HTML)
  await writeFile(join(root, 'projector.html'), '<!doctype html><title>projector</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'app.css'), 'body{}')
  await writeFile(join(root, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  await writeFile(join(root, 'assets', 'blob.bin'), 'bytes')
  await writeFile(join(root, 'met spatie.html'), 'spatie')
  await writeFile(join(base, 'secret.txt'), SECRET)
  await writeFile(join(base, 'renderer-secret.txt'), SECRET)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

beforeEach(() => {
  electron.handlers.clear()
})

function isInside(parent: string, file: string): boolean {
  const rel = relative(parent, file)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep)
}

const TRAVERSALS = [
  'app://dilemmas/../secret.txt',
  'app://dilemmas/../../secret.txt',
  'app://dilemmas/%2e%2e/secret.txt',
  'app://dilemmas/%2E%2E/%2e%2e/secret.txt',
  'app://dilemmas/..%2fsecret.txt',
  'app://dilemmas/%2e%2e%2fsecret.txt',
  'app://dilemmas/assets/..%2f..%2fsecret.txt',
  'app://dilemmas/..%5csecret.txt',
  'app://dilemmas/%5c..%5csecret.txt',
  'app://dilemmas/assets%5c..%5c..%5csecret.txt',
  'app://dilemmas/%2e%2e%5csecret.txt',
  'app://dilemmas/..%2f..%2frenderer-secret.txt',
  `app://dilemmas/${encodeURIComponent('/etc/passwd')}`,
]

describe('resolveAppFile', () => {
  it('maps our pages and assets into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://dilemmas/presenter.html')).toBe(join(root, 'presenter.html'))
    expect(resolveAppFile(root, 'app://dilemmas/projector.html')).toBe(join(root, 'projector.html'))
    expect(resolveAppFile(root, 'app://dilemmas/assets/app.js')).toBe(
      join(root, 'assets', 'app.js'),
    )
  })

  it('serves the presenter page for the bare origin', () => {
    expect(resolveAppFile(root, 'app://dilemmas/')).toBe(join(root, 'presenter.html'))
  })

  it('ignores query and hash and decodes percent-encoding', () => {
    expect(resolveAppFile(root, 'app://dilemmas/presenter.html?v=2#top')).toBe(
      join(root, 'presenter.html'),
    )
    expect(resolveAppFile(root, 'app://dilemmas/met%20spatie.html')).toBe(
      join(root, 'met spatie.html'),
    )
  })

  it.each(TRAVERSALS)('never leaves the renderer folder: %s', (url) => {
    const file = resolveAppFile(root, url)
    if (file !== null) expect(isInside(root, file)).toBe(true)
    expect(file).not.toBe(join(base, 'secret.txt'))
  })

  it.each([
    'app://dilemmas/..%2fsecret.txt',
    'app://dilemmas/%2e%2e%2fsecret.txt',
    'app://dilemmas/..%5csecret.txt',
    'app://dilemmas/%2e%2e%5csecret.txt',
    'app://dilemmas/assets/..%2f..%2fsecret.txt',
  ])('refuses an encoded climb outright: %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull()
  })

  it('treats plain dot segments like the URL parser does: they collapse to the root page', () => {
    expect(resolveAppFile(root, 'app://dilemmas/.')).toBe(join(root, 'presenter.html'))
    expect(resolveAppFile(root, 'app://dilemmas/assets/..')).toBe(join(root, 'presenter.html'))
  })

  it('refuses the renderer folder itself', () => {
    expect(resolveAppFile(root, 'app://dilemmas')).toBeNull()
    expect(resolveAppFile(root, 'app://dilemmas/.%2f')).toBeNull()
    expect(resolveAppFile(root, 'app://dilemmas/assets%2f..')).toBeNull()
  })

  it.each([
    'app://evil/presenter.html',
    'app://dilemmas.evil/presenter.html',
    'app://dilemmas:8080/presenter.html',
    'app://sub.dilemmas/presenter.html',
  ])('refuses another host: %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull()
  })

  it.each([
    'file:///presenter.html',
    `file://${join(root, 'presenter.html')}`,
    'https://dilemmas/presenter.html',
    'http://dilemmas/presenter.html',
    'apps://dilemmas/presenter.html',
    'javascript:alert(1)',
    'presenter.html',
    '/presenter.html',
    '',
  ])('refuses another scheme or a non-URL: %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull()
  })

  it('refuses malformed percent-encoding instead of throwing', () => {
    expect(() => resolveAppFile(root, 'app://dilemmas/%E0%A4%A.html')).not.toThrow()
    expect(resolveAppFile(root, 'app://dilemmas/%E0%A4%A.html')).toBeNull()
    expect(resolveAppFile(root, 'app://dilemmas/%')).toBeNull()
  })

  describe('with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Dilemmas\\resources\\renderer'

    async function windowsResolve(): Promise<typeof resolveAppFile> {
      vi.resetModules()
      const { win32 } = await vi.importActual<typeof import('node:path')>('node:path')
      vi.doMock('node:path', () => ({ ...win32, default: win32 }))
      try {
        const mod = await import('../../../electron/main/app-protocol')
        return mod.resolveAppFile
      } finally {
        vi.doUnmock('node:path')
        vi.resetModules()
      }
    }

    it('maps pages with backslashes and refuses encoded backslash climbs', async () => {
      const resolveWin = await windowsResolve()
      expect(resolveWin(winRoot, 'app://dilemmas/presenter.html')).toBe(
        `${winRoot}\\presenter.html`,
      )
      for (const url of [
        'app://dilemmas/..%5csecret.txt',
        'app://dilemmas/%5c..%5csecret.txt',
        'app://dilemmas/assets%5c..%5c..%5csecret.txt',
        'app://dilemmas/..%2f..%5csecret.txt',
      ]) {
        expect(resolveWin(winRoot, url)).toBeNull()
      }
    })

    it('keeps drive letters and UNC-looking paths inside the renderer folder', async () => {
      const resolveWin = await windowsResolve()
      for (const url of [
        'app://dilemmas/C:/Windows/win.ini',
        'app://dilemmas/C:%5cWindows%5cwin.ini',
        'app://dilemmas//server/share/file.txt',
        'app://dilemmas/%5c%5cserver%5cshare%5cfile.txt',
      ]) {
        const file = resolveWin(winRoot, url)
        if (file !== null) expect(file.startsWith(`${winRoot}\\`)).toBe(true)
      }
    })
  })
})

describe('handleAppProtocol', () => {
  /** A freshly registered handler, which reads every file anew. */
  function registered(): ProtocolHandler {
    handleAppProtocol(root)
    const handler = electron.handlers.get('app')
    if (!handler) throw new Error('no handler registered for app://')
    return handler
  }

  async function get(url: string): Promise<Response> {
    return await registered()({ url })
  }

  it('registers its handler on the app scheme only', () => {
    handleAppProtocol(root)
    expect([...electron.handlers.keys()]).toEqual(['app'])
  })

  it('serves a real file with its content type and the content security policy', async () => {
    const response = await get('app://dilemmas/presenter.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe(PRESENTER_HTML)
  })

  it('serves the presenter page at the root', async () => {
    expect(await (await get('app://dilemmas/')).text()).toBe(PRESENTER_HTML)
  })

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/logo.png', 'image/png'],
    ['assets/blob.bin', 'application/octet-stream'],
  ])('sends %s as %s, with the policy', async (path, type) => {
    const response = await get(`app://dilemmas/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 404 for a missing file', async () => {
    expect((await get('app://dilemmas/nope.html')).status).toBe(404)
  })

  it('answers 404 for a folder', async () => {
    expect((await get('app://dilemmas/assets')).status).toBe(404)
  })

  it.each(TRAVERSALS)('answers 404 and never the secret for %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(SECRET)
  })

  it('reads each file from disk once and answers from memory after that', async () => {
    const handler = registered()
    const text = async () => (await handler({ url: 'app://dilemmas/assets/once.js' })).text()
    await writeFile(join(root, 'assets', 'once.js'), 'console.log("first")')
    expect(await text()).toContain('first')
    await writeFile(join(root, 'assets', 'once.js'), 'console.log("second")')
    expect(await text()).toContain('first')
  })

  it('looks again for a file that was missing', async () => {
    const handler = registered()
    const url = 'app://dilemmas/assets/later.js'
    expect((await handler({ url })).status).toBe(404)
    await writeFile(join(root, 'assets', 'later.js'), 'console.log("later")')
    expect((await handler({ url })).status).toBe(200)
  })

  it('answers 404 for another host and for malformed encoding', async () => {
    expect((await get('app://evil/presenter.html')).status).toBe(404)
    expect((await get('app://dilemmas/%E0%A4%A.html')).status).toBe(404)
  })
})

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme with fetch support', () => {
    registerAppScheme()
    expect(electron.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      },
    ])
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim())

  it('allows neither eval nor inline script or style', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes')
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval')
  })

  it('names no remote origin and no wildcard', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/i)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/wss?:/i)
    expect(CONTENT_SECURITY_POLICY).not.toContain('*')
  })

  it('denies by default and allows scripts only from our own origin', () => {
    expect(directives).toContain("default-src 'none'")
    expect(directives).toContain("script-src 'self'")
    expect(directives).toContain("object-src 'none'")
    expect(directives).toContain("base-uri 'none'")
    expect(directives).toContain("frame-ancestors 'none'")
  })

  it('names each directive once', () => {
    const names = directives.map((d) => d.split(' ')[0])
    expect(new Set(names).size).toBe(names.length)
  })
})
