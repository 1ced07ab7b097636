// The values the user's commands take, one list each (the type follows from the list): how long to pause, the
// answers to a reminder on screen, ice or heat. The tray, the command line and the windows all offer these.
export const PAUSE_DURATIONS = ['30m', '1h', '2h', 'until-morning', 'forever'] as const
export type PauseDuration = (typeof PAUSE_DURATIONS)[number]

export const REMINDER_ACTIONS = ['done', 'snooze', 'skip'] as const
export type ReminderAction = (typeof REMINDER_ACTIONS)[number]

export const THERAPY_MODES = ['ice', 'heat'] as const
export type TherapyMode = (typeof THERAPY_MODES)[number]
