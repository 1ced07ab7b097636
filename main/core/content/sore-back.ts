// The days the back hurts: the morning check-in's notification. The plan's rules are in main/core/sore-back.ts; its
// words (plain, never a diagnosis, never a medicine, always "this is not medical advice") in the catalogs'
// `content.soreBack` and `content.doctor`.
import type { NoticeText } from './notice'
import type { ContentTexts } from './words'

/**
 * The note beside strength and yoga while a plan runs, in the settings window. The window's own words: it moves to
 * the catalogs' `settings` section with the windows' texts (the settings window loads no `content`).
 */
export const SESSIONS_PAUSED =
  'Strength and yoga sessions are paused during the plan; they come back when your back is better.'

/** The morning check-in's notification: plain, or on a day of the plan (which also offers ice or heat). */
export function checkInNotice(texts: ContentTexts, plan: { day: number; days: number } | null): NoticeText {
  const checkIn = texts.soreBack.checkIn
  return { title: checkIn.question, body: plan ? checkIn.planDay(plan) : checkIn.plain }
}
