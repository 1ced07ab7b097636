// English, the source catalog: every text a user reads, by where it is read. Each other language is one file with
// the same sections and keys (locales/catalog.ts types them from this file; test/i18n/catalogs.test.ts checks them).
// A message that takes values is a function of them; plurals go through `plural` (Intl's rules for the language);
// times, days and durations arrive already formatted (main/core/i18n/format.ts).
import { pluralFor } from '../main/core/i18n/plural'

// Pure: a texts file that says no plural (the check-in's, the dimmed screen's) leaves it out.
const plural = /* @__PURE__ */ pluralFor('en')

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
    /** Said at the scale when Save is pressed before a number is chosen (the app’s own words, not the browser’s). */
    choose: 'Choose a number from 0 to 10 first.',
  },
  /** Starts the heat or ice timer (Today, Cold and heat, the break window's check-in). Heat first. */
  start: { heat: 'Start heat', ice: 'Start ice' },
  /** Ends the running timer (Today, Cold and heat, the tray): the user takes the pack off. */
  stop: { heat: 'Stop heat', ice: 'Stop ice' },
  /**
   * The running timer, in Today and first in the tray: the time left of a round on, or of the rest before the next
   * round (`round` is the round on, or the one coming). One round alone is not counted.
   */
  therapyLine: {
    'ice-on': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      rounds === 1 ? `Ice on, ${left} left` : `Ice on, ${left} left, round ${round} of ${rounds}`,
    'ice-off': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      `Ice off, ${left} until round ${round} of ${rounds}`,
    'heat-on': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      rounds === 1 ? `Heat on, ${left} left` : `Heat on, ${left} left, round ${round} of ${rounds}`,
    'heat-off': ({ round, rounds, left }: { round: number; rounds: number; left: string }) =>
      `Heat off, ${left} until round ${round} of ${rounds}`,
  },
  /**
   * When to see a doctor, graded by urgency (main/core/content/warning-signs.ts orders the tiers). Each sign sits in
   * its tier here and in every language: moving one to another tier is a change of medical meaning, not of wording.
   * Signs complete "if you have back pain and:"; the wording follows the NHS back-pain page where it has one
   * (docs/health-content.md).
   */
  warningSigns: {
    title: 'When to see a doctor',
    emergency: {
      title: 'Get emergency help now',
      action:
        'Call your local emergency number or go to an emergency department straight away if you have back pain and:',
      signs: {
        saddle: 'numbness or tingling around your genitals or bottom',
        bladder: 'new difficulty peeing, or losing control of your bladder or bowels',
        sexual: 'new problems with sex, such as numbness or being unable to get an erection',
        legs: 'weakness or numbness in both legs, or leg weakness that keeps getting worse or makes you unsteady on your feet',
        chest: 'chest pain',
      },
    },
    today: {
      title: 'See a doctor today',
      action:
        'Ask for an urgent appointment with a doctor today, or call your local out-of-hours or urgent care service, if you have back pain and:',
      signs: {
        fever: 'a high temperature, or you feel unwell in yourself',
        fall: 'it started after a fall or an accident, or after even a small fall if you have osteoporosis or take steroids long term',
        cancer: 'you have had cancer, or you have lost weight without trying to',
        immunity: 'a weakened immune system, long-term steroid treatment, or you inject drugs',
        severe: 'pain that is constant and severe, wakes you at night, or does not ease when you lie still',
        age: 'it is new back pain and you are over 50',
        shape: 'a new lump or swelling on your back, or your back has changed shape',
      },
    },
    soon: {
      title: 'Book an appointment soon',
      action: 'Book an appointment with a doctor or physiotherapist if:',
      signs: {
        lasting: 'your back pain is not getting better after a few weeks, or keeps coming back',
        leg: 'pain or tingling down one leg is not settling',
      },
      note: 'Pain or tingling down one leg on its own is common with back pain, and not an emergency.',
    },
    reassurance: 'Most new back pain gets much better within a few weeks.',
    disclaimer:
      'This is not medical advice: Limber cannot tell what causes your pain, and never suggests medicines.',
    /** The morning check-in's line on a sore-back plan day: the emergency signs in brief, then a way to all of them. */
    line: 'Get emergency help now if your back pain comes with numbness around your genitals or bottom, new bladder, bowel or sexual problems, weakness or numbness in both legs, or chest pain.',
    all: 'All warning signs',
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
    dayLimit: 'Daily limit',
    firm: 'Screens and firm mode',
  },
  /** Units shown after a number field, and what its range hint says. */
  unit: { min: 'min', s: 's', h: 'h' },
  range: {
    min: ({ min, max }: { min: number; max: number }) => `${min}–${max} minutes`,
    s: ({ min, max }: { min: number; max: number }) => `${min}–${max} seconds`,
    plain: ({ min, max }: { min: number; max: number }) => `${min}–${max}`,
    h: ({ min, max }: { min: number; max: number }) => `${min}–${max} hours`,
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
    deskOnlyHint: 'If you have not set work hours, Limber never suggests a floor stretch.',
    every: 'Stretch every',
    perBreak: 'Stretches per break',
    hold: 'Hold each stretch',
    holdHint: '8–30 seconds; 8–10 is plenty for most people',
    reps: 'Repetitions',
    repsHint: '1–10; one-sided stretches take turns, at least once on each side',
    /** Shown above the stretches: who should ask first. */
    caution:
      'If you have osteoporosis, are pregnant, or have had surgery on your spine or hips recently, ask your doctor or physiotherapist which stretches suit you.',
    /** The break window's optional cues, for someone who cannot see the screen from where they stretch. */
    soundCues: 'Sound cues: a soft tone when a hold starts, when it ends and when to switch sides',
    voice: 'Read each step aloud and count down the end of each hold',
    voiceHint: 'Uses your system’s voice for the language Limber is in.',
    noVoice: 'Your system has no voice for this language, so nothing can be read aloud.',
  },
  general: {
    title: 'General',
    atLogin: 'Start Limber when I log in',
    language: 'Language',
    /**
     * The Language setting's first choice, naming the language the system gives ("English"); after a colon, as a name
     * may hold parentheses of its own ("Português (Brasil)").
     */
    system: ({ name }: { name: string }) => `System default: ${name}`,
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
      'A timer that says when to put the pack on and when to take it off: start it here, in the tray menu or in Today. Heat has the better evidence for a new bout of back pain; ice suits some people. Use whichever helps you.',
    safetyTitle: 'Use heat and cold safely',
    safety: [
      'Always keep a cloth or layer between the pack and your skin.',
      'Never use heat or cold on skin that is numb or broken.',
      'If you have diabetes, nerve damage (neuropathy), poor circulation or Raynaud’s, ask a doctor or physiotherapist before you use heat or cold.',
      'Never fall asleep with a heating pad or warm pack on.',
      'Check your skin as you go, and stop if it turns very red, blisters or goes white.',
    ],
    heat: 'Heat',
    /** How to use heat, then ice, under each one's timings. */
    heatHow: [
      'Use a heating pad on a low setting, with a layer between it and your skin.',
      'No heating pad? Fill a clean sock with dry rice, tie it shut, and warm it in the microwave for 20 to 30 seconds.',
      'Check the warmth on your hand before it goes on your back.',
    ],
    ice: 'Ice',
    iceHow: [
      'Twenty minutes on, then at least twenty minutes off, and repeat.',
      'Always wrap the pack in a cloth or towel. Never put ice straight on your skin.',
      'A gel pack, crushed ice in a bag, or a bag of frozen peas, wrapped in a tea towel, all work well.',
    ],
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
    /** About's updates: the state of the installed app's updates, and the setting that turns them off. */
    updates: {
      title: 'Updates',
      automatic: 'Download and install updates automatically',
      check: 'Check for updates',
      checking: 'Checking for updates…',
      latest: 'Limber is up to date.',
      downloading: ({ version, percent }: { version: string; percent: number }) =>
        `Downloading version ${version} (${percent}%)…`,
      ready: ({ version }: { version: string }) =>
        `Version ${version} is ready. It installs when Limber quits.`,
      restart: 'Restart to update',
      restartWaiting: 'Limber restarts to update as soon as this break is over.',
      failed: {
        offline: 'Could not check for updates: this computer seems to be offline. Limber tries again later.',
        signature:
          'The update was not installed: the download did not match the published release. Limber tries again later.',
        'no-space': 'The update could not be downloaded: there is not enough free disk space.',
        other: 'Could not check for updates. The log file says why.',
      },
      system: ({ kind }: { kind: string }) =>
        `This copy was installed as a ${kind} package, so your system updates it (its package manager or software centre), not Limber.`,
      none: 'Updates come to the installed app only.',
    },
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
    /** Ice stays off at least as long as it was on: said at "Off", or at "On" when that was changed. */
    offAtLeast: ({ on }: { on: string }) =>
      `Keep it off at least as long as it is on (${on}), so your skin can warm up again.`,
    onAtMost: ({ off }: { off: string }) =>
      `Keep it on no longer than it is off (${off}), so your skin can warm up again.`,
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
      'screen-kept-on': ({ title }: { title: string }) => `${title} held: an app is keeping the screen on.`,
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
    /** Opens today's answer again, to correct it (the form comes back with the answer in it). */
    changeCheckIn: 'Change',
    question: 'How is your back today?',
    /** Why Today suggests a doctor after a check-in (the warning signs follow). */
    painHigh: ({ pain }: { pain: number }) =>
      `You rated your back ${pain} of 10 today. Pain that strong is worth showing to a doctor: book an appointment, and check the signs below for how soon.`,
    painRising:
      'Your back pain has gone up at each of your last three check-ins. Pain that keeps getting worse is worth showing to a doctor: book an appointment, and check the signs below for how soon.',
    sitting: ({ time }: { time: string }) => `At the computer today: ${time}.`,
    longest: ({ time }: { time: string }) => `Longest without a break: ${time}.`,
    /** Today's long sitting bouts (over 35 minutes without a break). */
    longBouts: ({ count }: { count: number }) =>
      count === 0
        ? 'No long sitting bout today.'
        : plural(count, { one: '# long sitting bout today.', other: '# long sitting bouts today.' }),
    /** The daily limit, once today's time at the computer reached it. */
    limitReached: ({ limit }: { limit: string }) =>
      `You reached today’s limit of ${limit} at the computer. Time to call it a day when you can.`,
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
    screenKeptOn: 'Wait while an app keeps the screen on (a video or a call)',
    /** A setting this system cannot tell at all: this sentence, then why (`app.busyWhy`'s sentences). */
    unavailable: ({ why }: { why: string }) => `Unavailable on this system. ${why}`,
    /** The part of a setting this system cannot tell, in the same pattern: what is not detected, then why. */
    partly: {
      'full-screen': ({ why }: { why: string }) => `Full-screen apps are not detected on this system. ${why}`,
      presenting: ({ why }: { why: string }) => `Presenting is not detected on this system. ${why}`,
      call: ({ why }: { why: string }) =>
        `Only the camera is checked on this system, not the microphone. ${why}`,
      'do-not-disturb': ({ why }: { why: string }) =>
        `Do Not Disturb is not always detected on this system. ${why}`,
      'screen-kept-on': ({ why }: { why: string }) =>
        `An app keeping the screen on is not always detected on this system. ${why}`,
    },
    /** Under the settings: when to turn one off. */
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
      'A strong core, back and belly together, carries your back. Two to four sessions a week of 30 to 45 minutes suit most people, and a trainer or physiotherapist can show you good form. Yoga helps many people too.',
    /** Also said in a sore-back plan's summary. */
    paused: 'Strength and yoga sessions are paused during the plan; they come back when it ends.',
    strength: {
      title: 'Strength training',
      on: 'Remind me of strength training',
      days: 'Strength training days',
    },
    yoga: { title: 'Yoga', on: 'Remind me of yoga', days: 'Yoga days' },
    at: 'At',
    for: 'For',
    own: 'Your own reminders',
    ownHint: 'For anything else: a glass of water, an appointment, taking off a brace after a while.',
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
    /** The chart's two strips, each with its own scale: back pain (0 to 10) above, the breaks below. */
    painKey: 'Back pain, 0 to 10 (morning check-in)',
    breaks: 'Breaks',
    table: 'The numbers',
    perDay: 'Breaks per day, oldest first',
    perWeek: 'Breaks per week, oldest first',
    day: 'Day',
    weekFrom: 'Week from',
    /** The table's column of the three tallies, and one day's (or week's) tally read out in words. */
    tallies: 'Breaks done, snoozed, skipped',
    tally: ({ done, snoozed, skipped }: Tally) => `${done} done, ${snoozed} snoozed, ${skipped} skipped`,
    pain: 'Pain',
    atComputer: 'At the computer',
    atComputerWeek: 'At the computer (a day)',
    longest: 'Longest without a break',
    exportHint: 'Your history, check-ins and settings as CSV and JSON files.',
    /** The disclosure with the system's own words, under a failed export's message. */
    exportDetail: 'What the system said',
    exported: ({ count, folder }: { count: number; folder: string }) =>
      plural(count, { one: `Saved # file in ${folder}.`, other: `Saved # files in ${folder}.` }),
    export: 'Export my data…',
    /** The back figures (back-figures.tsx): this week against the goals, today's figures, why they matter. */
    backTitle: 'Your back this week',
    soFar: 'So far this week.',
    weekDone: 'Last full week.',
    goalMet: 'Goal met.',
    goalNotYet: 'Not there yet.',
    goalMissed: 'Goal missed.',
    goalNoData: 'Nothing to judge yet.',
    /** The sitting goal: good work days (at most `bouts` long sitting bouts) of those at the computer. */
    sittingLine: ({ good, days, bouts }: { good: number; days: number; bouts: number }) =>
      bouts === 0
        ? `${good} of ${days} work days at the computer without a long sitting bout.`
        : plural(bouts, {
            one: `${good} of ${days} work days at the computer with at most # long sitting bout.`,
            other: `${good} of ${days} work days at the computer with at most # long sitting bouts.`,
          }),
    sittingGoal: ({ want, of }: { want: number; of: number }) => `Goal: ${want} of ${of} work days.`,
    breaksLine: ({ taken, offered, percent }: { taken: number; offered: number; percent: number }) =>
      plural(offered, {
        one: `${taken} of # break taken (${percent}%).`,
        other: `${taken} of # breaks taken (${percent}%).`,
      }),
    breaksNone: 'No breaks offered yet.',
    breaksGoal: ({ percent }: { percent: number }) => `Goal: at least ${percent}%.`,
    /** Today in Progress: the long bouts (Today's own line), the longest stretch, the breaks taken. */
    todayLine: ({ longest, taken, offered }: { longest: string; taken: number; offered: number }) =>
      `Longest without a break: ${longest}. Breaks taken: ${taken} of ${offered}.`,
    /** Why these figures: in our words, from docs/health-content.md. */
    why: ({ minutes }: { minutes: number }) =>
      `A long sitting bout is more than ${minutes} minutes at the computer without a break. In workplace studies, short breaks every half hour cut sitting by about half an hour a day, and office workers who took active breaks reported new low-back pain far less often.`,
    goals: 'Change the goals',
    goalBouts: 'Long sitting bouts a good day may have',
    goalDays: 'Good days wanted a week',
    goalDaysHint: ({ days }: { days: number }) =>
      plural(days, {
        one: 'Of your # work day (set in General).',
        other: 'Of your # work days (set in General).',
      }),
    goalBreaks: 'Breaks to take, in percent',
    goalBreaksHint: '0–100 percent of the breaks offered',
    longBouts: 'Long bouts',
    breaksTaken: 'Breaks taken',
    /** A table cell: breaks taken of those offered. */
    takenOf: ({ taken, offered }: { taken: number; offered: number }) => `${taken} of ${offered}`,
  },
  /** The daily limit of time at the computer (day-limit.tsx). */
  dayLimit: {
    title: 'Daily limit',
    intro:
      'An honest end to the day: a limit on your time at the computer, the same time Today shows. Time away from it does not count.',
    on: 'Tell me when I reach a daily limit',
    hours: 'Time at the computer a day',
    how: 'Limber tells you once when you reach it and gently every hour after, and its tray icon turns quieter until midnight. It never locks you out, and it keeps quiet during your sleep hours, when the bedtime reminders speak.',
    soFar: ({ time, limit }: { time: string; limit: string }) => `Today so far: ${time} of ${limit}.`,
  },
  soreBack: {
    start: 'My back hurts today…',
    startTitle: 'A gentler plan for your back',
    startBody:
      'Rest, but not too much: easy walks more often, only gentle stretches at the desk or standing, heat or ice each morning. Limber also says when to see a doctor.',
    startOk: 'Start the plan',
    /** Before the plan's length ("For 3 days"). */
    for: 'For',
    plan: ({ day, walk, every, hold }: { day: string; walk: string; every: string; hold: string }) =>
      `Until the end of ${day}: an easy walk of ${walk} every ${every} at the computer, and only gentle stretches at the desk or standing, held ${hold}.`,
    rest: 'Rest, but not too much.',
    sports:
      'Pause sports that load your back, such as golf, ball games, swimming or kayaking, until it settles.',
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
    braceCaution:
      'Guidelines for low back pain do not recommend braces or support belts. If you wear one, keep it to short spells and never too tight, and ask someone qualified, such as a physiotherapist, to show you how to put it on.',
    braceFor: 'After wearing it for',
    checkIn: 'Ask how my back is each morning',
    checkInHint: 'At your first minute at the computer after wake time; always during a plan.',
  },
  welcome: {
    title: 'Welcome to Limber',
    /** The first screen: three short lines, then Start. The rest is below, for those who want it. */
    what: 'Limber reminds you to get up, stretch and sit well at work, and to go to bed on time.',
    /** Quotes the sore-back plan's button (soreBack.start) as it reads, without its dots. */
    sore: 'Bad day? “My back hurts today” brings a gentler plan, a morning check-in, and heat or ice.',
    find: 'Its icon is in the bar at the top or bottom of your screen: click it any time.',
    start: 'Start',
    more: 'More, if you want it',
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
  /** Settings → Stretches: routines from a physiotherapist (renderer/settings/routines.tsx). */
  routines: {
    title: 'Routines from your physiotherapist',
    intro:
      'Import the routine file your physiotherapist gave you. Limber checks every field and keeps nothing from a file with a problem.',
    import: 'Import a routine…',
    none: 'No routine imported yet.',
    count: ({ count }: { count: number }) => plural(count, { one: 'One stretch', other: '# stretches' }),
    forBreaks: 'Use it for stretch breaks, instead of the automatic choice',
    remind: 'Remind me to do it',
    time: 'At',
    days: 'On',
    export: 'Export…',
    remove: 'Remove',
    removed: ({ name }: { name: string }) => `Removed “${name}”.`,
    soreBack: ({ count }: { count: number }) =>
      plural(count, {
        one: 'On a sore-back day, one of its stretches is left out (it is not gentle, or it is on the floor).',
        other: 'On a sore-back day, # of its stretches are left out (not gentle, or on the floor).',
      }),
    fix: 'What to fix in the file:',
  },
  firm: {
    title: 'Screens and firm mode',
    intro: 'Where breaks show when you have more than one screen, and how hard they are to wave away.',
    screens: 'Screens',
    everyDisplay: 'Full-screen breaks dim my other screens',
    everyDisplayHint:
      'The break shows on the screen you are working on. The others show a calm dimmed page, with a button to bring the break there.',
    firmTitle: 'Firm mode',
    level: 'How firm breaks are',
    levels: {
      gentle: 'Gentle: Done, Snooze and Skip (firm mode off)',
      'no-skip': 'No skip: Snooze stays, Skip goes',
      firm: 'Firm: one snooze, then the break stays until it is done or its time is up',
    },
    never:
      'Never a trap: a firm break ends on its own when its time is up, Pause in the tray always works, and holding Esc for 3 seconds leaves any break without Skip (it counts as skipped). Breaks you start yourself, breaks held while you were busy or shown late, stretches on the floor and sore-back days are never made firmer.',
    limitSkips: 'Limit skips a day',
    skipsPerDay: 'Skips a day',
    skipsHint: 'After that, Skip turns into Snooze until midnight.',
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
    routine: 'Your routine',
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
  tipHeading: { posture: 'Back at your desk', evening: 'For this evening', other: 'Remember' },
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
  /** A change of position between stretches: the button (and the R key) that ends it when the user is in place. */
  ready: "I'm ready",
  /** Above a change of position: what comes after it ("Next: Knee to chest"), or, after the last one, this. */
  nextUp: ({ name }: { name: string }) => `Next: ${name}`,
  lastStep: 'Last step',
  /** The figure's side marker for a one-sided stretch, also said after its text alternative. */
  figure: {
    right: 'Right side',
    left: 'Left side',
    alt: ({ what, side }: { what: string; side: string }) => `${what} ${side}.`,
  },
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
    iceOrHeat: 'Heat or ice',
    running: {
      ice: 'The ice timer is running: Limber tells you when to take it off.',
      heat: 'The heat timer is running: Limber tells you when to take it off.',
    },
  },
  /** Firm mode's lines above the buttons (settings: Screens and firm mode). */
  firm: {
    noSkip: 'Firm mode: this break can be snoozed, not skipped.',
    stays: 'Firm mode: this break stays until it is done or its time is up.',
    used: ({ count }: { count: number }) =>
      plural(count, {
        one: 'You have used today’s skip: Skip is Snooze until midnight.',
        other: 'You have used today’s # skips: Skip is Snooze until midnight.',
      }),
    left: ({ count }: { count: number }) =>
      plural(count, { one: 'One skip left today.', other: '# skips left today.' }),
    emergency: 'In an emergency, hold Esc for 3 seconds to leave.',
    holding: 'Keep holding Esc to leave…',
  },
  /** The calm page on the other screens while a full-screen break shows. */
  dimmed: {
    title: 'A break is on',
    body: 'Your break is showing on another screen.',
    bringHere: 'Show the break here',
    over: 'The break is over.',
  },
}

