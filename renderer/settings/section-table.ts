// The settings window's sections in the side menu's order, and how each is loaded. The window's first load is its
// shell (the frame, the side menu, the state, the texts they read) and the part its first screen shows: Today, or
// the welcome on a first start. Every other section is a chunk of its own that comes with its texts in the language
// in use when it is about to be drawn: right after the first frame, in the background, and at once when the user
// jumps to it (section-loader.ts). scripts/build-renderer.mjs reads this file (scripts/section-table.mjs) to build
// each part's chunk (sections/<id>.js), stylesheet (sections/<id>.css) and texts (locales/settings.<id>.<code>.js),
// and the build test holds the first load and each part to their budgets (scripts/window-loads.mjs).
//
// Adding a section is one line in SECTIONS: its key in the catalog's `settings.nav` (which also gives its element
// id, 'soreBack' → `sore-back`, and its heading's, `sore-back-title`), the texts it reads, and its module, whose
// default export is the section's component, loaded by `import()` so that it becomes a chunk of its own. Its texts
// are keys under the catalog's `settings` ('progress'), texts in one ('bedtime.bed') or shared words
// ('common.warningSigns'), which the build takes out of the shell's texts file into the part's, and the groups of SHARED_TEXTS it reads ('forms' for a section
// with fields). A text no part names stays in the shell's file; one that several parts read is in each of their
// files. Its CSS is what its modules import (progress.tsx: './progress.css'), which the build makes its stylesheet,
// sections/<id>.css; what the shell imports (main.tsx) is in the first load's settings.css.
import type { SettingsTexts } from '../../locales/catalog'
import type { SectionView } from './section-view'

type Settings = SettingsTexts['settings']
type Common = SettingsTexts['common']

/**
 * A catalog key under `settings` ('progress'), or texts inside one ('bedtime.bed'); or, under `common` (the words
 * both windows share), the same written with `common.` before it ('common.warningSigns').
 */
export type TextPath =
  | keyof Settings
  | `${keyof Settings}.${string}`
  | `common.${keyof Common}`
  | `common.${keyof Common}.${string}`

/** Texts that several parts read, in one file of their own that comes with the first part that names it. */
export const SHARED_TEXTS = {
  /** What fields say: ranges, units, checks, notes, "Saved." */
  forms: [
    'unit',
    'range',
    'check',
    'warn',
    'inGroup',
    'saved',
    'note',
    'notSaved',
    'quoted',
    'differ',
    'differAt',
  ],
  /** The choices the welcome shares with General: work hours and natural breaks. */
  choices: ['workHours', 'natural'],
} as const satisfies Record<string, readonly TextPath[]>

/** What a part's texts file carries, and the shared groups it reads. */
export type TextName = TextPath | keyof typeof SHARED_TEXTS

export interface LazyPart {
  /** Its element id, and the name of its chunk and texts file. */
  id: string
  texts: readonly TextName[]
  load: () => Promise<{ default: SectionView }>
}

type NavKey = Exclude<keyof Settings['nav'], 'label'>

export interface LazySection extends LazyPart {
  /** Its name in the side menu. */
  nav: NavKey
}

/** A section's element id from its key in the side menu: 'soreBack' → 'sore-back'. */
export const idOf = (nav: NavKey): string => nav.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

function section(nav: NavKey, texts: readonly TextName[], load: LazyPart['load']): LazySection {
  return { id: idOf(nav), nav, texts, load }
}

/** What Today reads: its own texts, the sore-back plan's, the safety lines and a note of other sections, and of the
 * shared words the check-in's, the heat and ice buttons' and the warning signs. */
const TODAY: readonly TextName[] = [
  'today',
  'next',
  'soreBack',
  'activities.paused',
  'therapy.safetyTitle',
  'therapy.safety',
  'common.checkIn',
  'common.start',
  'common.warningSigns',
]

/** Every section, in the side menu's order: Today first (the first screen), then the lazily loaded ones. */
export const SECTIONS: readonly LazySection[] = [
  section('today', TODAY, () => import('./today')),
  section('breaks', ['breaks', 'forms'], () => import('./breaks')),
  section('stretches', ['stretches', 'stretchList', 'routines', 'forms'], () => import('./stretches')),
  section('bedtime', ['bedtime', 'forms'], () => import('./bedtime')),
  section('activities', ['activities', 'forms'], () => import('./activities')),
  section('general', ['general', 'dontInterrupt', 'choices', 'forms'], () => import('./general')),
  section('firm', ['firm', 'forms'], () => import('./screens-and-firmness')),
  section('therapy', ['therapy', 'forms'], () => import('./cold-and-heat')),
  section('soreBack', ['soreBack', 'forms'], () => import('./sore-back-settings')),
  section('dayLimit', ['dayLimit', 'forms'], () => import('./day-limit')),
  // Progress's goals are fields ('forms'), and its line on today's figures says Today's "1 long sitting bout today."
  section('progress', ['progress', 'quoted', 'today.longBouts', 'forms'], () => import('./progress')),
  section('about', ['about', 'common.warningSigns', 'forms'], () => import('./about')),
]

/** The first-run welcome, shown in place of the sections (first start, or About's "Show the welcome again"). */
export const WELCOME: LazyPart = {
  id: 'welcome',
  texts: ['welcome', 'next', 'bedtime.bed', 'bedtime.wake', 'choices', 'forms'],
  load: () => import('./welcome'),
}
