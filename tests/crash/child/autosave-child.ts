/**
 * Child program for the autosave crash test: the real SessionHost with the real autosave,
 * fed a steady stream of commands until the test kills it with SIGKILL.
 *
 *   node autosave-child.cjs <autosave dir> <seed> <label> <backup|no-backup>
 *
 * On start it recovers the autosave (resuming the session and revision it finds), then
 * dispatches commands every few milliseconds, with bursts and pauses, and writes one protocol
 * line per accepted command to stdout (see ./protocol.ts). On Linux a write to a pipe is
 * synchronous, so an ack line is in the pipe before the save that could contain it is started.
 */
import { SessionHost } from '@core/host/session-host'
import { systemClock } from '@core/ports'
import { recoverAutosave } from '@node/persistence/autosave-recovery'
import { createAutosaveWriter } from '@node/persistence/autosave-writer'
import { CoalescingSaver } from '@core/persistence/coalescing-saver'
import { createSession } from '@core/session/default-session'
import type { CommandInput } from '@core/commands/schema'
import { randomInt, seededRandom, type Random } from '../../support/seeded-random'
import { formatAck, type AckedOp } from './protocol'

/** Stay well below the 200-dilemma limit: at this size the oldest dilemma is removed first. */
const KEEP_DILEMMAS = 150
/** A child nobody kills (the test died) ends itself. */
const MAX_LIFETIME_MS = 60_000

function emit(line: string): void {
  process.stdout.write(`${line}\n`)
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')
}

/**
 * A command that changes the session: making the current dilemma current again would be
 * accepted without a new revision, so the child never sends it.
 */
function nextCommand(host: SessionHost, random: Random, title: () => string): CommandInput {
  const { dilemmas, currentDilemmaId } = host.getSnapshot().session
  const oldest = dilemmas[0]
  if (oldest !== undefined && dilemmas.length >= KEEP_DILEMMAS)
    return { type: 'dilemma/remove', id: oldest.id }
  const pick = random()
  const any = dilemmas[randomInt(random, 0, dilemmas.length - 1)]
  if (pick < 0.03 && any !== undefined) return { type: 'dilemma/remove', id: any.id }
  if (pick < 0.08) {
    const id = pick < 0.07 && any ? any.id : null
    if (id !== currentDilemmaId) return { type: 'dilemma/make-current', id }
  }
  return { type: 'dilemma/add', title: title(), description: '' }
}

function ackedOp(host: SessionHost, command: CommandInput): AckedOp {
  switch (command.type) {
    case 'dilemma/add': {
      const added = host.getSnapshot().session.dilemmas.at(-1)
      if (added === undefined) throw new Error('added dilemma not found')
      return { kind: 'add', id: added.id, title: added.title }
    }
    case 'dilemma/remove':
      return { kind: 'remove', id: command.id }
    case 'dilemma/make-current':
      return { kind: 'current', id: command.id }
    default:
      throw new Error(`the child never sends ${command.type}`)
  }
}

async function main(): Promise<void> {
  const [dir, seedText, label, backup] = process.argv.slice(2)
  if (dir === undefined || seedText === undefined || label === undefined)
    throw new Error('usage: autosave-child <dir> <seed> <label> <backup|no-backup>')
  if (backup !== 'backup' && backup !== 'no-backup')
    throw new Error(`the last argument is backup or no-backup, not ${backup}`)
  const random = seededRandom(Number(seedText))

  const recovery = await recoverAutosave(dir, systemClock.now())
  const found = recovery.found
  const writer = createAutosaveWriter(dir, systemClock, { keepBackup: backup === 'backup' })
  const saver = new CoalescingSaver(writer, {
    onError: (error) => emit(`fail save: ${describe(error)}`),
  })
  const host = new SessionHost({
    session: found?.snapshot.session ?? createSession(systemClock.now()),
    revision: found?.snapshot.revision ?? 0,
    clock: systemClock,
    persistence: saver,
  })
  emit(
    `ready ${host.getSnapshot().revision} ${found?.source ?? 'none'} ${recovery.movedAside.length}`,
  )

  let count = 0
  const title = (): string => `c-${label}-${++count}`
  const dispatchOne = (): void => {
    const command = nextCommand(host, random, title)
    const before = host.getSnapshot().revision
    const result = host.dispatch(command)
    if (!result.ok)
      emit(`fail ${command.type} rejected: ${result.error.code} ${result.error.detail}`)
    else if (result.revision !== before + 1)
      emit(`fail ${command.type} accepted as revision ${result.revision} after ${before}`)
    else emit(formatAck(result.revision, ackedOp(host, command)))
  }
  const step = (): void => {
    const burst = random() < 0.1 ? randomInt(random, 5, 25) : 1
    for (let i = 0; i < burst; i++) dispatchOne()
    const pace = random()
    const waitMs =
      pace < 0.15 ? 0 : pace < 0.93 ? randomInt(random, 1, 6) : randomInt(random, 10, 60)
    setTimeout(step, waitMs)
  }
  step()
}

// Leave when the test goes away (stdin closes) or after a generous maximum lifetime.
process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
setTimeout(() => process.exit(3), MAX_LIFETIME_MS).unref()

main().catch((error: unknown) => {
  emit(`fail child: ${describe(error)}`)
  process.exit(2)
})
