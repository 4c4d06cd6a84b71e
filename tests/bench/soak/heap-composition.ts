import { z } from 'zod'
import type { CDPSession } from 'playwright-core'

/**
 * A page's heap split by what holds the bytes, from a V8 heap snapshot. Only the third part is
 * the page's data; the first two are V8's own and grow by high-water marks, never shrinking:
 * functions compiled as they get hot, and hash tables (a WeakMap's table keeps the size it
 * once needed, however few entries are still alive) and V8's lists (a slot for each script
 * compiled between two collections). A leak shows in the third part, and as more DOM nodes.
 */
export interface HeapComposition {
  /** Bytecode, compiled code, type feedback. */
  readonly code: number
  /** Hash-table and list backing stores, hidden classes, V8's own system objects. */
  readonly bookkeeping: number
  /** Objects, closures, strings, numbers and the elements of arrays: what the page's code made. */
  readonly objects: number
}

/** Where each page's heap is, at one moment of the day. */
export interface Compositions {
  readonly presenter: HeapComposition
  readonly projector: HeapComposition
}

/** Node types whose bytes are the page's own values. */
const OBJECT_TYPES = new Set([
  'object',
  'closure',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'regexp',
  'symbol',
  'bigint',
])

/** V8's internal arrays have no name; a JS array's elements are named `(object elements)`. */
const V8_INTERNAL_ARRAY = ''
/** Native nodes of V8 itself; the rest of `native` is Blink's (DOM, CSS), outside the JS heap. */
const V8_NATIVE_PREFIX = 'system / '

const snapshotShape = z.object({
  snapshot: z.object({
    meta: z.object({
      node_fields: z.array(z.string()),
      node_types: z.tuple([z.array(z.string())]).rest(z.unknown()),
    }),
  }),
  nodes: z.array(z.number()),
  strings: z.array(z.string()),
})

function partOf(type: string, name: string): keyof HeapComposition | undefined {
  if (type === 'code') return 'code'
  if (OBJECT_TYPES.has(type)) return 'objects'
  if (type === 'array') return name === V8_INTERNAL_ARRAY ? 'bookkeeping' : 'objects'
  if (type === 'hidden' || type === 'object shape') return 'bookkeeping'
  if (type === 'native' && name.startsWith(V8_NATIVE_PREFIX)) return 'bookkeeping'
  // Blink's natives and the snapshot's synthetic roots are not in the JS heap.
  return undefined
}

/** Sums a heap snapshot's self sizes into the three parts. */
export function heapComposition(snapshotJson: string): HeapComposition {
  const { snapshot, nodes, strings } = snapshotShape.parse(JSON.parse(snapshotJson))
  const fields = snapshot.meta.node_fields
  const [types] = snapshot.meta.node_types
  const fieldAt = (field: string): number => {
    const at = fields.indexOf(field)
    if (at < 0) throw new Error(`heap snapshot nodes without ${field}`)
    return at
  }
  const [typeAt, nameAt, sizeAt] = [fieldAt('type'), fieldAt('name'), fieldAt('self_size')]
  const parts = { code: 0, bookkeeping: 0, objects: 0 }
  for (let at = 0; at < nodes.length; at += fields.length) {
    const type = types[nodes[at + typeAt] ?? -1] ?? ''
    const name = strings[nodes[at + nameAt] ?? -1] ?? ''
    const part = partOf(type, name)
    if (part !== undefined) parts[part] += nodes[at + sizeAt] ?? 0
  }
  return parts
}

/** A heap snapshot of the page, streamed over the DevTools protocol. */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = []
  const collect = ({ chunk }: { chunk: string }) => {
    chunks.push(chunk)
  }
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect)
  }
  return chunks.join('')
}

/** The page's DevTools session is all it needs, as in `PageProbe`. */
export const compositionOf = async ({ cdp }: { cdp: CDPSession }): Promise<HeapComposition> =>
  heapComposition(await takeHeapSnapshot(cdp))
