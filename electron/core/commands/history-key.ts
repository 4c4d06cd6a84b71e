import type { SessionCommand } from './schema'

/** Fields a facilitator types (or drags, for a colour) in many small steps. */
const TYPED_FIELDS = new Set([
  'title',
  'location',
  'team',
  'moreInfo',
  'statement',
  'leftEnd',
  'rightEnd',
  'observation',
  'notes',
  'description',
  'contributor',
  'name',
  'summary',
  'explanation',
  'what',
  'who',
  'color',
])

/** The typed fields an edit changes, or null when it also changes anything else. */
function typedFields(command: object): string | null {
  const fields = Object.keys(command).filter((key) => key !== 'type' && key !== 'id')
  return fields.every((field) => TYPED_FIELDS.has(field)) ? fields.sort().join(',') : null
}

/**
 * Commands that follow the typing of one field share a key, so a burst of keystrokes becomes
 * one undo step instead of one per letter. Everything else is its own step (null): choosing a
 * variant, adding a facilitator or moving a date are single, deliberate acts.
 */
export function historyKey(command: SessionCommand): string | null {
  switch (command.type) {
    case 'setup/edit':
    case 'starter/edit': {
      const fields = typedFields(command)
      return fields === null ? null : `${command.type}:${fields}`
    }
    case 'phase/edit':
    case 'dilemma/edit':
    case 'principle/edit':
    case 'followup/edit': {
      const fields = typedFields(command)
      return fields === null ? null : `${command.type}:${command.id}:${fields}`
    }
    case 'dilemma/set-text':
      return `${command.type}:${command.id}:${command.field}`
    case 'harvest/edit':
      return `${command.type}:${command.list}:${command.id}`
    default:
      return null
  }
}
