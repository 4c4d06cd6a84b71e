import type { ProjectorScreen } from '@core/session/projector-screen'
import { formatClockTime } from '../../common/timers/timer-display'

type Translate = (key: string, values?: Record<string, unknown>) => string

/**
 * What the beamer shows, in words, from one message group (`shell.screens` for the status
 * line, `stage.screens` for the preview caption), so both name every screen the same way.
 */
export function screenName(
  screen: ProjectorScreen,
  group: 'shell.screens' | 'stage.screens',
  t: Translate,
  locale: string,
): string {
  switch (screen.kind) {
    case 'principle':
      return t(`${group}.principle`, { name: screen.principle.name })
    case 'phase-title':
      return t(`${group}.phase-title`, { title: screen.title })
    case 'round-notes':
      return t(`${group}.round-notes`, { round: screen.round })
    case 'break':
      return t(`${group}.break`, { time: formatClockTime(screen.endsAt, locale) })
    default:
      return t(`${group}.${screen.kind}`)
  }
}
