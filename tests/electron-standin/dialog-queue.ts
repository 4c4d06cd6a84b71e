/**
 * Main's dialogs, answered by the test as a person would: each dialog waits until the test
 * reads it and picks an answer. Shared by the stand-in's `dialog` and, on real Electron, by the
 * boot bridge that puts the same queue in place of the native dialogs.
 */
export type DialogKind = 'message' | 'open' | 'save' | 'error' | 'print'

/** What a person sees in a dialog (the parts a test may check). */
export interface DialogView {
  readonly id: number
  readonly kind: DialogKind
  readonly type: string
  readonly title: string
  readonly message: string
  readonly detail: string
  readonly buttons: readonly string[]
  readonly defaultPath: string
  /** Whether it is still waiting for an answer (an error box never waits). */
  readonly open: boolean
}

export type DialogAnswer =
  | { readonly response: number; readonly checkboxChecked?: boolean }
  | { readonly canceled: boolean; readonly filePaths: readonly string[] }
  | { readonly canceled: boolean; readonly filePath?: string }

interface Waiting {
  view: DialogView
  resolve: (answer: DialogAnswer) => void
}

/** The dialog options a view is made from (message box, open and save dialogs alike). */
export interface DialogOptionsLike {
  readonly type?: string
  readonly title?: string
  readonly message?: string
  readonly detail?: string
  readonly buttons?: readonly string[]
  readonly defaultPath?: string
}

export class DialogQueue {
  #next = 1
  readonly #all: Waiting[] = []

  /** A dialog opens and waits for `answer`. */
  ask(kind: Exclude<DialogKind, 'error'>, options: DialogOptionsLike): Promise<DialogAnswer> {
    return new Promise((resolve) => {
      this.#all.push({ view: this.#view(kind, options, true), resolve })
    })
  }

  /** An error box: shown, never waits (Electron's showErrorBox is synchronous). */
  error(title: string, content: string): void {
    // As Electron does on Linux before a window can show it; a test reads it after the app ended.
    process.stderr.write(`[showErrorBox] ${title}\n${content}\n`)
    this.#all.push({
      view: this.#view('error', { title, message: content }, false),
      resolve: () => undefined,
    })
  }

  /** Every dialog shown so far, the waiting ones marked open. */
  views(): DialogView[] {
    return this.#all.map((item) => item.view)
  }

  answer(id: number, answer: DialogAnswer): void {
    const item = this.#all.find((candidate) => candidate.view.id === id)
    if (item === undefined || !item.view.open) throw new Error(`no open dialog ${id}`)
    item.view = { ...item.view, open: false }
    item.resolve(answer)
  }

  #view(kind: DialogKind, options: DialogOptionsLike, open: boolean): DialogView {
    return {
      id: this.#next++,
      kind,
      type: options.type ?? 'none',
      title: options.title ?? '',
      message: options.message ?? '',
      detail: options.detail ?? '',
      buttons: [...(options.buttons ?? [])],
      defaultPath: options.defaultPath ?? '',
      open,
    }
  }
}
