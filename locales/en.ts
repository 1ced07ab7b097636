// English, the source catalog: every text a user reads, by where it is read. Each other language is one file with
// the same sections and keys (locales/catalog.ts types them from this file; test/i18n/catalogs.test.ts checks them).
// A message that takes values is a function of them; plurals go through `plural` (Intl's rules for the language);
// times, days and durations arrive already formatted (main/core/i18n/format.ts).
import { pluralFor } from '../main/core/i18n/plural'

const plural = pluralFor('en')

/** Words main and both windows say the same way. */
export const common = {
  /** The joining words the shared formatter needs (main/core/i18n/format.ts). */
  format: {
    dayAtTime: ({ day, time }: { day: string; time: string }) => `${day} at ${time}`,
    dayRange: ({ first, last }: { first: string; last: string }) => `${first} to ${last}`,
    everyDay: 'every day',
    noDays: 'no days',
    lessThanAMinute: 'less than a minute',
  },
  /** An example of a counted message, kept until the first real one lands. */
  minutes: ({ count }: { count: number }) => plural(count, { one: '# minute', other: '# minutes' }),
}

/** The settings window (renderer/settings). */
export const settings = {}

/** The break window (renderer/break). */
export const breakWindow = {}

/** Main: the tray menu and tooltip, notifications, command-line answers, messages about bad input. */
export const app = {}

/** The back-care content: stretches, posture tips, wind-down suggestions, therapy cues, the disclaimer. */
export const content = {}
