/** The words of the native menu, in one language (nl/en live in electron/main/texts/). */
export interface MenuTexts {
  readonly file: string
  readonly newSession: string
  readonly open: string
  readonly recent: string
  readonly noRecent: string
  readonly save: string
  readonly saveAs: string
  readonly print: string
  readonly report: string
  /** Bestand › Teamoverzicht…: the team's sessions over time. */
  readonly team: string
  readonly quit: string

  readonly edit: string
  readonly undo: string
  readonly redo: string
  readonly cut: string
  readonly copy: string
  readonly paste: string
  readonly selectAll: string

  readonly view: string
  readonly showProjector: string
  readonly projectorFullscreenHere: string
  readonly projectorShrink: string
  readonly black: string
  readonly pauseScreen: string
  readonly fontLarger: string
  readonly fontSmaller: string
  readonly highContrast: string
  readonly identify: string
  readonly shortcuts: string
  readonly zoomIn: string
  readonly zoomOut: string
  readonly resetZoom: string
  readonly fullscreen: string
  readonly reload: string
  readonly devTools: string

  readonly session: string
  readonly start: string
  readonly next: string
  readonly previous: string
  readonly timer: string
  readonly breakFor: (minutes: number) => string
  readonly template: string
  readonly language: string

  readonly window: string
  readonly help: string
  readonly openLogs: string
  readonly about: (appName: string) => string
  readonly hide: (appName: string) => string
  readonly hideOthers: string
  readonly showAll: string
  readonly services: string
}
