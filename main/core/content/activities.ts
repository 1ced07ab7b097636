// The optional activity plan's kinds: strength training and yoga. Strength work means the whole core, back and belly
// together; the session guidance is in docs/architecture.md, "Defaults and health guidance", its words in the
// catalogs' `content.activities`.

export type ActivityKind = 'strength' | 'yoga'
