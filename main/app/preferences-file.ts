// Reads the preferences at start: migrates older or damaged files field by field, writes the repaired version
// back, and tells the user once what was reset. Writes go through here too, so only valid preferences are stored.
import { DEFAULT_PREFERENCES, migratePreferences, type Preferences } from '../core/preferences'
import type { Platform } from './platform'

type Io = Pick<Platform, 'preferencesStore' | 'inform' | 'log'>

const LISTED = 4

export function loadPreferences(platform: Io): Preferences {
  const read = safeRead(platform)
  if (read.corrupt) {
    const backupPath = read.backupPath ?? backup(platform, 'corrupt')
    const kept = backupPath ? ` The damaged file was kept as ${backupPath}.` : ''
    platform.inform(
      'Settings were reset',
      `Your settings file could not be read, so Limber started with its default settings.${kept}`,
    )
    return store(platform, structuredClone(DEFAULT_PREFERENCES))
  }
  const migrated = migratePreferences(read.value)
  if (read.value === undefined) return store(platform, migrated.value)
  if (migrated.unchanged) return migrated.value
  // Older or damaged: keep the original beside the repaired file before overwriting it.
  const backupPath = backup(platform, migrated.replaced.length > 0 ? 'repaired' : 'migrated')
  if (migrated.replaced.length > 0) {
    const kept = backupPath ? ` Your previous file was kept as ${backupPath}.` : ''
    platform.inform('Some settings were reset', describeReplaced(migrated.replaced) + kept)
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

function describeReplaced(paths: readonly string[]): string {
  if (paths.includes('')) return 'Your settings could not be read, so Limber went back to its defaults.'
  const named = paths.slice(0, LISTED).join(', ')
  const more = paths.length > LISTED ? ` and ${paths.length - LISTED} more` : ''
  return `These could not be kept and are back to their defaults: ${named}${more}.`
}
