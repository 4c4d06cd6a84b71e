import { longDate } from '@common/long-date'

/** "donderdag 3 december 2026"; a date the file had in another shape is shown as it was. */
export function teamDay(isoDate: string, locale: string): string {
  return longDate(isoDate, locale) || isoDate
}
