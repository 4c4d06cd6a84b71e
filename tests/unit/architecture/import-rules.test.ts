import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../support/paths'

/**
 * The project's own ESLint configuration, run on small texts as if they stood at a given path:
 * proves that the rooms' import rules fire (and stay quiet for what is allowed).
 */
const eslint = new ESLint({ cwd: PROJECT_ROOT })

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('no-restricted-imports'))
    .map((message) => message.message)
}

const importing = (specifier: string) => `import { x } from '${specifier}'\nexport const y = x\n`

describe('import rules: the core runs anywhere', () => {
  const core = 'electron/core/session/example.ts'

  it.each([
    'node:fs',
    'electron',
    'write-file-atomic',
    '@node/persistence/settings-file',
    '../../node/persistence/settings-file',
    '../../main/index',
    '../../ipc/handler',
    '@contract',
  ])('refuses %s', async (specifier) => {
    expect(await restrictedImports(core, importing(specifier))).toHaveLength(1)
  })

  it('refuses the Node corner from a file at the top of the core too', async () => {
    expect(
      await restrictedImports('electron/core/example.ts', importing('../node/x')),
    ).toHaveLength(1)
  })

  it.each(['./schema', '../ports', '@core/report/report-contract', 'zod'])(
    'allows %s',
    async (specifier) => {
      expect(await restrictedImports(core, importing(specifier))).toEqual([])
    },
  )
})

describe('import rules: the pages reach Node and Electron only through the preload', () => {
  const page = 'renderer/src/presenter/example.ts'

  it.each([
    'electron',
    'node:path',
    '@node/report/report-service',
    '../../../electron/node/report/report-service',
    '../../../electron/main/index',
    '../../../electron/preload/expose',
  ])('refuses %s', async (specifier) => {
    expect(await restrictedImports(page, importing(specifier))).toHaveLength(1)
  })

  it.each(['@core/session/schema', '@common/i18n', 'vue'])('allows %s', async (specifier) => {
    expect(await restrictedImports(page, importing(specifier))).toEqual([])
  })

  it("takes the contract's types but not its tables, which belong to main and the preloads", async () => {
    expect(await restrictedImports(page, importing('@contract'))).toHaveLength(1)
    const typesOnly =
      "import type { PresenterApi } from '@contract'\nexport type Api = PresenterApi\n"
    expect(await restrictedImports(page, typesOnly)).toEqual([])
  })
})

describe('import rules: the Node corner needs no Electron', () => {
  it.each(['electron', '../../main/index'])('refuses %s', async (specifier) => {
    const node = 'electron/node/report/example.ts'
    expect(await restrictedImports(node, importing(specifier))).toHaveLength(1)
  })
})

describe('import rules: the IPC contract builds on the core only', () => {
  const contract = 'electron/ipc/example.ts'

  it.each(['electron', 'node:fs', '../node/report/report-service', '../main/index'])(
    'refuses %s',
    async (specifier) => {
      expect(await restrictedImports(contract, importing(specifier))).toHaveLength(1)
    },
  )

  it.each(['../core/session/schema', './define', 'zod'])('allows %s', async (specifier) => {
    expect(await restrictedImports(contract, importing(specifier))).toEqual([])
  })
})
