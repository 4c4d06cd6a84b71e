/**
 * The web address in a text as the facilitator typed it ("grenzeloossamenwerken.nl",
 * "https://www.example.nl/gids"), as a full https or http address; null when the text is
 * anything else (a sentence, "intranet/av", another scheme), which then stays plain text.
 */
export function webLink(text: string): string | null {
  const typed = text.trim()
  if (typed === '' || /\s/.test(typed)) return null
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username !== '' || url.password !== '') return null
  return /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(url.hostname) ? url.href : null
}
