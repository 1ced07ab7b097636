// The pseudo-locale: English with every letter accented and every text 40% longer, inside ⟦ ⟧. Not a language
// anyone chooses (npm run preview's ?lang=pseudo and the window tests use it): a text that is clipped, overlaps or
// was never taken from a catalog shows at a glance in its screenshots.

const ACCENTED: Record<string, string> = Object.fromEntries(
  [
    ...'aàbƀcçdđeéfƒgĝhĥiîjĵkķlļmɱnñoôpþqǫrŕsšttuûvṽwŵxẋyýzžAÅBƁCÇDĐEÉFƑGĜHĤIÎJĴKĶLĻMṀNÑOÖPÞQǪRŔSŠTŢUÛVṼWŴXẊYÝZŽ',
  ].reduce<string[][]>(
    (pairs, char, i, all) => (i % 2 === 0 ? [...pairs, [char, all[i + 1] ?? char]] : pairs),
    [],
  ),
)

/** "Snooze" → "⟦Šñôôžé·· ⟧": accented, padded to 140% of its length, bracketed. */
export function pseudoText(text: string): string {
  // Keep placeholders a catalog may carry ('#' for a plural's count) and URLs readable.
  const accented = [...text].map((char) => ACCENTED[char] ?? char).join('')
  const padding = '·'.repeat(Math.ceil(text.length * 0.4))
  return `⟦${accented}${padding}⟧`
}

/** A whole catalog section in the pseudo-locale: strings and the results of message functions are pseudo-text. */
export function pseudoCatalog<T>(section: T): T {
  if (typeof section === 'string') return pseudoText(section) as T
  if (typeof section === 'function') {
    const message = section as (...args: unknown[]) => unknown
    return ((...args: unknown[]) => {
      const result = message(...args)
      return typeof result === 'string' ? pseudoText(result) : result
    }) as T
  }
  if (Array.isArray(section)) return section.map((item) => pseudoCatalog(item)) as T
  if (section !== null && typeof section === 'object') {
    return Object.fromEntries(Object.entries(section).map(([key, value]) => [key, pseudoCatalog(value)])) as T
  }
  return section
}
