import { buildStandin } from '../electron-standin/build'
import { buildBootBridge } from './support/build-bridge'

/** The stand-in and the real-Electron bridge are bundled once per run (`npm test` built out/). */
export default async function setup(): Promise<void> {
  await Promise.all([buildStandin(), buildBootBridge()])
}
