import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises'

/** A file opened for writing: the few things a safe write does with it. */
export interface WritableFile {
  write(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The file operations a safe write needs, over node:fs/promises by default. Tests wrap the
 * real ones to inject faults (a share that vanishes, a disk that fills, a write that hangs).
 */
export interface FileOps {
  /** Creates the folder and its parents; an existing folder is fine. */
  mkdir(path: string): Promise<void>
  /** Creates a new file for writing; fails with EEXIST when the name is taken. */
  create(path: string): Promise<WritableFile>
  /** Gives an existing file a second name; fails with EEXIST when the name is taken. */
  link(existing: string, newPath: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  readFile(path: string): Promise<Uint8Array>
  /** Fails with ENOENT when there is nothing at the path. */
  stat(path: string): Promise<{ readonly size: number }>
  unlink(path: string): Promise<void>
}

export const nodeFileOps: FileOps = {
  mkdir: async (path) => {
    await mkdir(path, { recursive: true })
  },
  create: async (path) => {
    const handle = await open(path, 'wx')
    return {
      write: async (data) => {
        await handle.writeFile(data)
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  link: (existing, newPath) => link(existing, newPath),
  rename: (from, to) => rename(from, to),
  readFile: (path) => readFile(path),
  stat: (path) => stat(path),
  unlink: (path) => unlink(path),
}
