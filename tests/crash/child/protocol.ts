/**
 * The lines the autosave crash child writes to stdout, one per event. Shared by the child and
 * the test so both sides agree on the format.
 *
 *   ready <revision> <autosave|backup|none> <movedAside>   after recovery, before any command
 *   ack <revision> add <id> <title>                        an accepted 'dilemma/add'
 *   ack <revision> remove <id>                             an accepted 'dilemma/remove'
 *   ack <revision> current <id|->                          an accepted 'dilemma/make-current'
 *   fail <detail>                                          a rejected command or a failed save
 */
export type AckedOp =
  | { readonly kind: 'add'; readonly id: string; readonly title: string }
  | { readonly kind: 'remove'; readonly id: string }
  | { readonly kind: 'current'; readonly id: string | null }

export type ChildLine =
  | {
      readonly type: 'ready'
      readonly revision: number
      readonly source: 'autosave' | 'backup' | 'none'
      readonly movedAside: number
    }
  | { readonly type: 'ack'; readonly revision: number; readonly op: AckedOp }
  | { readonly type: 'fail'; readonly detail: string }

export function formatAck(revision: number, op: AckedOp): string {
  switch (op.kind) {
    case 'add':
      return `ack ${revision} add ${op.id} ${op.title}`
    case 'remove':
      return `ack ${revision} remove ${op.id}`
    case 'current':
      return `ack ${revision} current ${op.id ?? '-'}`
    default:
      return op satisfies never
  }
}

const wholeNumber = (text: string | undefined): number | null =>
  text !== undefined && /^\d+$/.test(text) ? Number(text) : null

/** Returns null for a line that does not follow the protocol. */
export function parseChildLine(line: string): ChildLine | null {
  const [type, ...rest] = line.split(' ')
  if (type === 'fail') return { type, detail: rest.join(' ') }
  if (type === 'ready') {
    const [revisionText, source, movedText] = rest
    const revision = wholeNumber(revisionText)
    const movedAside = wholeNumber(movedText)
    if (revision === null || movedAside === null) return null
    if (source !== 'autosave' && source !== 'backup' && source !== 'none') return null
    return { type, revision, source, movedAside }
  }
  if (type !== 'ack') return null
  const [revisionText, kind, id, title] = rest
  const revision = wholeNumber(revisionText)
  if (revision === null || id === undefined) return null
  if (kind === 'add' && title !== undefined && rest.length === 4)
    return { type, revision, op: { kind, id, title } }
  if (kind === 'remove' && rest.length === 3) return { type, revision, op: { kind, id } }
  if (kind === 'current' && rest.length === 3)
    return { type, revision, op: { kind, id: id === '-' ? null : id } }
  return null
}
