import { powerSaveBlocker } from 'electron'

/** Keeps the displays from sleeping while asked to; one blocker at most. */
export class KeepAwake {
  #id: number | null = null

  set(awake: boolean): void {
    if (awake) {
      if (this.#id !== null && powerSaveBlocker.isStarted(this.#id)) return
      this.#id = powerSaveBlocker.start('prevent-display-sleep')
      return
    }
    if (this.#id === null) return
    if (powerSaveBlocker.isStarted(this.#id)) powerSaveBlocker.stop(this.#id)
    this.#id = null
  }

  get active(): boolean {
    return this.#id !== null
  }
}
