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

  // ── Words both windows say (renderer/shared) ──
  /** Where a stretch is done, as a short phrase; desk stretches need no mention. */
  position: { desk: 'at your desk', standing: 'standing', floor: 'on the floor' },
  /** How hard a stretch asks of a back. */
  intensity: { gentle: 'gentle', moderate: 'moderate', strong: 'strong' },
  /** Which side of a one-sided stretch. */
  side: { first: 'first side', other: 'other side' },
  /** The morning check-in's form (Today and the break window). */
  checkIn: {
    pain: 'Pain from 0 (none) to 10 (the worst)',
    word: 'A word about it (optional)',
    save: 'Save',
    skip: 'Not today',
  },
}

/** The settings window (renderer/settings). */
export const settings = {
  stretchList: {
    title: 'Your stretches',
    hint: ({ on, of }: { on: number; of: number }) =>
      `${on} of ${of} turned on. In the list, the up and down arrow keys move between stretches.`,
    /** The button that opens a stretch's steps; screen readers hear stepsFor instead. */
    steps: 'Steps',
    stepsFor: ({ name }: { name: string }) => `Steps for ${name}`,
  },
}

/** The break window (renderer/break). Buttons sit three in a row at 420 px: keep them short. */
export const breakWindow = {
  /** What kind of reminder it is, above its title. */
  kind: {
    posture: 'Posture break',
    stretch: 'Stretch break',
    'wind-down': 'Wind down',
    'get-ready': 'Get ready for bed',
    bedtime: 'Bedtime',
    activity: 'Activity',
    custom: 'Reminder',
    therapy: 'Cold or heat',
    'check-in': 'Check-in',
  },
  /** The page title: the reminder's title and the app's name. */
  pageTitle: ({ title }: { title: string }) => `${title} · Limber`,
  loading: 'Loading…',
  nothing: 'Nothing to do',
  nothingDue: 'No break is due right now. You can close this window.',
  canClose: 'You can close this window.',
  done: 'Done',
  snooze: ({ minutes }: { minutes: number }) => `Snooze ${minutes} min`,
  skip: 'Skip',
  /** The keys on the buttons (Enter, S, Esc); S is the key that snoozes whatever this says. */
  keys: { done: 'Enter', skip: 'Esc' },
  wellDone: 'Well done.',
  snoozed: ({ count }: { count: number }) =>
    plural(count, { one: 'Snoozed for # minute.', other: 'Snoozed for # minutes.' }),
  skipped: 'Skipped. Next time, then.',
  tipHeading: { posture: 'Posture tip', evening: 'For this evening', other: 'Remember' },
  /** The posture countdown's ring: under the figure. */
  ring: {
    done: 'done',
    minutesLeft: 'minutes left',
    seconds: ({ count }: { count: number }) => plural(count, { one: 'second', other: 'seconds' }),
  },
  sitBack: 'Nicely done. Sit back down tall.',
  phase: {
    position: 'Get ready',
    hold: 'Hold',
    switch: 'Switch sides',
    release: 'Ease out',
    finished: 'Done',
  },
  /** "Stretch 1 of 3 · Neck · standing · gentle": the area and the rest follow, each after " · ". */
  stretchOf: ({ n, of }: { n: number; of: number }) => `Stretch ${n} of ${of}`,
  repOf: ({ n, of }: { n: number; of: number }) => `Rep ${n} of ${of}`,
  previous: 'Previous stretch',
  pause: 'Pause timer',
  resume: 'Resume timer',
  next: 'Next stretch',
  complete: 'Routine complete. Press Done when you are ready.',
  /** Read out by screen readers as the routine moves on. */
  say: {
    position: ({
      name,
      intensity,
      where,
      side,
    }: {
      name: string
      intensity: string
      where: string
      side: string
    }) =>
      `${name}, ${intensity}. Read the steps and get into position${where ? ` ${where}` : ''}${side ? `, ${side}` : ''}.`,
    hold: ({ side, n, of }: { side: string; n: number; of: number }) =>
      `Hold${side ? `, ${side}` : ''}. Rep ${n} of ${of}.`,
    switch: 'Ease out slowly, then switch to the other side.',
    release: 'Ease out slowly and relax.',
  },
  /** The morning check-in in the break window. */
  checkIn: {
    thanks: 'Thank you. Limber keeps it on this computer only.',
    iceOrHeat: 'Ice or heat',
    start: { ice: 'Start ice', heat: 'Start heat' },
    running: {
      ice: 'The ice timer is running: Limber tells you when to take it off.',
      heat: 'The heat timer is running: Limber tells you when to take it off.',
    },
  },
}

/** Main: the tray menu and tooltip, notifications, command-line answers, messages about bad input. */
export const app = {}

/** The back-care content: stretches, posture tips, wind-down suggestions, therapy cues, the disclaimer. */
export const content = {}
