import { resolve } from 'node:path'

/**
 * The project root. Test code resolves every path from here, so it works both under Vitest and
 * bundled into one file by the benchmark runner (which sets __dirname to this folder).
 */
export const PROJECT_ROOT = resolve(__dirname, '../..')

export const fromRoot = (...parts: string[]): string => resolve(PROJECT_ROOT, ...parts)
