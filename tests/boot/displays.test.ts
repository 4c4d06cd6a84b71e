import { describe, expect, it } from 'vitest'
import type { ElectronModule } from './support/app-under-test'
import { startedApp } from './support/started-app'

const BEAMER = {
  id: 2,
  label: 'Beamer zaal 3',
  bounds: { x: 1920, y: 0, width: 1280, height: 800 },
}

interface ProjectorPlace {
  readonly fullScreen: boolean
  readonly bounds: { x: number; y: number; width: number; height: number }
  readonly visible: boolean
}

function projectorPlace({ BrowserWindow }: ElectronModule): ProjectorPlace | null {
  const window = BrowserWindow.getAllWindows().find((candidate) =>
    candidate.webContents.getURL().endsWith('/projector.html'),
  )
  if (!window) return null
  return {
    fullScreen: window.isFullScreen(),
    bounds: window.getBounds(),
    visible: window.isVisible(),
  }
}

describe('a beamer plugged in and out', () => {
  const app = startedApp()
  const place = () => app.evaluateMain(projectorPlace, null)

  it('starts with the projector as a window beside the presenter on the laptop', async () => {
    const start = await place()
    expect(start?.fullScreen).toBe(false)
    expect(start?.visible).toBe(true)
    expect((start?.bounds.x ?? -1) + (start?.bounds.width ?? 0)).toBeLessThanOrEqual(1920)
  })

  it('moves the projector to the beamer, fullscreen, when one is plugged in', async () => {
    await app.addDisplay(BEAMER)
    await expect
      .poll(place)
      .toMatchObject({ fullScreen: true, bounds: BEAMER.bounds, visible: true })
    const projector = await app.window('projector')
    // The beamer page fills the beamer.
    await expect
      .poll(() => projector.evaluate(() => [innerWidth, innerHeight]))
      .toEqual([1280, 800])
  })

  it('brings it back to a window on the laptop when the beamer is unplugged', async () => {
    await app.removeDisplay(BEAMER.id)
    await expect.poll(async () => (await place())?.fullScreen).toBe(false)
    const back = await place()
    expect(back?.bounds.x).toBeGreaterThanOrEqual(0)
    expect((back?.bounds.x ?? 0) + (back?.bounds.width ?? 0)).toBeLessThanOrEqual(1920)
  })
})
