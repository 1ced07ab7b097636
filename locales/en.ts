// English, the source catalog: every text a user reads, by where it is read. Each other language is one file with
// the same sections and keys (locales/catalog.ts types them from this file; test/i18n/catalogs.test.ts checks them).
// A message that takes values is a function of them; plurals go through `plural` (Intl's rules for the language);
// times, days and durations arrive already formatted (main/core/i18n/format.ts).
import { pluralFor } from '../main/core/i18n/plural'

const plural = pluralFor('en')

/** A tally of breaks by answer. */
type Tally = { done: number; snoozed: number; skipped: number }

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
  /** Starts the ice or heat timer (a sore-back plan in Today; the check-in in the break window). */
  start: { ice: 'Start ice', heat: 'Start heat' },
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

  // ── Saving, and what the fields say (state.ts, rules.ts, fields.tsx) ──
  saved: 'Saved.',
  /** After "Saved.", read out only: the note the changed field shows. */
  note: ({ note }: { note: string }) => `Note: ${note}`,
  notSaved: ({ field }: { field: string }) => `Not saved: “${field}”.`,
  /** A field's name inside a sentence. */
  quoted: ({ text }: { text: string }) => `“${text}”`,
  /** A field's accessible name where its label repeats ("Ice: On", "Reminder 2: Name"). */
  inGroup: ({ group, label }: { group: string; label: string }) => `${group}: ${label}`,
  differ: ({ field }: { field: string }) => `Must differ from “${field}”.`,
  differAt: ({ field, time }: { field: string; time: string }) => `Must differ from “${field}” (${time}).`,
  check: {
    whole: ({ min, max }: { min: number; max: number }) => `Enter a whole number from ${min} to ${max}.`,
    notWhole: ({ text }: { text: string }) => `“${text}” is not a whole number: use the digits 0–9 only.`,
    small: ({ text }: { text: string }) => `${text} is too small.`,
    large: ({ text }: { text: string }) => `${text} is too large.`,
    time: 'Enter a time.',
    timeForm: 'Enter a time as hours and minutes.',
    text: 'Enter some text.',
    long: ({ max }: { max: number }) =>
      plural(max, { one: 'Keep it to # character.', other: 'Keep it to # characters or fewer.' }),
  },
  /** Notes at legal values that will not do what one may expect (warnings.ts). */
  warn: {
    noWorkDays:
      'No work days chosen, so with work hours on there will be no posture or stretch breaks on any day.',
    allOff:
      'Every stretch is off, so stretch breaks have no stretches to guide you through: only a nudge to stand and move. Turn at least one on.',
    allOffIdle: 'Every stretch is off. Turn at least one on before you turn stretch breaks back on.',
    fewOn: ({ on, asked }: { on: number; asked: number }) =>
      plural(on, {
        one: `Only # stretch is on, fewer than the ${asked} asked for in a break: each break will show just that one.`,
        other: `Only # stretches are on, fewer than the ${asked} asked for in a break: each break will show just those.`,
      }),
    getReady: ({ getReady, windDown }: { getReady: number; windDown: number }) =>
      `“Get ready for bed” (${getReady} min before bedtime) comes before “Wind down” (${windDown} min). Make it fewer minutes than the wind-down, or turn one off with 0.`,
    moveOften: ({ every }: { every: number }) =>
      `No more often than your usual posture breaks (every ${every} min).`,
    headsUp: 'The heads-up comes only before posture and stretch breaks, and both are off.',
    noDays: 'No days chosen, so this reminder will never come. Choose a day.',
    noDaysOwn: 'No days chosen, so this reminder will never come. Choose a day, or turn it off.',
  },

  /** "Next: …" in Today and the welcome: `time` today, else `when` ("tomorrow at 6:30 AM"). */
  next: {
    today: ({ title, time }: { title: string; time: string }) => `Next: ${title} at ${time}.`,
    later: ({ title, when }: { title: string; when: string }) => `Next: ${title} ${when}.`,
  },
  today: {
    paused: ({ when }: { when: string }) => `Paused until ${when}. No reminders until then.`,
    pausedOpen: 'Paused until you resume. No reminders until then.',
    resume: 'Resume',
    running: 'Running.',
    /** A reminder held while the user is busy, by why. */
    held: {
      'full-screen': ({ title }: { title: string }) => `${title} held: an app is full screen.`,
      presenting: ({ title }: { title: string }) => `${title} held: you are presenting.`,
      call: ({ title }: { title: string }) => `${title} held: you are in a call.`,
      'do-not-disturb': ({ title }: { title: string }) => `${title} held: Do Not Disturb is on.`,
    },
    heldAfter: 'It comes within a minute after.',
    nothing: 'Nothing is planned in the next 24 hours.',
    pauseLabel: 'Pause reminders',
    pauseFor: {
      '30m': '30 minutes',
      '1h': '1 hour',
      '2h': '2 hours',
      'until-morning': 'Until morning',
      forever: 'Until I resume',
    },
    pause: 'Pause',
    breakNow: 'Take a posture break now',
    stretchNow: 'Stretch now',
    comingUp: 'Coming up',
    tomorrow: 'Tomorrow',
    whilePaused: 'Nothing while Limber is paused.',
    untilPause: ({ when }: { when: string }) => `Nothing until the pause ends, ${when}.`,
    allOff: 'Nothing is planned: every reminder is off, or none falls in the next 24 hours.',
    evening: 'Nothing else today. Enjoy your evening.',
    day: 'Nothing else planned for today.',
    back: ({ pain }: { pain: number }) => `Your back today: ${pain} of 10.`,
    backWord: ({ pain, word }: { pain: number; word: string }) =>
      `Your back today: ${pain} of 10, “${word}”.`,
    question: 'How is your back today?',
    sitting: ({ time }: { time: string }) => `At the computer today: ${time}.`,
    longest: ({ time }: { time: string }) => `Longest without a break: ${time}.`,
  },
  workHours: {
    on: 'Only remind me during work hours',
    start: 'Start',
    end: 'End',
    days: 'Work days',
  },
  natural: {
    on: 'Count time away from the computer as a break',
    noIdle:
      'Idle time unavailable: this system does not report it, so only locking the screen or sleep count as breaks.',
    away: 'Away for at least',
  },
  dontInterrupt: {
    title: 'Don’t interrupt',
    intro: 'A reminder that falls due while you are busy waits, and comes within a minute after.',
    fullScreen: 'Wait while an app is full screen or I am presenting',
    calls: 'Wait while I am in a call (camera or microphone in use)',
    doNotDisturb: 'Wait while Do Not Disturb or Focus is on',
    /** `why` is main's reason, one sentence or more. */
    unavailable: ({ why }: { why: string }) => `Unavailable on this system: ${why}`,
    /** Which part of a setting this system cannot tell, and main's reason. */
    partly: {
      'full-screen': ({ why }: { why: string }) => `Full-screen apps: ${why}`,
      presenting: ({ why }: { why: string }) => `Presenting: ${why}`,
    },
    caveat:
      'If reminders wait all day (a microphone that is always open, a mirrored screen), turn that kind off here.',
  },
  bedtime: {
    title: 'Bedtime',
    intro:
      'Going to bed and getting up at the same times every day, weekends too, helps your body rest and recover. Before bed, Limber suggests dimming the lights, putting screens away and a warm drink or bath.',
    on: 'Remind me to wind down and go to bed',
    bed: 'Bedtime',
    wake: 'Wake time',
    windDown: 'Wind down',
    windDownHint: 'Minutes before bedtime, up to 240 (0 turns it off)',
    getReady: 'Get ready for bed',
    getReadyHint: 'Minutes before bedtime, up to 120 (0 turns it off)',
    others: 'Different times on some evenings',
    othersHint: 'Each exception sets that night’s bedtime and the wake time the morning after.',
    /** `day` is a weekday's name: "Friday night". */
    night: ({ day }: { day: string }) => `${day} night`,
    wakeOn: ({ day }: { day: string }) => `Wake on ${day}`,
    afterMidnight: ({ day }: { day: string }) => `After midnight: early ${day} morning`,
    onEvening: ({ day }: { day: string }) => `On ${day} evening`,
    /** The night's length: the usual times; an evening's exception (`day` the morning after); after midnight. */
    length: ({ bed, wake, length }: { bed: string; wake: string; length: string }) =>
      `Bed at ${bed}, up at ${wake}: ${length} in bed.`,
    lengthOn: ({ bed, wake, day, length }: { bed: string; wake: string; day: string; length: string }) =>
      `Bed at ${bed}, up at ${wake} on ${day}: ${length} in bed.`,
    lengthLate: ({ bed, wake, day, length }: { bed: string; wake: string; day: string; length: string }) =>
      `Bed at ${bed} (early ${day}), up at ${wake} on ${day}: ${length} in bed.`,
    short: 'Most adults feel best with 7 to 9 hours; could you go to bed a little earlier?',
    long: 'Most adults feel best with 7 to 9 hours.',
  },
  activities: {
    title: 'Activities',
    intro:
      'A strong core, back and belly together, carries your back. Two to four sessions a week of 30 to 45 minutes suit most people; yoga is one of the kindest choices.',
    /** Also said in a sore-back plan's summary. */
    paused: 'Strength and yoga sessions are paused during the plan; they come back when your back is better.',
    strength: {
      title: 'Strength training',
      on: 'Remind me of strength training',
      days: 'Strength training days',
    },
    yoga: { title: 'Yoga', on: 'Remind me of yoga', days: 'Yoga days' },
    at: 'At',
    for: 'For',
    own: 'Your own reminders',
    ownHint:
      'For anything else: a glass of water, an appointment, taking off a brace after a while (support is good, but worn for too long it lets the muscles weaken).',
    none: 'No reminders of your own yet.',
    add: 'Add a reminder',
    /** The name a new reminder starts with (the user renames it at once). */
    fresh: 'New reminder',
    full: ({ max }: { max: number }) =>
      `You have ${max} reminders of your own, the most Limber keeps. Remove one to add another.`,
    item: ({ n }: { n: number }) => `Reminder ${n}`,
    name: 'Name',
    days: 'Days',
    on: 'On',
    remove: 'Remove',
    removeFor: ({ n, title }: { n: number; title: string }) => `Remove reminder ${n}, “${title}”`,
    removed: ({ title }: { title: string }) => `Removed “${title}”.`,
  },
  progress: {
    title: 'Progress',
    /** `days` is a count of days ("3 days"), shown in bold. */
    streak: ({ days }: { days: string }) => `${days} in a row with at least one break done.`,
    total: ({ count }: { count: number }) =>
      plural(count, { one: '# break done in all.', other: '# breaks done in all.' }),
    range: 'Chart range',
    days: '14 days',
    weeks: '8 weeks',
    numbers: 'Show the numbers',
    chartDays: 'Breaks done, snoozed and skipped, and back pain, last 14 days',
    chartWeeks: 'Breaks done, snoozed and skipped, and back pain, last 8 weeks',
    /** The chart's description for screen readers: totals, the latest day (or week), the check-ins. */
    totals: ({ done, snoozed, skipped }: Tally) =>
      `${done} done, ${snoozed} snoozed and ${skipped} skipped in total.`,
    lastDay: ({ done, snoozed, skipped }: Tally) =>
      `Today: ${done} done, ${snoozed} snoozed, ${skipped} skipped.`,
    lastWeek: ({ done, snoozed, skipped }: Tally) =>
      `This week: ${done} done, ${snoozed} snoozed, ${skipped} skipped.`,
    painDays: ({ count, pain }: { count: number; pain: number }) =>
      plural(count, {
        one: `Back pain checked in # day, latest ${pain} of 10.`,
        other: `Back pain checked in # days, latest ${pain} of 10.`,
      }),
    painWeeks: ({ count, pain }: { count: number; pain: number }) =>
      plural(count, {
        one: `Back pain checked in # week, latest ${pain} of 10.`,
        other: `Back pain checked in # weeks, latest ${pain} of 10.`,
      }),
    /** Under the last bar. */
    today: 'Today',
    done: 'Done',
    snoozed: 'Snoozed',
    skipped: 'Skipped',
    painKey: 'Back pain, 0 to 10 (morning check-in)',
    table: 'The numbers',
    perDay: 'Breaks per day, oldest first',
    perWeek: 'Breaks per week, oldest first',
    day: 'Day',
    weekFrom: 'Week from',
    pain: 'Pain',
    atComputer: 'At the computer',
    atComputerWeek: 'At the computer (a day)',
    longest: 'Longest without a break',
    /** A row of the daily table: the weekday's name and the date. */
    row: ({ day, date }: { day: string; date: string }) => `${day} ${date}`,
    exportHint: 'Your history, check-ins and settings as CSV and JSON files.',
    exported: ({ count, folder }: { count: number; folder: string }) =>
      plural(count, { one: `Saved # file in ${folder}.`, other: `Saved # files in ${folder}.` }),
    export: 'Export my data…',
  },
  soreBack: {
    start: 'My back hurts today…',
    startTitle: 'A gentler plan for your back',
    startBody:
      'Rest, but not too much: easy walks more often, gentle stretches only, ice or heat each morning. Limber also says when to see a doctor.',
    startOk: 'Start the plan',
    /** Before the plan's length ("For 3 days"). */
    for: 'For',
    plan: ({ day, walk, every, hold }: { day: string; walk: string; every: string; hold: string }) =>
      `Until the end of ${day}: an easy walk of ${walk} every ${every} at the computer, and only gentle stretches, held ${hold}.`,
    rest: 'Rest, but not too much.',
    end: 'End the plan',
    doctor: 'See a doctor',
    gotIt: 'Got it',
    braceOff: 'Brace: off.',
    braceOn: ({ since }: { since: string }) => `Brace: on since ${since}.`,
    braceDue: ({ since, at }: { since: string; at: string }) =>
      `Brace: on since ${since}; reminder at ${at}.`,
    putOn: 'I just put it on',
    isOff: 'It is off',
    title: 'Sore-back days',
    intro:
      '“My back hurts today”, in the tray or Today, starts a gentler plan for a few days: rest, but not too much.',
    walkEvery: 'Easy walk every',
    walk: 'Walk length',
    brace: 'Remind me to take my brace off',
    braceHint: 'Counted from your first minute at the computer each plan day, or from “I just put it on”.',
    braceFor: 'After wearing it for',
    checkIn: 'Ask how my back is each morning',
    checkInHint: 'At your first minute at the computer after wake time; always during a plan.',
  },
  welcome: {
    title: 'Welcome to Limber',
    intro:
      'Limber looks after your back while you work: posture breaks, short guided stretches, and in the evening a nudge to wind down and get to bed on time.',
    findIt: 'Find it in your tray.',
    /** Where the tray icon is, by desktop. */
    tray: {
      windows:
        'Limber lives in the notification area at the right end of the taskbar. If its icon is not there, click the ^ arrow beside it; you can drag the icon out to keep it in sight.',
      mac: 'Limber lives in the menu bar at the top right of the screen.',
      linux:
        'Limber lives in the tray of your desktop’s top or bottom bar. On GNOME, tray icons appear once the AppIndicator extension is on.',
    },
    trayUse: 'Click its icon for a break now, to pause, or to open these settings.',
    today: 'Today, with the settings as they are',
    choices: 'Three choices that matter most',
    workHours: 'Work hours',
    workHint: 'Otherwise, breaks come whenever you use the computer.',
    sleep: 'Bedtime and wake time',
    sleepHint: 'Limber stays quiet between them, and reminds you to wind down before bed.',
    natural: 'Natural breaks',
    naturalHint: 'Get up for coffee and the break clock starts again, with no reminder to answer.',
    see: 'Make sure you will see reminders',
    test: 'Send a test reminder',
    /** The notification's title is the tray's test reminder title, in the same words. */
    sent: 'Sent: a notification titled “Limber test reminder” should be on your screen now.',
    notThere: 'Not there?',
    notShown: 'This system could not show a notification.',
    untilThen: 'Until then, Limber shows each reminder in a small window of its own.',
    /** How to let notifications through, by desktop. */
    allow: {
      windows:
        'Open Settings › System › Notifications: turn notifications on, allow Limber, and check that Do not disturb is off.',
      mac: 'Open System Settings › Notifications › Limber and allow notifications; check that a Focus is not silencing them.',
      linux:
        'Open your desktop’s notification settings (on GNOME: Settings › Notifications) and allow Limber; check that Do Not Disturb is off. Some minimal desktops need a notification service, such as dunst or mako.',
    },
    advice: 'Limber is not medical advice. If back pain is severe or keeps coming back, please see a doctor.',
    close: 'Go to all settings',
    /** What Limber will do today, one line each; lengths arrive written out ("30 minutes", "1 minute"). */
    posture: ({ every, length }: { every: string; length: string }) =>
      `A posture break after every ${every} at the computer, ${length} long.`,
    stretch: ({ every, count, hold }: { every: string; count: number; hold: string }) =>
      plural(count, {
        one: `A guided stretch break every ${every}: # stretch, held ${hold}.`,
        other: `A guided stretch break every ${every}: # stretches, each held ${hold}.`,
      }),
    inHours: ({ start, end, days }: { start: string; end: string; days: string }) =>
      `Breaks only in work hours: ${start} to ${end}, ${days}.`,
    anyTime: 'Breaks whenever you use the computer, outside the night.',
    idle: ({ time }: { time: string }) =>
      `Time away from the computer for ${time} or more counts as a break.`,
    windDown: ({ time }: { time: string }) => `In the evening, a reminder to wind down at ${time}.`,
    getReady: ({ time }: { time: string }) => `A reminder to get ready for bed at ${time}.`,
    bed: ({ bed, wake }: { bed: string; wake: string }) =>
      `Bedtime at ${bed}, and quiet from then until ${wake} (different on evenings you set).`,
    none: 'Nothing: every reminder is off. Turn on the ones you want below or in the settings.',
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
