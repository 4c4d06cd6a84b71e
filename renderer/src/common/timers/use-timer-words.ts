import { useI18n } from 'vue-i18n'
import type { TimerView } from './timer-display'

/**
 * The state of a timer in words ("nog 2 min", "tijd is om"), so colour never carries it alone.
 * Empty while the timer is in its normal state: the countdown says enough then.
 */
export function useTimerWords(): (view: TimerView) => string {
  const { t } = useI18n()
  return (view) => {
    switch (view.mood) {
      case 'overtime':
        return t('timers.mood.overtime')
      case 'warning':
        return view.minutesLeft <= 1
          ? t('timers.mood.lastMinute')
          : t('timers.mood.warning', { minutes: view.minutesLeft })
      case 'normal':
        return ''
      default:
        return view.mood satisfies never
    }
  }
}
