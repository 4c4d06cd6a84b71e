import type { CommandLine } from 'electron'

/** docs/api/command-line.md: the switches of this process, starting with those on argv. */
export class StandinCommandLine implements Pick<
  CommandLine,
  'appendSwitch' | 'appendArgument' | 'hasSwitch' | 'getSwitchValue' | 'removeSwitch'
> {
  readonly #switches = new Map<string, string>()

  constructor(argv: readonly string[]) {
    for (const arg of argv) {
      const match = /^--([^=]+)(?:=(.*))?$/.exec(arg)
      if (match?.[1]) this.#switches.set(match[1], match[2] ?? '')
    }
  }

  appendSwitch(name: string, value?: string): void {
    this.#switches.set(name, value ?? '')
  }

  readonly arguments: string[] = []

  appendArgument(value: string): void {
    this.arguments.push(value)
  }

  hasSwitch(name: string): boolean {
    return this.#switches.has(name)
  }

  getSwitchValue(name: string): string {
    return this.#switches.get(name) ?? ''
  }

  removeSwitch(name: string): void {
    this.#switches.delete(name)
  }
}
