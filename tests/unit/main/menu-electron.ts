import { EventEmitter } from 'node:events'
import type { MenuItemConstructorOptions } from 'electron'
import { vi } from 'vitest'

/**
 * The parts of Electron the menu glue uses. It imports nothing of Electron itself, so a test
 * file can build it inside `vi.hoisted` and hand it to `vi.mock('electron', …)`.
 */
export function fakeMenuElectron() {
  const app = Object.assign(new EventEmitter(), {
    getName: () => "Dansende Dilemma's",
    getVersion: () => '0.1.0',
    setAboutPanelOptions: vi.fn<(options: Record<string, unknown>) => void>(),
  })
  return {
    app,
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn<(menu: { template: MenuItemConstructorOptions[] }) => void>(),
    },
    dialog: {
      showMessageBox: vi.fn<
        (...args: unknown[]) => Promise<{ response: number; checkboxChecked: boolean }>
      >(async () => ({ response: 0, checkboxChecked: false })),
    },
    shell: { openPath: vi.fn<(path: string) => Promise<string>>(async () => '') },
  }
}

export type FakeMenuElectron = ReturnType<typeof fakeMenuElectron>
