import { makeHome } from '../boot/support/boot-home'
import { measureIpcSync, measureStartup } from '../boot/support/measure-boot'
import { launchStandin } from '../boot/support/standin-app'
import { buildStandin } from '../electron-standin/build'
import { percentileOf, type Figure } from './table'

/** The built app on the Electron stand-in: start-up, and IPC through main's own handlers. */
export async function bootFigures(): Promise<Figure[]> {
  await buildStandin()
  const starts = await measureStartup(launchStandin, 10)
  const home = await makeHome()
  const app = await launchStandin({ home: home.path })
  try {
    const latencies = await measureIpcSync(app, 300)
    return [
      {
        name: 'main start → both windows show the session (stand-in), median of 10',
        unit: 'ms',
        measured: percentileOf(starts, 50),
      },
      {
        name: 'presenter command → projector DOM via main’s IPC (stand-in), median',
        unit: 'ms',
        measured: percentileOf(latencies, 50),
      },
      {
        name: 'presenter command → projector DOM via main’s IPC (stand-in), p95',
        unit: 'ms',
        measured: percentileOf(latencies, 95),
      },
    ]
  } finally {
    await app.kill()
    await home.remove()
  }
}
