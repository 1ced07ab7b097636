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
  /** The page title. */
  pageTitle: 'Limber settings',
  /** The side navigation: one word or two each, the column is 160 px wide. */
  nav: {
    label: 'Settings sections',
    today: 'Today',
    breaks: 'Posture breaks',
    stretches: 'Stretches',
    bedtime: 'Bedtime',
    activities: 'Activities',
    general: 'General',
    therapy: 'Cold and heat',
    soreBack: 'Sore back',
    progress: 'Progress',
    about: 'About',
  },
  /** Units shown after a number field, and what its range hint says. */
  unit: { min: 'min', s: 's' },
  range: {
    min: ({ min, max }: { min: number; max: number }) => `${min}–${max} minutes`,
    s: ({ min, max }: { min: number; max: number }) => `${min}–${max} seconds`,
    plain: ({ min, max }: { min: number; max: number }) => `${min}–${max}`,
  },
  breaks: {
    title: 'Posture breaks',
    intro:
      'A short pause to stand, move and sit back down well. Small, frequent movement keeps a back from stiffening.',
    on: 'Remind me to take posture breaks',
    every: 'Break every',
    length: 'Break length',
    lengthHint: '10–600 seconds (up to 10 minutes)',
  },
  stretches: {
    title: 'Stretches',
    intro: 'A short guided routine. Move slowly, never bounce, and stop at a gentle pull, never pain.',
    on: 'Remind me to stretch',
    deskOnly: 'Desk only: no floor stretches during work hours',
    deskOnlyHint: 'With work hours off: none at all.',
    every: 'Stretch every',
    perBreak: 'Stretches per break',
    hold: 'Hold each stretch',
    holdHint: '8–30 seconds; 8–10 is plenty for most people',
    reps: 'Repetitions',
    repsHint: '1–10; one-sided stretches take turns, at least once on each side',
  },
  general: {
    title: 'General',
    atLogin: 'Start Limber when I log in',
    language: 'Language',
    /** The Language setting's first choice, naming the language the system gives ("English"). */
    system: ({ name }: { name: string }) => `System default (${name})`,
    naturalBreaks: 'Natural breaks',
    reminders: 'Reminders',
    snooze: 'Snooze for',
    headsUp: 'Heads-up before a break',
    headsUpHint: '0 (off) to 300 seconds',
    sound: 'Play a soft sound with reminders',
    fullScreen: 'Show breaks full screen',
    workHours: 'Work hours',
    startOver: 'Start over',
    reset: {
      label: 'Reset all settings…',
      title: 'Reset all settings?',
      body: 'Every setting goes back to how Limber started. Your progress history stays.',
      confirm: 'Reset settings',
    },
  },
  therapy: {
    title: 'Cold and heat',
    intro:
      'Timings for the ice and heat timer in the tray menu. Always keep a cloth between the pack and your skin.',
    ice: 'Ice',
    heat: 'Heat',
    on: 'On',
    off: 'Off',
    rounds: 'Rounds',
  },
  about: {
    title: 'About Limber',
    what: 'Limber sits in your tray and nudges you to look after your back while you work: a posture reset, a short stretch, time to get up and move, and in the evening a reminder to wind down and get to bed on time.',
    notAdvice: 'Limber is not medical advice.',
    general:
      'Its suggestions are general ones for everyday back care, and they are no substitute for a doctor or physiotherapist.',
    doctor:
      'If your back pain is severe, does not get better, or keeps coming back, please see a doctor. Stop any stretch that hurts.',
    welcomeAgain: 'Show the welcome again',
    version: ({ version }: { version: string }) => `Version ${version}`,
    unknown: 'unknown',
    logFile: 'Log file, to attach to a problem report:',
  },
  /** Buttons of every confirm dialog. */
  cancel: 'Cancel',
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
