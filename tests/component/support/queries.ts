import type { DOMWrapper, VueWrapper } from '@vue/test-utils'

type Searchable = Pick<VueWrapper, 'findAll'> | Pick<DOMWrapper<Element>, 'findAll'>

/** The one button whose visible text is exactly `text`; fails loudly if there are none or many. */
export function buttonByText(within: Searchable, text: string): DOMWrapper<HTMLButtonElement> {
  const matches = within.findAll('button').filter((button) => button.text() === text)
  if (matches.length !== 1) {
    throw new Error(`expected one button "${text}", found ${matches.length}`)
  }
  return matches[0] as DOMWrapper<HTMLButtonElement>
}

/** Titles of the queue rows, top to bottom. */
export function rowTitles(within: Searchable): string[] {
  return within.findAll('li.row .row__title').map((title) => title.text())
}

/** The queue row showing `title`. */
export function rowByTitle(within: Searchable, title: string): DOMWrapper<HTMLLIElement> {
  const rows = within
    .findAll('li.row')
    .filter((row) => row.find('.row__title').exists() && row.find('.row__title').text() === title)
  if (rows.length !== 1) throw new Error(`expected one row "${title}", found ${rows.length}`)
  return rows[0] as DOMWrapper<HTMLLIElement>
}
