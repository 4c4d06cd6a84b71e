import { TIMER_LIMITS } from '../session/parts/timer-limits'
import type { TimerState } from '../session/parts/timers'

export type TimerPhase = 'idle' | 'running' | 'paused'
export type TimerMood = 'normal' | 'warning' | 'overtime'

export interface TimerReading {
  readonly elapsedMs: number
  /** Negative once the timer runs over. */
  readonly remainingMs: number
  readonly phase: TimerPhase
  readonly mood: TimerMood
}

export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt)
  return timer.accumulatedMs + running
}

/** What a window shows for a timer at `now`: a pure function of the state. */
export function readTimer(timer: TimerState, now: number, warningMs: number): TimerReading {
  const elapsed = elapsedMs(timer, now)
  const remainingMs = timer.durationMs - elapsed
  const phase: TimerPhase = timer.startedAt !== null ? 'running' : elapsed > 0 ? 'paused' : 'idle'
  const mood: TimerMood =
    remainingMs < 0
      ? 'overtime'
      : remainingMs <= warningMs && phase !== 'idle'
        ? 'warning'
        : 'normal'
  return { elapsedMs: elapsed, remainingMs, phase, mood }
}

export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer
}

/**
 * What has run is kept up to TIMER_LIMITS.accumulatedMs: a timer left running since the day the
 * session was prepared would otherwise bank more than a session may hold, and that session
 * would no longer load. Two days in overtime reads the same as more.
 */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer
  const accumulatedMs = Math.min(elapsedMs(timer, now), TIMER_LIMITS.accumulatedMs)
  return { ...timer, startedAt: null, accumulatedMs }
}

export function resetTimer(timer: TimerState, durationMs = timer.durationMs): TimerState {
  return { durationMs, startedAt: null, accumulatedMs: 0 }
}

/**
 * +1 / −1 minute changes how long the timer runs, never what has already passed; between zero
 * and TIMER_LIMITS.durationMs, so pressing +60 again and again stops at a day.
 */
export function adjustTimer(timer: TimerState, deltaMs: number): TimerState {
  const durationMs = Math.min(TIMER_LIMITS.durationMs, Math.max(0, timer.durationMs + deltaMs))
  return { ...timer, durationMs }
}

/**
 * The seconds a countdown shows: rounded up while time remains (10.2 s left shows 11), and
 * counting up from 0 once over. Both windows use this, so they flip at the same instant.
 */
export function displaySeconds(remainingMs: number): number {
  // abs, not negation: at exactly 0 left, -0 would read "-0" through Intl.NumberFormat.
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : Math.floor(Math.abs(remainingMs) / 1000)
}

/** "12:05", "1:02:03", with a leading "+" in overtime. */
export function formatCountdown(remainingMs: number): string {
  const total = displaySeconds(remainingMs)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const pad = (value: number) => String(value).padStart(2, '0')
  const body =
    hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`
  return remainingMs < 0 && total > 0 ? `+${body}` : body
}

/** Milliseconds until the shown second changes: windows tick then, not every frame. */
export function msUntilNextSecond(remainingMs: number): number {
  const within = ((remainingMs % 1000) + 1000) % 1000
  return within === 0 ? 1000 : within
}
