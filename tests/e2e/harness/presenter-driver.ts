import type { Locator, Page } from 'playwright-core'

/**
 * The facilitator's hands: named actions on the presenter page, by the labels a person reads.
 * Each waits for main's answer to show up before it returns.
 */
export class PresenterDriver {
  constructor(readonly page: Page) {}

  async openSection(name: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name, exact: true })
      .click()
  }

  button(name: string, exact = true): Locator {
    return this.page.getByRole('button', { name, exact })
  }

  async nextPhase(): Promise<void> {
    await this.button('Volgende fase').click()
  }

  async typeInto(label: string, text: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true })
    await field.fill(text)
    await field.blur()
  }

  async addParticipants(names: string): Promise<void> {
    await this.openSection('Deelnemers')
    await this.page.getByLabel('Namen toevoegen').fill(names)
    await this.page.getByRole('button', { name: 'Toevoegen', exact: true }).click()
  }

  async addDilemma(title: string, description: string): Promise<void> {
    await this.openSection('Dilemma’s')
    const form = this.page.locator('form').filter({ hasText: 'Dilemma toevoegen' })
    await form.getByLabel('Titel', { exact: true }).fill(title)
    await form.getByLabel(/Beschrijving/).fill(description)
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click()
    await this.page.locator('[data-dilemma-id]').filter({ hasText: title }).waitFor()
  }

  async pressOutsideFields(key: string): Promise<void> {
    // body.focus() alone leaves a focused field focused: the body is not focusable.
    await this.page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    })
    await this.page.locator('body').focus()
    await this.page.keyboard.press(key)
  }
}
