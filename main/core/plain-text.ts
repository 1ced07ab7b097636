// Text the user typed, made safe to show beside Limber's own words: Unicode's bidirectional controls (embeddings,
// overrides, isolates and the directional marks) are taken out. Kept, one of them would reorder what follows it on
// screen — the rest of a sentence, a list row, a spreadsheet cell — so a typed word could make Limber's own words
// read differently. Letters of right-to-left scripts stay as typed: they need no control characters to show right.

/** LRE, RLE, PDF, LRO, RLO (U+202A–202E), LRI, RLI, FSI, PDI (U+2066–2069), LRM, RLM (U+200E/F) and ALM (U+061C). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}
