// The evening's words: what to do while winding down, and the texts of the three bedtime reminders.
// The suggestions rotate in the wind-down reminder and are listed in full in the settings window.

import type { NoticeText } from './notice'

export type BedtimeReminderKind = 'wind-down' | 'get-ready' | 'bedtime'

export const WIND_DOWN_SUGGESTIONS: readonly string[] = [
  'Dim the lights around you; soft, low light tells your body the day is ending.',
  'Start putting screens away: phone, laptop, games and TV.',
  'Make a warm drink, such as a caffeine-free herbal tea or warm milk.',
  'Run a warm bath or shower.',
  'Make your bedroom dark: close the curtains and cover small standby lights.',
  'Keep the bedroom cool and quiet.',
  'Plan to wake at the same time tomorrow, weekends included.',
  'Aim for seven to nine hours of sleep: count back from your wake time.',
  'Read a paper book or listen to something calm instead of scrolling.',
  'Jot down tomorrow’s to-dos so they are out of your head.',
  'Do a few slow, easy stretches to let your back settle before bed.',
  'Breathe slowly for a minute: in through the nose, and a longer breath out.',
]

export const BEDTIME_REMINDERS: Readonly<Record<BedtimeReminderKind, NoticeText>> = {
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
}

/**
 * What the break window says under the title of an evening reminder, above its list of suggestions. The
 * notification's text names some of those suggestions already; the window lists them instead of saying them twice.
 */
export const BEDTIME_WINDOW_LEADS: Readonly<Record<BedtimeReminderKind, string>> = {
  'wind-down': 'Bedtime is coming up: time to slow down and let the day go.',
  'get-ready': 'Bedtime is close. Screens off now, and get comfortable.',
  bedtime: BEDTIME_REMINDERS.bedtime.body,
}
