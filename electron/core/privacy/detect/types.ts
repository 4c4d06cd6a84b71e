export type FindingKind = 'name' | 'email' | 'phone' | 'postcode' | 'iban' | 'bsn' | 'birthdate'

/** A person whose name must be found: a participant or a facilitator of this session. */
export interface Person {
  readonly key: string
  readonly name: string
}

export interface TextMatch {
  readonly kind: FindingKind
  /** UTF-16 offsets into the text given, end exclusive. */
  readonly start: number
  readonly end: number
  /** For kind 'name': the key of the person found (the longest/most specific match wins). */
  readonly personKey?: string
}
