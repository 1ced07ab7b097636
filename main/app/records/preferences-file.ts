// Reads the preferences at start: migrates older or damaged files field by field, writes the repaired version
// back, and tells the user once what was reset. Writes go through here too, so only valid preferences are stored.
import { DEFAULT_PREFERENCES, migratePreferences, type Preferences } from '../../core/preferences/index'
import { languageInUse } from '../language'
import type { Platform } from '../platform'
import { speechFor, type AppTexts } from '../speech'

type Io = Pick<Platform, 'preferencesStore' | 'inform' | 'log' | 'systemLanguages'>

/** The words to tell the user in: those of the preferences just read (the system's, if they are the defaults). */
function wordsFor(platform: Io, prefs: Preferences): AppTexts['settingsFile'] {
  return speechFor(languageInUse(prefs, platform)).texts.app.settingsFile
}

const LISTED = 4

export function loadPreferences(platform: Io): Preferences {
  const read = safeRead(platform)
  if (read.corrupt) {
    const backupPath = read.backupPath ?? backup(platform, 'corrupt')
    const words = wordsFor(platform, DEFAULT_PREFERENCES)
    platform.inform(words.resetTitle, backupPath ? words.resetKept({ file: backupPath }) : words.reset)
    return store(platform, structuredClone(DEFAULT_PREFERENCES))
  }
  const migrated = migratePreferences(read.value)
  if (read.value === undefined) return store(platform, migrated.value)
  if (migrated.unchanged) return migrated.value
  // Older or damaged: keep the original beside the repaired file before overwriting it.
  const backupPath = backup(platform, migrated.replaced.length > 0 ? 'repaired' : 'migrated')
  if (migrated.replaced.length > 0) {
    const words = wordsFor(platform, migrated.value)
    const what = describeReplaced(migrated.replaced, words)
    // Two sentences: what was reset, then where the old file is.
    platform.inform(
      words.someResetTitle,
      backupPath ? `${what} ${words.previousKept({ file: backupPath })}` : what,
    )
  }
  return store(platform, migrated.value)
}

function backup(platform: Io, label: string): string | undefined {
  try {
    return platform.preferencesStore.backup(label)
  } catch (error) {
    platform.log('error', 'could not back up the preferences file', error)
    return undefined
  }
}

/** Stores preferences that already passed validation; a failing disk is logged, the app keeps running. */
export function store(platform: Io, prefs: Preferences): Preferences {
  try {
    platform.preferencesStore.write(prefs)
  } catch (error) {
    platform.log('error', 'could not write the preferences', error)
  }
  return prefs
}

function safeRead(platform: Io): { value: unknown; corrupt: boolean; backupPath?: string } {
  try {
    return platform.preferencesStore.read()
  } catch (error) {
    platform.log('error', 'could not read the preferences', error)
    return { value: undefined, corrupt: true }
  }
}

function describeReplaced(paths: readonly string[], words: AppTexts['settingsFile']): string {
  if (paths.includes('')) return words.allReplaced
  // The fields by their names in the file, which is where the user would look.
  const fields = paths.slice(0, LISTED).join(', ')
  return paths.length > LISTED
    ? words.replacedMore({ fields, count: paths.length - LISTED })
    : words.replaced({ fields })
}

/** The stored preferences, read once at start; only valid preferences are put in their place (and written). */
export class StoredPreferences {
  private kept: Preferences

  constructor(private readonly platform: Io) {
    this.kept = loadPreferences(platform)
  }

  /** What the settings window shows and changes (reminders follow the preferences in force: Schedule.calendar). */
  get value(): Preferences {
    return this.kept
  }

  /** Stores preferences that already passed validation. */
  replace(next: Preferences): void {
    this.kept = store(this.platform, next)
  }
}
