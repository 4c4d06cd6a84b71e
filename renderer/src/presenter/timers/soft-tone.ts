/** Two soft sine notes, a gentle "ding-dong", well below full volume. */
const NOTES = [
  { frequency: 659.25, offset: 0 },
  { frequency: 523.25, offset: 0.45 },
] as const
const PEAK = 0.16
const SILENT = 0.0001
const ATTACK_S = 0.04
const DECAY_S = 1.4

export interface SoftTone {
  play(): void
  dispose(): void
}

/**
 * The end-of-round tone, made with the Web Audio API: no audio files. The audio context is
 * created on the first play (and resumed if the browser suspended it), and closed on dispose.
 */
export function createSoftTone(): SoftTone {
  let context: AudioContext | null = null

  function play(): void {
    if (typeof AudioContext === 'undefined') return
    context ??= new AudioContext()
    const audio = context
    if (audio.state === 'suspended') audio.resume().catch(() => undefined)
    const start = audio.currentTime + 0.05
    for (const note of NOTES) {
      const at = start + note.offset
      const oscillator = audio.createOscillator()
      const gain = audio.createGain()
      oscillator.type = 'sine'
      oscillator.frequency.setValueAtTime(note.frequency, at)
      gain.gain.setValueAtTime(SILENT, at)
      gain.gain.exponentialRampToValueAtTime(PEAK, at + ATTACK_S)
      gain.gain.exponentialRampToValueAtTime(SILENT, at + ATTACK_S + DECAY_S)
      oscillator.connect(gain)
      gain.connect(audio.destination)
      oscillator.start(at)
      oscillator.stop(at + ATTACK_S + DECAY_S + 0.05)
    }
  }

  function dispose(): void {
    context?.close().catch(() => undefined)
    context = null
  }

  return { play, dispose }
}
