import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

export interface AutosaveSample {
  /** Bytes of the autosave (session.json); 0 before the first write. */
  readonly sessionBytes: number
  /** Bytes of every file in the folder, the backup and any temp file included. */
  readonly totalBytes: number
  readonly files: number
}

/** What is in the autosave folder now. A file renamed away between listing and stat is skipped. */
export async function sampleAutosave(dir: string): Promise<AutosaveSample> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  let sessionBytes = 0
  let totalBytes = 0
  let files = 0
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const size = await stat(join(dir, entry.name)).then(
      (s) => s.size,
      () => null,
    )
    if (size === null) continue
    files += 1
    totalBytes += size
    if (entry.name === 'session.json') sessionBytes = size
  }
  return { sessionBytes, totalBytes, files }
}

/** The largest of each over all samples. */
export function largestOf(samples: readonly AutosaveSample[]): AutosaveSample {
  return {
    sessionBytes: Math.max(0, ...samples.map((s) => s.sessionBytes)),
    totalBytes: Math.max(0, ...samples.map((s) => s.totalBytes)),
    files: Math.max(0, ...samples.map((s) => s.files)),
  }
}
