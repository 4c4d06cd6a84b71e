import type { Snapshot, WindowSnapshot } from './session/schema'

/** Wall-clock time in epoch milliseconds; injected so tests control time. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** Where accepted snapshots go to be kept; the host never waits for it. */
export interface SnapshotPersistence {
  schedule(snapshot: Snapshot): void
  flush(): Promise<void>
}

/** Writes one snapshot where it is kept (the autosave file); the saver decides when. */
export interface SnapshotWriter {
  write(snapshot: Snapshot): Promise<void>
}

export type SnapshotListener = (snapshot: WindowSnapshot) => void
