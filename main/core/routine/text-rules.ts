// What a routine's texts may hold: plain words only. A text is cleaned first (bidi controls, which can make a line
// read differently from what it holds, are removed; other control characters become spaces; spaces collapse), then
// refused if it still holds markup (an HTML tag or entity) or a link (a web address, a scheme, "www."): the windows
// show text as text, but a routine that looks like a web page or sends people to one is not a routine.
import { withoutBidiControls } from '../plain-text'

const CONTROLS = /\p{Cc}+/gu

/** An HTML tag, comment or declaration (`<b>`, `</p>`, `<!--`, `<?xml`) or an entity (`&amp;`, `&#60;`). */
const MARKUP = /<\s*[a-z!?/]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i
/**
 * A link: any scheme with `//` (https://, file://), a scheme that needs none (javascript:, data:, mailto:, tel:),
 * "www.", a name in a common top-level domain (example.com), or any domain followed by a path (example.de/…),
 * with or without markdown's brackets around it.
 */
const LINK =
  /[a-z][a-z0-9+.-]*:\/\/|\b(?:javascript|vbscript|data|mailto|tel|file):|\bwww\.|\b[a-z0-9-]+\.(?:com|org|net|info|io|app)\b|\b[a-z0-9-]+\.[a-z]{2,}\//i

/** The text as it is kept: no bidi controls, no line breaks or other control characters, spaces collapsed. */
export function cleanText(text: string): string {
  return withoutBidiControls(text).replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim()
}

/** Why a (cleaned) text is refused, or null when it is plain words. */
export function textProblem(text: string): 'markup' | 'link' | null {
  if (MARKUP.test(text)) return 'markup'
  if (LINK.test(text)) return 'link'
  return null
}