/** Main: the tray menu and tooltip, notifications, command-line answers, dialogs, messages about bad input. */
export const app = {
  /** Why this system cannot tell a busy state (DetectorWhy codes); main sends these to the settings window. */
  busyWhy: {
    'no-shell': 'This version of Limber cannot tell on this system.',
    failed: 'Limber could not check this system; the log says why.',
    'no-answer': 'This system did not answer when asked (see the log).',
    'no-way': 'This system offers no way to tell.',
    'no-presenting-signal':
      'Linux desktops have no common signal for presenting; a slideshow in full screen counts as full screen.',
    wayland: 'On Wayland, apps cannot see whether another window is full screen.',
    'no-x11': 'No X11 display to ask (DISPLAY is not set).',
    'no-ewmh': 'The window manager does not say which window is active (no EWMH support).',
    'no-desktop-dnd':
      'Neither GNOME’s, Cinnamon’s or MATE’s notification settings nor a notification server with a Do Not Disturb switch (KDE Plasma) answered.',
    'no-pactl': 'PulseAudio’s tools (pactl) are not installed.',
    'no-sound-server': 'No PulseAudio or PipeWire sound server answered.',
    'needs-full-disk-access':
      'macOS keeps Focus private. Allow Limber Full Disk Access, or set Focus in the menu bar to Show When Active.',
    'no-capture-record':
      'This Windows keeps no record of camera and microphone use (Windows 10 1903 and later do).',
    'no-inhibit-signal':
      'Neither GNOME’s session nor KDE Plasma’s power management answered, and only they say whether an app keeps the screen on.',
  },
  /** How the tray, lists and notifications call each reminder (sessions and custom ones carry their own title). */
  names: {
    posture: { title: 'Posture break', short: 'Posture break' },
    stretch: { title: 'Stretch break', short: 'Stretch' },
    'wind-down': { title: 'Wind down', short: 'Wind-down' },
    'get-ready': { title: 'Get ready for bed', short: 'Get ready for bed' },
    bedtime: { title: 'Bedtime', short: 'Bedtime' },
    strength: 'Strength training',
    yoga: 'Yoga',
  },
  /** The tray icon's tooltip and menu. Menu items stay short (about 40 characters). */
  tray: {
    tooltip: ({ status }: { status: string }) => `Limber — ${status}`,
    tooltipWithPlan: ({ status, plan }: { status: string; plan: string }) => `Limber — ${status} · ${plan}`,
    now: ({ name }: { name: string }) => `${name} now`,
    pausedUntilResumed: 'Paused until you resume',
    pausedUntil: ({ when }: { when: string }) => `Paused until ${when}`,
    nothingComing: 'No reminders coming up',
    nextIn: ({ name, duration }: { name: string; duration: string }) => `${name} in ${duration}`,
    /** The next reminder: today at `time` ("Stretch at 14:30"); on a later day, `when` ("tomorrow at 9:00"). */
    nextAt: ({ name, time }: { name: string; time: string }) => `${name} at ${time}`,
    nextLater: ({ name, when }: { name: string; when: string }) => `${name} ${when}`,
    sleepUntil: ({ when }: { when: string }) => `Sleep time until ${when}`,
    bedtimeAt: ({ when }: { when: string }) => `Bedtime ${when}`,
    bedtimeIn: ({ when, duration }: { when: string; duration: string }) => `Bedtime ${when} (in ${duration})`,
    showBreak: 'Show the break',
    breakNow: 'Take a break now',
    stretchNow: 'Start a stretch now',
    therapy: 'Therapy timer',
    /** The timer's two items, heat first; with one round there is no rest to name. */
    ice: ({ on, off, count }: { on: string; off: string; count: number }) =>
      plural(count, {
        one: `Ice (${on}, # round)`,
        other: `Ice (${on} on, ${off} off, # rounds)`,
      }),
    heat: ({ on, off, count }: { on: string; off: string; count: number }) =>
      plural(count, {
        one: `Heat (${on}, # round)`,
        other: `Heat (${on} on, ${off} off, # rounds)`,
      }),
    stopTimer: 'Stop the timer',
    resume: 'Resume',
    pause: 'Pause',
    pause30m: '30 minutes',
    pause1h: '1 hour',
    pause2h: '2 hours',
    pauseUntilMorning: 'Until tomorrow morning',
    pauseForever: 'Until I resume',
    skipNext: 'Skip next',
    skipNextNamed: ({ name }: { name: string }) => `Skip next (${name})`,
    settings: 'Settings…',
    quit: 'Quit Limber',
    updateReady: ({ version }: { version: string }) =>
      `Update ready: version ${version} installs when Limber quits`,
    updateAfterBreak: ({ version }: { version: string }) => `Version ${version} installs after this break`,
    updateInstall: 'Restart now to update',
  },
  /** A reminder that waited while the user was busy: the line its notification starts with, and the tray's line. */
  held: {
    for: {
      'full-screen': ({ duration }: { duration: string }) => `Held ${duration} while an app was full screen.`,
      presenting: ({ duration }: { duration: string }) => `Held ${duration} while you were presenting.`,
      call: ({ duration }: { duration: string }) => `Held ${duration} while you were in a call.`,
      'do-not-disturb': ({ duration }: { duration: string }) =>
        `Held ${duration} while Do Not Disturb was on.`,
      'screen-kept-on': ({ duration }: { duration: string }) =>
        `Held ${duration} while an app kept the screen on.`,
    },
    now: {
      'full-screen': ({ name }: { name: string }) => `${name} held: an app is full screen`,
      presenting: ({ name }: { name: string }) => `${name} held: you are presenting`,
      call: ({ name }: { name: string }) => `${name} held: you are in a call`,
      'do-not-disturb': ({ name }: { name: string }) => `${name} held: Do Not Disturb is on`,
      'screen-kept-on': ({ name }: { name: string }) => `${name} held: an app is keeping the screen on`,
    },
  },
  /** Reminder notifications (title up to 40 characters, body up to 120) and the break window's line. */
  notify: {
    postureTitle: 'Time for a posture break',
    /** The posture break's first sentence, before a tip; alone in the break window. */
    postureLead: 'Stand up, move around and reset how you sit.',
    /** The posture break's notification: the lead, then a tip for when the user sits down again. */
    postureBody: ({ tip }: { tip: string }) =>
      `Stand up, move around and reset how you sit. Back at your desk: ${tip}`,
    stretchTitle: 'Time to stretch',
    /** A stretch done on the floor, named before the user starts: it needs room and a minute to get down. */
    onTheFloor: ({ name }: { name: string }) => `${name} (on the floor)`,
    stretchBody: ({ count, names, hold }: { count: number; names: string; hold: string }) =>
      plural(count, {
        one: `One stretch for your back: ${names}. Hold each ${hold}.`,
        other: `# stretches for your back: ${names}. Hold each ${hold}.`,
      }),
    noGentleStretch:
      'No gentle desk or standing stretch is switched on; stand up and move gently for a minute instead.',
    noStretch:
      'Every stretch is switched off in the settings; stand up and move gently for a minute instead.',
    customBody: 'Your own reminder, at the time you chose.',
    /** The quiet notice a little before a break. */
    headsUpPosture: ({ duration }: { duration: string }) => `A posture break in ${duration}`,
    headsUpStretch: ({ duration }: { duration: string }) => `A stretch break in ${duration}`,
    headsUpBody: 'Finish your thought; Limber will ask you to get up in a moment.',
    /** The buttons of a reminder's notification (where the system shows buttons). */
    start: 'Start',
    snooze: 'Snooze',
    skip: 'Skip',
    testTitle: 'Limber test reminder',
    testBody: 'This is how Limber’s reminders will look. You can close this one.',
  },
  /** Answers to the user's commands (tray, command line, windows). */
  commands: {
    unknown: 'Limber does not know that command.',
    paused: {
      '30m': 'Limber is paused for 30 minutes.',
      '1h': 'Limber is paused for 1 hour.',
      '2h': 'Limber is paused for 2 hours.',
      'until-morning': 'Limber is paused until tomorrow morning.',
      forever: 'Limber is paused until you resume.',
    },
    resumed: 'Limber is running again.',
    postureStarted: 'Posture break started.',
    stretchStarted: 'Stretch break started.',
    skipped: 'The next reminder is skipped.',
    nothingToSkip: 'No reminder is coming up.',
    skipKept: 'Firm mode keeps the next break. Pause Limber instead if you need to.',
    iceStarted: 'Ice timer started.',
    heatStarted: 'Heat timer started.',
    therapyStopped: 'Therapy timer stopped. Take the pack off now.',
    breakShown: 'Break window opened.',
    settingsShown: 'Settings opened.',
    quitting: 'Limber is quitting.',
    answered: 'Answered.',
    goneFromScreen: 'That reminder is no longer on screen.',
    planStartedToday: 'Sore-back plan started for today: gentler breaks.',
    planStarted: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Sore-back plan started for # day: gentler breaks.',
        other: 'Sore-back plan started for # days: gentler breaks.',
      }),
    seeDoctorNote: 'The Limber window says when to see a doctor.',
    planEnded: 'Sore-back plan ended.',
    noPlan: 'No sore-back plan was running.',
    noted: 'Noted.',
    braceWithoutPlan: 'The brace reminder belongs to a sore-back plan, and none is running.',
    checkInKept: 'Check-in kept.',
    checkInRange: 'A check-in is a whole number from 0 to 10.',
    noCheckIn: 'No check-in today.',
    updateChecking: 'Checking for updates.',
    updateInstalling: 'Limber restarts to install the update.',
    updateNotReady: 'No update is ready to install.',
    failed: 'Limber could not do that; see the log.',
  },
  /** Answers to a command line Limber cannot follow; `usage` follows most of them. */
  commandLine: {
    usage:
      'Use one of: --pause 30m|1h|2h|until-morning|forever, --resume, --break-now, --stretch-now, ' +
      '--sore-back [1d|2d|3d|5d|off], --import-routine FILE, --settings, --quit.',
    unreadable: 'The command line could not be read.',
    tooMany: ({ count }: { count: number }) => `Too many arguments (${count}).`,
    notText: 'Arguments must be text.',
    tooLong: ({ position, max }: { position: number; max: number }) =>
      `Argument ${position} is too long (at most ${max} characters).`,
    pauseNeeds: ({ values }: { values: string }) => `--pause needs how long: ${values}.`,
    soreBackTakes: ({ values }: { values: string }) => `--sore-back takes how many days or off: ${values}.`,
    noValue: ({ name }: { name: string }) => `${name} takes no value.`,
    unknown: ({ position }: { position: number }) => `Argument ${position} is not one Limber knows.`,
    oneAtATime: ({ count }: { count: number }) => `Give one command at a time, got ${count}.`,
  },
  /** "Export my data": the folder picker and the answers the settings window shows. */
  export: {
    title: 'Export my data',
    button: 'Export here',
    unavailable: 'Exporting is not available in this version of Limber.',
    dialogFailed: 'Limber could not open the folder dialog.',
    cancelled: 'Export cancelled: nothing was written.',
    /** The new folder's name; `date` is YYYY-MM-DD, so the folders sort by day. */
    folder: ({ date }: { date: string }) => `Limber export ${date}`,
    /**
     * Writing failed: why, in the user's words, by the system's error code (EACCES, ENOSPC…); the system's own
     * words go with it as a detail the window shows on request.
     */
    writeFailed: {
      denied: ({ folder }: { folder: string }) =>
        `Limber is not allowed to write into ${folder}. Nothing there was changed; choose another folder.`,
      noSpace: ({ folder }: { folder: string }) =>
        `There is no room left in ${folder}. Nothing there was changed.`,
      readOnly: ({ folder }: { folder: string }) =>
        `${folder} can only be read, not written to. Nothing there was changed; choose another folder.`,
      gone: ({ folder }: { folder: string }) =>
        `${folder} is not there any more. Nothing was written; choose another folder.`,
      other: ({ folder }: { folder: string }) =>
        `Limber could not write into ${folder}. Nothing there was changed.`,
    },
    full: ({ folder, count }: { folder: string; count: number }) =>
      `${folder} already holds ${count} exports from today. Choose another folder.`,
    /** The folder dialog answered a path that is not a full one (it would be written relative to where Limber runs). */
    notFullPath: ({ folder }: { folder: string }) =>
      `Limber exports only into a folder given by its full path, and “${folder}” is not one. Nothing was written: ` +
      'choose the folder again.',
  },
  /** What the user is told at start when the settings file could not be kept as it was. */
  settingsFile: {
    resetTitle: 'Settings were reset',
    reset: 'Your settings file could not be read, so Limber started with its default settings.',
    resetKept: ({ file }: { file: string }) =>
      `Your settings file could not be read, so Limber started with its default settings. The damaged file was kept as ${file}.`,
    someResetTitle: 'Some settings were reset',
    allReplaced: 'Your settings could not be read, so Limber went back to its defaults.',
    replaced: ({ fields }: { fields: string }) =>
      `These could not be kept and are back to their defaults: ${fields}.`,
    replacedMore: ({ fields, count }: { fields: string; count: number }) =>
      plural(count, {
        one: `These could not be kept and are back to their defaults: ${fields} and # more.`,
        other: `These could not be kept and are back to their defaults: ${fields} and # more.`,
      }),
    previousKept: ({ file }: { file: string }) => `Your previous file was kept as ${file}.`,
  },
  /** Dialogs the desktop shell shows. */
  dialogs: {
    commandNotUnderstood: 'Limber did not understand the command',
    couldNotStart: 'Limber could not start',
    couldNotStartDetail: ({ what, file }: { what: string; file: string }) =>
      `${what}\n\nThe details are in the log file:\n${file}\n\nIf this keeps happening, please send that file with your report.`,
    loginItemFailed: 'Limber could not change start at login',
    loginItemFailedDetail: ({ what, file }: { what: string; file: string }) =>
      `${what} The log has the details: ${file}`,
    /** The `what` above when Limber's own path cannot go into a Linux autostart entry. */
    loginItemUnsafe: ({ path }: { path: string }) =>
      `Limber cannot start at login from ${path}: the path holds a line break or another control character, which an autostart entry cannot hold safely. Move Limber to a folder whose name has none.`,
  } /** Routines from a physiotherapist (main/app/routines): importing, exporting, what a file may hold. */,
  routines: {
    /** The file dialogs. */
    openTitle: 'Import a routine',
    openButton: 'Import',
    saveTitle: 'Export the routine',
    saveButton: 'Export',
    fileKind: 'Limber routine',
    /** The exported file's name, before ".json". */
    fileName: ({ name }: { name: string }) => `${name} (Limber routine)`,
    imported: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `Imported the routine “${name}”, with one stretch.`,
        other: `Imported the routine “${name}”, with # stretches.`,
      }),
    replaced: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `Updated the routine “${name}”: it now has one stretch.`,
        other: `Updated the routine “${name}”: it now has # stretches.`,
      }),
    notImported: ({ file }: { file: string }) => `The routine in ${file} was not imported.`,
    notImportedTitle: 'The routine was not imported',
    importedTitle: 'Routine imported',
    nothingKept: 'Nothing was changed.',
    cancelled: 'Nothing was imported.',
    exportCancelled: 'Nothing was exported.',
    exported: ({ file }: { file: string }) => `Exported to ${file}.`,
    exportFailed: ({ reason }: { reason: string }) => `Limber could not write the file: ${reason}.`,
    dialogOpen: 'A file dialog is already open: finish with it first.',
    dialogFailed: 'Limber could not open the file dialog.',
    unavailable: 'Importing and exporting routines is not available in this version of Limber.',
    tooMany: ({ max }: { max: number }) =>
      `Limber keeps at most ${max} routines: remove one before importing another.`,
    gone: 'That routine is no longer there.',
    /** Why a file could not be read at all. */
    missing: ({ file }: { file: string }) => `There is no file ${file}.`,
    notAFile: ({ file }: { file: string }) => `${file} is a folder, not a file.`,
    unreadable: ({ file, reason }: { file: string; reason: string }) =>
      `${file} could not be read: ${reason}.`,
    /** What is wrong with a file that was read: the problem, naming the field (and the stretch) it is in. */
    problems: {
      tooLarge: ({ size, max }: { size: string; max: string }) =>
        `The file is too large (${size}): a routine file is at most ${max}.`,
      notJson: ({ line }: { line: number | null }) =>
        line === null
          ? 'The file is not valid JSON.'
          : `The file is not valid JSON (the problem is on line ${line}).`,
      tooDeep: 'The file is nested too deeply to be a routine.',
      unknownField: ({ path }: { path: string }) => `${path}: not a field a routine has.`,
      required: ({ path, allowed }: { path: string; allowed: string }) =>
        `${path}: missing; give ${allowed}.`,
      notAllowed: ({ path, allowed, got }: { path: string; allowed: string; got: string }) =>
        `${path}: ${allowed}, got ${got}.`,
      languageTag: ({ path }: { path: string }) =>
        `${path}: not a language tag (write one such as "en", "de" or "pt-BR").`,
      unknownStretch: ({ path, got }: { path: string; got: string }) =>
        `${path}: ${got} is not a stretch in Limber's library.`,
      markup: ({ path }: { path: string }) => `${path}: plain text only, with no HTML or other markup.`,
      link: ({ path }: { path: string }) => `${path}: no links or web addresses.`,
      languages: ({ path, languages }: { path: string; languages: string }) =>
        `${path}: give it in the same languages as the routine's name (${languages}).`,
      figure: ({ path, detail }: { path: string; detail: string }) => `${path}: ${detail}.`,
    },
    /** What each field may hold. */
    allowed: {
      file: 'an object with "limberRoutine": 1, a "name" and "stretches"',
      version: '1 (this Limber reads version 1 of the routine format)',
      texts: 'the text by language, such as {"en": "…"}, in 1 to 8 languages',
      name: 'a name of 1 to 80 characters',
      title: 'a title of 1 to 80 characters',
      step: 'a text of 1 to 400 characters',
      stepList: 'a list of 1 to 12 steps',
      cautionList: 'a list of up to 6 cautions',
      stretches: 'a list of 1 to 20 stretches',
      stretch:
        'a stretch from the library ({"stretch": "its id"}) or one described in full (title, steps, hold, repetitions, sides, position, intensity)',
      libraryId: "the id of a stretch in Limber's library",
      hold: 'a whole number of seconds from 5 to 120',
      repetitions: 'a whole number from 1 to 10',
      sides: '"both" or "each"',
      position: '"desk", "standing" or "floor"',
      intensity: '"gentle", "moderate" or "strong"',
      figure: 'a figure with a description, camera, props, working limbs and poses',
    },
    /** The command line's answers. */
    needsFile: '--import-routine needs the path of a routine file.',
    /** A routine reminder's notification. */
    notifyBody: ({ count, names }: { count: number; names: string }) =>
      plural(count, { one: `Your routine: ${names}.`, other: `Your routine, # stretches: ${names}.` }),
    /** On a sore-back day. */
    leftOut: ({ count }: { count: number }) =>
      plural(count, {
        one: 'One stretch of your routine is left out today: on a sore back, only gentle stretches at the desk or standing.',
        other:
          '# stretches of your routine are left out today: on a sore back, only gentle stretches at the desk or standing.',
      }),
    noneFits:
      'None of your routine’s stretches suits a sore back today (only gentle ones at the desk or standing do), so here are gentle ones instead.',
    /** A stretch it describes in full is "from your routine" where a library stretch names its area. */
    fromRoutine: 'From your routine',
  },
  /** The daily limit of time at the computer (title up to 40 characters, body up to 120); the tray's line. */
  dayLimit: {
    reachedTitle: ({ hours }: { hours: number }) =>
      plural(hours, {
        one: 'You’ve been at the computer # hour today',
        other: 'You’ve been at the computer # hours today',
      }),
    reachedBody: 'That is the limit you set for today. A good moment to finish up and step away.',
    againTitle: ({ hours }: { hours: number }) =>
      plural(hours, {
        one: 'Still at the computer: # hour today',
        other: 'Still at the computer: # hours today',
      }),
    againBody: ({ limit }: { limit: string }) =>
      `A gentle reminder: your limit for the day was ${limit}. Whatever is left can wait until tomorrow.`,
    tray: ({ limit }: { limit: string }) => `Today’s limit reached (${limit})`,
  },
}

