// When the morning check-in's answers call for a doctor: pain of 8 or more today, or pain that has gone up at each
// of the last three check-ins (four answers in a row, each higher than the one before, within two weeks). Pure:
// the check-in (main/app/sore-back/check-in.ts) passes the answers and today in, and shows the suggestion once a day at
// most. It never says what the pain is: only that it is worth showing to a doctor, with the warning signs.
import { addDays, daysBetween, type DateKey } from './local-time'

/** From this score on, the day's pain is worth showing to a doctor. */
export const HIGH_PAIN = 8
/** Rises in a row that make a trend worth showing to a doctor. */
export const RISES_IN_A_ROW = 3
/** The rises are counted over check-ins this recent (today included). */
export const TREND_WINDOW_DAYS = 14

export type DoctorWhy = 'high' | 'rising'

/** Why today's answer calls for a doctor, or null. High pain is said before a rise. */
export function painCallsForDoctor(
  answers: Readonly<Record<DateKey, { pain: number }>>,
  today: DateKey,
): DoctorWhy | null {
  const latest = answers[today]
  if (!latest) return null
  if (latest.pain >= HIGH_PAIN) return 'high'
  const first = addDays(today, -(TREND_WINDOW_DAYS - 1))
  const recent = Object.keys(answers)
    .filter((date) => daysBetween(first, date) >= 0 && daysBetween(date, today) >= 0)
    .sort()
    .slice(-(RISES_IN_A_ROW + 1))
    .map((date) => answers[date]?.pain ?? 0)
  if (recent.length < RISES_IN_A_ROW + 1) return null
  return recent.every((pain, i) => i === 0 || pain > (recent[i - 1] ?? pain)) ? 'rising' : null
}
