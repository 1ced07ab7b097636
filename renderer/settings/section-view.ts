// What a settings section is to the window that draws it: a component given the preferences and the window's one
// action a section may ask for. Apart from section-table.ts, which loads the sections, so that a section can name
// its props without importing the table that imports it.
import type { VNode } from 'preact'
import type { Preferences } from '../../main/core/preferences/index'

/** What the window gives every section (and the welcome) to draw with. */
export interface SectionProps {
  prefs: Preferences
  /** Opens the welcome in place of the sections (About's "Show the welcome again"). */
  showWelcome: () => void
}

/** A section (or the welcome): its module's default export. */
export type SectionView = (props: SectionProps) => VNode | null
