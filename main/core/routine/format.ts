// The routine file a physiotherapist hands over (docs/routine-format.md), as TypeBox schemas: the file itself, a
// library stretch named by id, and a stretch described in full. Each schema node carries `allowed`, the code of
// the words that say what it may hold (read.ts words an error by it), so every message names what is allowed.
import Type, { type Static } from 'typebox'

/** The format's version: the one this Limber reads and writes. */
export const ROUTINE_VERSION = 1
/** The most a routine file may weigh, in bytes (checked before anything reads it). */
export const ROUTINE_MAX_BYTES = 256 * 1024
/** Limits of a routine: each one a reason to refuse, never to cut short. */
export const ROUTINE_LIMITS = {
  stretches: { min: 1, max: 20 },
  hold: { min: 5, max: 120 },
  repetitions: { min: 1, max: 10 },
  languages: { min: 1, max: 8 },
  steps: { min: 1, max: 12 },
  cautions: { min: 0, max: 6 },
  name: 80,
  title: 80,
  step: 400,
  id: 60,
} as const

/** What a field may hold, as codes the catalogs word (`app.routines.allowed` in locales/en.ts). */
export const ALLOWED = [
  'file',
  'version',
  'texts',
  'name',
  'title',
  'step',
  'stepList',
  'cautionList',
  'stretches',
  'stretch',
  'libraryId',
  'hold',
  'repetitions',
  'sides',
  'position',
  'intensity',
  'figure',
] as const
export type Allowed = (typeof ALLOWED)[number]

/** A language tag as BCP 47 writes the common ones: "en", "de", "pt-BR", "zh-Hant". */
export const LANGUAGE_TAG = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$'

const { languages } = ROUTINE_LIMITS

/** A text in one or more languages: `{ "en": "Knee hug", "de": "Knie umarmen" }`. */
const Texts = <T extends Parameters<typeof Type.Record>[1]>(value: T, allowed: Allowed) =>
  Type.Record(Type.String({ pattern: LANGUAGE_TAG }), value, {
    additionalProperties: false,
    minProperties: languages.min,
    maxProperties: languages.max,
    allowed,
  })

const Line = (maxLength: number, allowed: Allowed) => Type.String({ minLength: 1, maxLength, allowed })

const Lines = (min: number, max: number, allowed: Allowed) =>
  Type.Array(Line(ROUTINE_LIMITS.step, 'step'), { minItems: min, maxItems: max, allowed })

const Hold = Type.Integer({
  minimum: ROUTINE_LIMITS.hold.min,
  maximum: ROUTINE_LIMITS.hold.max,
  allowed: 'hold',
})
const Repetitions = Type.Integer({
  minimum: ROUTINE_LIMITS.repetitions.min,
  maximum: ROUTINE_LIMITS.repetitions.max,
  allowed: 'repetitions',
})

/** Both sides at once, or one side and then the other (repetitions alternate sides, as the library's do). */
export const SIDES = ['both', 'each'] as const
export const POSITIONS = ['desk', 'standing', 'floor'] as const
export const INTENSITIES = ['gentle', 'moderate', 'strong'] as const

const OneOf = <const T extends readonly string[]>(words: T, allowed: Allowed) =>
  Type.Union(
    words.map((word) => Type.Literal(word)),
    { allowed },
  )

/** A stretch of Limber's library by its id, with the routine's own hold and repetitions where it gives them. */
export const LibraryItemSchema = Type.Object(
  {
    stretch: Type.String({ minLength: 1, maxLength: ROUTINE_LIMITS.id, allowed: 'libraryId' }),
    hold: Type.Optional(Hold),
    repetitions: Type.Optional(Repetitions),
  },
  { additionalProperties: false, allowed: 'stretch' },
)

/**
 * A stretch described in full. `figure` is the library's own form (docs/stretch-figures.md): camera, props, key
 * poses as joint angles, working limbs, with what it shows in words; pose-check.ts checks its values.
 */
export const FullItemSchema = Type.Object(
  {
    title: Texts(Line(ROUTINE_LIMITS.title, 'title'), 'texts'),
    steps: Texts(Lines(ROUTINE_LIMITS.steps.min, ROUTINE_LIMITS.steps.max, 'stepList'), 'texts'),
    hold: Hold,
    repetitions: Repetitions,
    sides: OneOf(SIDES, 'sides'),
    position: OneOf(POSITIONS, 'position'),
    intensity: OneOf(INTENSITIES, 'intensity'),
    cautions: Type.Optional(
      Texts(Lines(ROUTINE_LIMITS.cautions.min, ROUTINE_LIMITS.cautions.max, 'cautionList'), 'texts'),
    ),
    figure: Type.Optional(
      Type.Object(
        {
          description: Texts(Line(ROUTINE_LIMITS.step, 'step'), 'texts'),
          camera: Type.Unknown(),
          props: Type.Unknown(),
          working: Type.Unknown(),
          poses: Type.Unknown(),
          trace: Type.Optional(Type.Unknown()),
        },
        { additionalProperties: false, allowed: 'figure' },
      ),
    ),
  },
  { additionalProperties: false, allowed: 'stretch' },
)

/** The file: its version, its name, and its stretches (each checked by its own kind's schema in read.ts). */
export const RoutineFileSchema = Type.Object(
  {
    limberRoutine: Type.Literal(ROUTINE_VERSION, { allowed: 'version' }),
    name: Texts(Line(ROUTINE_LIMITS.name, 'name'), 'texts'),
    stretches: Type.Array(Type.Unknown(), {
      minItems: ROUTINE_LIMITS.stretches.min,
      maxItems: ROUTINE_LIMITS.stretches.max,
      allowed: 'stretches',
    }),
  },
  { additionalProperties: false, allowed: 'file' },
)

export type LibraryItem = Static<typeof LibraryItemSchema>
export type FullItem = Static<typeof FullItemSchema>
export type RoutineItem = LibraryItem | FullItem
/** Texts by language tag. */
export type Texts<T> = Readonly<Record<string, T>>

/** A routine as read from a file and kept: exactly the file's fields, checked. */
export interface Routine {
  limberRoutine: typeof ROUTINE_VERSION
  name: Texts<string>
  stretches: RoutineItem[]
}

export function isLibraryItem(item: RoutineItem): item is LibraryItem {
  return 'stretch' in item
}
