import type { PresenterApi, ProjectorApi } from '@contract'
import { API_GLOBAL } from '@core/app-origin'

declare global {
  interface Window {
    [API_GLOBAL]?: PresenterApi | ProjectorApi
  }
}

export class MissingApiError extends Error {
  constructor() {
    super("The preload API is missing: this page must be opened by Dansende Dilemma's.")
  }
}

export function projectorApi(): ProjectorApi {
  const api = window[API_GLOBAL]
  if (!api) throw new MissingApiError()
  return api
}

export function presenterApi(): PresenterApi {
  const api = window[API_GLOBAL]
  if (!api || !('dispatch' in api)) throw new MissingApiError()
  return api
}