/** The back-care content (main/core/content keeps its structure: ids, areas, positions, holds): stretches by id,
 * posture tips, movement, the evening's words, ice and heat, activities, the sore-back plan, the disclaimer.
 * Stretch steps and cautions are lists: keep the same number of items in every language. The safety cues keep their
 * full meaning: slow, no bouncing, stop at a gentle pull and never at pain; no medicine or dose, ever. */
const seatedNote = 'Use a steady chair without wheels, or lock them first.'

export const content = {
  /** The how-to-stretch cue every stretch shows. */
  cue: 'Move slowly and smoothly, with no bouncing. Stop at a gentle pull, never pain. Hold, then ease out slowly.',
  /** The areas of the back a stretch works. */
  areas: {
    'lower-back': 'Lower back',
    'middle-back': 'Middle back',
    'upper-back': 'Upper back',
    abdominals: 'Abdominals and core',
    hips: 'Hips and hamstrings',
    'neck-shoulders': 'Neck and shoulders',
  },
  /** Each built-in stretch by id (main/core/content/desk-stretches.ts, standing-floor-stretches.ts). */
  stretches: {
    'seated-cat-cow': {
      name: 'Seated cat and cow',
      steps: [
        'Sit near the front of your chair, feet flat, hands resting on your knees.',
        'Breathing in, lift your chest and let your back arch gently.',
        'Breathing out, round your back and let your chin drop towards your chest.',
        'Hold the rounded shape, then come back to sitting tall.',
      ],
      cautions: ['Keep the movement small if your back is sore today.'],
    },
    'seated-twist': {
      name: 'Seated twist',
      steps: [
        'Sit tall with both feet flat and your knees facing forward.',
        'Put your right hand on the outside of your left knee.',
        'Turn your chest to the left, leading from the middle of your back.',
        'Hold, come back to the centre, then turn to the other side.',
      ],
      cautions: ['Turn only as far as feels easy; do not pull yourself round with your arms.', seatedNote],
    },
    'seated-forward-fold': {
      name: 'Seated forward fold',
      steps: [
        'Sit on the front of your chair with your feet wide apart.',
        'Let your chest sink down between your knees, arms hanging loose.',
        'Let your head and neck relax.',
        'Hold, then roll up slowly, stacking your back one piece at a time.',
      ],
      cautions: [
        'Come up slowly in case you feel light-headed.',
        'Skip this one if pain or tingling goes down a leg.',
        seatedNote,
      ],
    },
    'seated-pelvic-tilt': {
      name: 'Seated pelvic tilt',
      steps: [
        'Sit tall with your hands on your hips and your feet flat.',
        'Roll your hips back so your lower back rounds into the chair.',
        'Hold, then roll them forward so your lower back curves in a little.',
        'Finish in the middle, sitting tall.',
      ],
      cautions: ['Keep it gentle: this is a small rocking movement, not a big one.'],
    },
    'seated-figure-four': {
      name: 'Seated hip opener',
      steps: [
        'Sit tall and rest your right ankle on your left knee.',
        'Keep your back long and lean forward from the hips.',
        'Stop when you feel a stretch in the right hip and buttock.',
        'Hold, sit up, then change legs.',
      ],
      cautions: ['If it strains your knee, rest the ankle lower on your shin, or skip this one.', seatedNote],
    },
    'seated-hamstring': {
      name: 'Seated hamstring stretch',
      steps: [
        'Sit on the front edge of your chair.',
        'Stretch one leg out, heel on the floor and toes pointing up.',
        'With a straight back, lean forward from the hips until the back of the thigh pulls gently.',
        'Hold, sit up, then change legs.',
      ],
      cautions: [
        'Keep your back straight rather than reaching for your toes.',
        'Skip this one if pain or tingling goes down a leg.',
        seatedNote,
      ],
    },
    'seated-side-bend': {
      name: 'Seated side bend',
      steps: [
        'Sit tall with both feet flat.',
        'Raise your right arm up beside your ear.',
        'Lean gently to the left, reaching up and over.',
        'Hold, come back up, then do the other side.',
      ],
      cautions: ['Keep both hips on the seat.'],
    },
    'chest-opener': {
      name: 'Chest opener',
      steps: [
        'Sit on the front half of your chair.',
        'Clasp your hands behind you, or hold the sides of the chair back.',
        'Draw your shoulder blades together and lift your chest.',
        'Hold, keeping your chin level, then let go slowly.',
      ],
      cautions: ['Keep your shoulders down, away from your ears.'],
    },
    'upper-back-round': {
      name: 'Hug the air',
      steps: [
        'Sit tall and reach both arms straight out in front.',
        'Link your fingers, palms facing away.',
        'Push your hands away and let your upper back round, chin dropping.',
        'Feel the space open between your shoulder blades, hold, then relax.',
      ],
      cautions: ['Breathe normally throughout.'],
    },
    'neck-side-stretch': {
      name: 'Neck side stretch',
      steps: [
        'Sit tall and let both shoulders drop.',
        'Tip your right ear towards your right shoulder.',
        'Keep the left shoulder low; you may rest a hand on your head, without pulling.',
        'Hold, bring your head up slowly, then do the other side.',
      ],
      cautions: ['Stop if you feel tingling or numbness in an arm or hand.'],
    },
    'chin-tuck': {
      name: 'Chin tuck',
      steps: [
        'Sit tall, looking straight ahead.',
        'Slide your chin straight back, as if making a double chin.',
        'Keep your eyes level; do not tip your head down.',
        'Hold, then let your head glide forward again.',
      ],
      cautions: ['A small movement is all it takes.'],
    },
    'shoulder-rolls': {
      name: 'Shoulder rolls and squeeze',
      steps: [
        'Sit tall with your arms loose by your sides.',
        'Roll both shoulders up, back and down a few times.',
        'Finish by drawing your shoulder blades gently back and down.',
        'Hold the squeeze, then let your shoulders soften.',
      ],
      cautions: ['Keep your neck long and relaxed while you squeeze.'],
    },
    'standing-back-bend': {
      name: 'Standing back bend',
      steps: [
        'Stand with your feet hip-width apart.',
        'Put your hands on your lower back, fingers pointing down.',
        'Ease your hips forward and lean back a little, looking slightly up.',
        'Hold, then come back to standing tall.',
      ],
      cautions: ['Keep the lean small.', 'Skip this one if leaning back pinches or hurts.'],
    },
    'standing-reach-up': {
      name: 'Reach for the ceiling',
      steps: [
        'Stand tall with your feet hip-width apart.',
        'Link your fingers and turn your palms up.',
        'Reach towards the ceiling and feel your front body lengthen.',
        'Hold, then lower your arms slowly.',
      ],
      cautions: ['Keep your lower ribs from flaring forward.'],
    },
    'doorway-chest-stretch': {
      name: 'Doorway stretch',
      steps: [
        'Stand in a doorway and rest your forearms on the frame, elbows at shoulder height.',
        'Step one foot forward.',
        'Lean your weight through gently until your chest and shoulders open.',
        'Hold, then step back out.',
      ],
      cautions: ['Stop if your shoulder aches at the front.'],
    },
    'standing-hip-flexor': {
      name: 'Standing hip flexor stretch',
      steps: [
        'Hold your desk or a chair back for balance.',
        'Step one foot back into a short lunge, back heel lifted.',
        'Tuck your tailbone under and feel the front of the back hip open.',
        'Hold, step together, then change legs.',
      ],
      cautions: ['Keep your front knee above the ankle, not past the toes.'],
    },
    'knee-to-chest': {
      name: 'Knee to chest',
      steps: [
        'Lie on your back with your knees bent and feet flat.',
        'Hold behind one thigh and draw that knee towards your chest.',
        'Keep the other foot on the floor and your head down.',
        'Hold, lower the leg slowly, then change sides.',
      ],
      cautions: [
        'Hold behind the thigh rather than on top of the knee.',
        'Skip this one if pain or tingling goes down a leg.',
      ],
    },
    'childs-pose': {
      name: "Child's pose",
      steps: [
        'Kneel, then sit back towards your heels.',
        'Walk your hands forward along the floor.',
        'Let your forehead rest down and your back lengthen.',
        'Hold, breathing slowly, then walk your hands back to come up.',
      ],
      cautions: ['Put a cushion between heels and hips if your knees complain.'],
    },
    'all-fours-cat-cow': {
      name: 'Cat and cow',
      steps: [
        'Kneel on all fours, hands under shoulders and knees under hips.',
        'Breathing out, round your back up towards the ceiling.',
        'Breathing in, let your belly drop and lift your gaze a little.',
        'Move slowly between the two, holding each shape.',
      ],
      cautions: ['Use a folded towel under your knees on a hard floor.'],
    },
    'lying-knee-roll': {
      name: 'Lying knee roll',
      steps: [
        'Lie on your back with your knees bent and together, arms out wide.',
        'Let both knees roll slowly to one side.',
        'Keep both shoulders on the floor.',
        'Hold, bring the knees back to the middle, then roll to the other side.',
      ],
      cautions: ['Roll only as far as your shoulders can stay down.'],
    },
    sphinx: {
      name: 'Sphinx',
      steps: [
        'Lie on your front with your elbows under your shoulders.',
        'Press your forearms down and lift your chest a little.',
        'Keep your hips on the floor and your shoulders away from your ears.',
        'Hold, then lower down slowly.',
      ],
      cautions: ['Skip this one if arching your back pinches or hurts.'],
    },
    'lying-hamstring': {
      name: 'Lying hamstring stretch',
      steps: [
        'Lie on your back with both knees bent.',
        'Loop a towel or belt around one foot.',
        'Straighten that leg towards the ceiling, holding the towel.',
        'Hold, lower it slowly, then change legs.',
      ],
      cautions: ['A slight bend in the knee is fine.', 'Skip this one if pain or tingling goes down a leg.'],
    },
  },
  /** The last step of every floor stretch, by where it leaves the body: getting up without jarring the back. */
  getUp: {
    lying: 'To get up, roll onto your side, push up with your arms, then sit.',
    kneeling:
      'To get up, walk your hands back to your knees, push up with your arms, then stand holding a chair.',
  },
  /**
   * The moves between a routine's stretches (main/core/content/routine-plan.ts): getting down to the floor, getting
   * up after the last floor stretch, and any other change of position. Each is a title and a step or two.
   */
  moves: {
    title: {
      'get-down': 'Get down onto the floor',
      'get-up': 'Get up slowly',
      standing: 'Stand up',
      desk: 'Sit down',
      floor: 'Change position',
    },
    /** Getting down: this first, then the step for the position the next stretch starts in. */
    downFirst: 'Hold on to a chair or your desk, and take your time.',
    down: {
      'on-back': 'Knees first, then hands, then roll onto your back.',
      'on-front': 'Knees first, then hands, then lower yourself onto your front.',
      'all-fours': 'Knees first, then hands, under your shoulders: you are on all fours.',
      kneeling: 'Knees first, one at a time, then kneel upright.',
    },
    /** Getting up, by where the last floor stretch leaves the body; then the last step. */
    up: {
      lying: ['Roll onto your side, push up with your arms, then sit.', 'Turn onto your hands and knees.'],
      kneeling: ['Walk your hands back to your knees, and push up with your arms until you are kneeling.'],
    },
    upLast: 'Put one foot forward, then stand up slowly, holding a chair or your desk.',
    /** Any other change, by where the next stretch starts. */
    to: {
      desk: 'Sit back down, all the way back in your chair.',
      standing: 'Stand up slowly and step away from your chair.',
      'on-back': 'Lower yourself onto your side, then roll onto your back.',
      'on-front': 'Roll slowly over onto your front.',
      'all-fours': 'Come up onto your hands and knees, hands under your shoulders.',
      kneeling: 'Come up onto your knees, your body upright.',
    },
  },
  /** One at a time with each posture break; each fits in a notification body (120 characters). */
  postureTips: [
    'Sit all the way back in your chair so it supports the curve of your lower back.',
    'Keep your feet flat on the floor, or on a footrest if they do not reach.',
    'Set the top of your screen at about eye level, so your head stays balanced over your shoulders.',
    'Keep the screen about an arm’s length away.',
    'Let your shoulders drop away from your ears. Check them again in a minute.',
    'Keep your elbows close to your sides, bent at roughly a right angle.',
    'Keep your wrists straight while you type, not bent up or down.',
    'Bring the keyboard and mouse close, so you are not reaching forward.',
    'If your head creeps forward, slide your chin back and sit tall again.',
    'Knees level with or a little below your hips takes strain off your lower back.',
    'A small cushion or rolled towel behind your lower back helps keep its natural curve.',
    'Face your screen straight on; twisting to one side all day tires your back.',
    'On a laptop, raise the screen and use a separate keyboard and mouse.',
    'Take phone calls standing up, or walk while you talk.',
    'Keep the things you use most within easy reach, so you are not stretching over the desk.',
    'Shift your position now and then. The best posture is the next one.',
    'Uncross your legs and spread your weight evenly across both hips.',
    'Hold your phone up at eye level rather than bending your neck down to it.',
    'Blink, look at something far away, and let your face and jaw relax.',
    'When you stand, keep your weight even on both feet and your knees soft.',
    'Lift with your legs, not your back: bend your knees and keep the load close.',
    'Put your water glass across the room, so refilling it gets you up.',
  ],
  /** "Keep moving, gently": rest helps a sore back, too much rest stiffens it. */
  movement: {
    guidance: [
      'Move a little, often. Short, easy bits of activity through the day do more for your back than one big effort.',
      'Rest helps when your back is sore, but too much of it makes your back stiffer. Get up and move gently when you can.',
      'Go easy. Pushing too hard, too soon can make muscle spasms worse. Build up a little at a time.',
      'A short walk counts. So does standing up to stretch while the kettle boils.',
    ],
    /** One-line versions for tight spaces. */
    short: [
      'Little and often beats all at once.',
      'Rest a bit, then move a bit.',
      'Gentle is enough: no need to push.',
    ],
  },
  /** The evening: suggestions while winding down, and the three bedtime reminders. */
  windDown: {
    /** Suggestions for each evening step, three a showing: winding down first, then getting ready for bed. */
    suggestions: {
      'wind-down': [
        'Dim the lights around you; soft, low light tells your body the day is ending.',
        'Start putting screens away: phone, laptop, games and TV.',
        'Make a warm drink, such as a caffeine-free herbal tea or warm milk.',
        'Run a warm bath or shower.',
        'Read a paper book or listen to something calm instead of scrolling.',
        'Jot down tomorrow’s to-dos so they are out of your head.',
      ],
      'get-ready': [
        'Make your bedroom dark: close the curtains and cover small standby lights.',
        'Keep the bedroom cool and quiet.',
        'Plan to wake at the same time tomorrow, weekends included.',
        'Aim for seven to nine hours of sleep: count back from your wake time.',
        'Do a few slow, easy stretches to let your back settle before bed.',
        'Breathe slowly for a minute: in through the nose, and a longer breath out.',
      ],
    },
    /** The notifications (title up to 40 characters, body up to 120). */
    reminders: {
      'wind-down': {
        title: 'Time to wind down',
        body: 'Dim the lights, start putting screens away, and maybe make a warm drink or run a bath.',
      },
      'get-ready': {
        title: 'Get ready for bed',
        body: 'Screens off now. Make the room dark and quiet, and get comfortable.',
      },
      bedtime: {
        title: 'Bedtime',
        body: 'Time for sleep. Same wake time tomorrow, weekends too. Good night!',
      },
    },
    /** The break window's line under the title, above its suggestions (at bedtime: the notification's body). */
    leads: {
      'wind-down': 'Bedtime is coming up: time to slow down and let the day go.',
      'get-ready': 'Bedtime is close. Screens off now, and get comfortable.',
    },
  },
  /**
   * The heat and ice timer's notification at each switch (how to use each safely is in the settings window's Cold
   * and heat section). A run's first notice carries the skin-safety lines; every run ends with "Take the pack off".
   */
  therapy: {
    notices: {
      'heat-start': {
        title: 'Heat on',
        body: 'A layer between heat and skin, never on numb or broken skin. Don’t fall asleep with it on.',
      },
      'heat-on': { title: 'Heat on', body: 'Keep a cloth or layer between the heat and your skin.' },
      'heat-off': {
        title: 'Heat off — time to rest',
        body: 'Take the heat away and let your skin rest. Stop if it is very red or blistered.',
      },
      'ice-start': {
        title: 'Ice on',
        body: 'Wrap it in a cloth, never on numb or broken skin. Stop if your skin goes very red or white.',
      },
      'ice-on': { title: 'Ice on', body: 'Wrap the pack in a cloth first, never straight on skin.' },
      'ice-off': {
        title: 'Ice off — time to rest',
        body: 'Take the pack away and let your skin warm up again.',
      },
      finished: {
        title: 'Take the pack off now',
        body: 'That was the last round. Check your skin, then move gently for a bit before you sit down again.',
      },
      stopped: {
        title: 'Take the pack off now',
        body: 'The timer is stopped. Check your skin, then move gently for a bit.',
      },
    },
    /** The sentence after a switch's body: how long this phase lasts. */
    minutesOn: ({ count }: { count: number }) =>
      plural(count, { one: '# minute on.', other: '# minutes on.' }),
    minutesOff: ({ count }: { count: number }) =>
      plural(count, { one: '# minute off.', other: '# minutes off.' }),
  },
  /** The optional activity plan (strength training and yoga). */
  activities: {
    strength: [
      'Your core is more than your belly: it is your back muscles and your abdominal muscles working together.',
      'Aim for two to four sessions a week, 30 to 45 minutes each.',
      'Good form first: slow, controlled moves beat heavy or fast ones. A trainer or physiotherapist can check yours.',
      'Start light and add a little at a time. Stop any move that hurts.',
    ],
    yoga: [
      'Yoga helps many people with back pain: it stretches and strengthens at once.',
      'A beginner or gentle class is a good place to start; tell the teacher about your back.',
      'Skip or soften any pose that hurts, and breathe steadily throughout.',
    ],
    /** The session notifications, one at a time in rotation. */
    notices: {
      strength: [
        {
          title: 'Strength session',
          body: 'Time to work your core: back and belly together. Slow moves, good form.',
        },
        { title: 'Core time', body: 'A strong core carries your back. Warm up first, then take it steady.' },
        {
          title: 'Strength session',
          body: 'Quality over quantity: fewer, cleaner repetitions are better for your back.',
        },
      ],
      yoga: [
        {
          title: 'Yoga time',
          body: 'Roll out your mat. Move with your breath and skip anything that hurts.',
        },
        {
          title: 'Yoga time',
          body: 'A gentle session today: let your back lengthen and your breathing slow down.',
        },
      ],
    },
  },
  /** Limber is a reminder app, not a medical service, and never advises on medication. */
  disclaimer: {
    short: 'Limber gives general wellbeing reminders, not medical advice.',
    full: [
      'Limber is a reminder app. It offers general wellbeing suggestions, not medical advice, and it is not a ' +
        'substitute for a doctor or physiotherapist.',
      'If your back pain is severe, keeps coming back, or does not get better, please see a doctor.',
      'Limber never recommends medicines or doses. Ask a doctor or pharmacist about those.',
      'Stop any stretch or exercise that causes pain.',
      'If you have osteoporosis, are pregnant, or have had surgery on your spine or hips recently, ask your doctor or physiotherapist which stretches and exercises suit you.',
    ],
  },
  /** The days the back hurts: the sore-back plan, the morning check-in, the brace reminder. */
  soreBack: {
    /** The tray's item and the Today view's button that start a plan, and the one that ends it. */
    start: 'My back hurts today',
    end: 'End the sore-back plan',
    /** In the tray, its tooltip and the Today view. */
    planDay: ({ day, days }: { day: number; days: number }) => `Sore-back plan: day ${day} of ${days}`,
    /** Before each stretch's own cautions on a sore-back day. */
    caution: 'Your back is sore today: stop at the first sign of pain.',
    /** The cue with every stretch on a sore-back day, in place of the usual one. */
    cue: 'Small and slow today: no bouncing, only as far as feels easy. Stop at the first sign of pain.',
    /** The posture break on a sore-back day: an easy walk (notification, then the break window's line). */
    walk: 'Sore-back plan: an easy walk. Gentle steps around the room, then sit back down tall.',
    walkLead: 'An easy walk: gentle steps around the room, then sit back down tall.',
    /** The morning offer of each plan day, beside the check-in. */
    iceOrHeat:
      'Heat or ice may ease it. Keep a cloth between the pack and your skin, and never use it on numb skin.',
    braceOff: {
      title: 'Take the brace off for a while',
      body: 'Give your back a break from the brace. Put it back on later only if you need it, and never too tight.',
    },
    /** The morning check-in's notification: plain, or on a day of the plan (which also offers heat or ice). */
    checkIn: {
      question: 'How is your back today?',
      plain: 'Rate it from 0 (no pain) to 10, with a word if you like. It stays on this computer.',
      planDay: ({ day, days }: { day: number; days: number }) =>
        `Day ${day} of ${days} of your sore-back plan. Rate it 0 to 10, and start heat or ice if it helps.`,
    },
    /** Said once when plans keep coming back: on how many of the last `window` days a plan was in force. */
    frequent: ({ days, window }: { days: number; window: number }) =>
      `Your back has been sore on ${days} of the last ${window} days. Back pain that keeps coming back is worth ` +
      'showing to a doctor or physiotherapist, who can look at what is behind it. This is not medical advice.',
  },
  /** What each stretch's figure shows, as its text alternative (by stretch id, as `stretches`). */
  figures: {
    'seated-cat-cow':
      'A person sitting near the front of a chair, hands on the knees, arches the back, then rounds it with the chin dropping towards the chest.',
    'seated-twist':
      'A person sitting tall on a chair turns the chest to one side, the opposite hand on the outside of the knee on that side.',
    'seated-forward-fold':
      'A person sitting on the front of a chair, feet wide apart, folds forward until the chest sinks between the knees, head and arms hanging loose.',
    'seated-pelvic-tilt':
      'A person sitting tall on a chair, hands on the hips, rolls the hips back so the lower back rounds.',
    'seated-figure-four':
      'A person sitting on a chair rests one ankle on the other knee and leans forward from the hips with a long back.',
    'seated-hamstring':
      'A person sitting on the front edge of a chair stretches one leg out, heel on the floor and toes up, and leans forward from the hips with a straight back.',
    'seated-side-bend':
      'A person sitting on a chair raises one arm beside the ear and leans to the other side, reaching up and over.',
    'chest-opener':
      'A person sitting on the front half of a chair clasps the hands behind the back and lifts the chest, shoulder blades drawn together.',
    'upper-back-round':
      'A person sitting on a chair reaches both arms straight out in front, fingers linked, and rounds the upper back as the chin drops.',
    'neck-side-stretch':
      'A person sitting tall on a chair, shoulders low, tips the head so one ear moves towards the shoulder on that side.',
    'chin-tuck': 'A person sitting tall on a chair, eyes level, slides the chin straight back.',
    'shoulder-rolls':
      'A person sitting tall on a chair, arms loose, rolls both shoulders up, back and down, then holds them drawn back.',
    'standing-back-bend':
      'A person standing with the hands on the lower back eases the hips forward and leans back a little, looking slightly up.',
    'standing-reach-up':
      'A person standing tall links the fingers and reaches both arms straight up towards the ceiling.',
    'doorway-chest-stretch':
      'A person in a doorway rests the forearms on the frame at shoulder height, steps one foot forward and leans through as the chest opens.',
    'standing-hip-flexor':
      'A person holding the back of a chair steps one foot back into a short lunge, back heel lifted, opening the front of the back hip.',
    'knee-to-chest':
      'A person lying on the back, knees bent, holds behind one thigh and draws that knee towards the chest; the other foot stays on the floor.',
    'childs-pose':
      'A person kneeling sits back towards the heels, arms stretched forward along the floor, forehead resting down.',
    'all-fours-cat-cow':
      'A person on hands and knees lets the belly drop, then rounds the back up towards the ceiling, head hanging.',
    'lying-knee-roll':
      'A person lying on the back, arms out wide and knees bent together, lets both knees roll to one side while the shoulders stay down.',
    sphinx:
      'A person lying on the front, elbows under the shoulders, presses the forearms down and lifts the chest, hips on the floor.',
    'lying-hamstring':
      'A person lying on the back with a towel looped around one foot straightens that leg towards the ceiling; the other knee stays bent.',
  },
}
