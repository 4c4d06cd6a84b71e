// The rule is the core's, so the beamer and printed matter paint a principle alike.
export { NAME_CONTRAST, principleSurface } from '@core/principles/contrast'
