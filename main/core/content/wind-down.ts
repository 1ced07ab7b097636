// The evening's three reminders (their words, and the wind-down suggestions, are in the catalogs' `content.windDown`).

export type BedtimeReminderKind = 'wind-down' | 'get-ready' | 'bedtime'
