// The levels of firm mode, in order from gentlest: one list for the preferences' schema, the settings window and
// the rules (answers.ts).

/**
 * 'gentle': Done, Snooze and Skip, as always (the default: firm mode off). 'no-skip': Snooze stays, Skip goes.
 * 'firm': one snooze, then the break stays until it is done or its time has passed.
 */
export const FIRM_LEVELS = ['gentle', 'no-skip', 'firm'] as const
export type FirmLevel = (typeof FIRM_LEVELS)[number]
