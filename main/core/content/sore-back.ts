// The days the back hurts: the morning check-in's notification. The plan's rules are in main/core/sore-back/; its
// words (plain, never a diagnosis, never a medicine, always "this is not medical advice") in the catalogs'
// `content.soreBack`; when to see a doctor is in warning-signs.ts.
import type { NoticeText } from './notice'
import type { ContentTexts } from './words'

/** The morning check-in's notification: plain, or on a day of the plan (which also offers ice or heat). */
export function checkInNotice(texts: ContentTexts, plan: { day: number; days: number } | null): NoticeText {
  const checkIn = texts.soreBack.checkIn
  return { title: checkIn.question, body: plan ? checkIn.planDay(plan) : checkIn.plain }
}
