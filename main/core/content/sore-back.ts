// Words for the days the back hurts: the sore-back plan's easy walks and gentle stretches, the morning check-in,
// the brace reminder, and when to see a doctor. Plain words, never a diagnosis, never a medicine; always "this is
// not medical advice". The plan's rules are in main/core/sore-back.ts.
import type { NoticeText } from './notice'

/** The tray's item, and the Today view's button, that start a plan. */
export const SORE_BACK_START = 'My back hurts today'
export const SORE_BACK_END = 'End the sore-back plan'

/** "Sore-back plan: day 2 of 3", in the tray, its tooltip and the Today view. */
export function planDayLine(day: number, days: number): string {
  return `Sore-back plan: day ${day} of ${days}`
}

/** Every stretch of a sore-back day says it again, beside its own cautions. */
export const SORE_BACK_CAUTION = 'Your back is sore today: stop at the first sign of pain.'

/** The cue shown with every stretch on a sore-back day, in place of the usual one. */
export const SORE_BACK_CUE =
  'Small and slow today: no bouncing, only as far as feels easy. Stop at the first sign of pain.'

/** The posture break on a sore-back day: an easy walk, not a workout. */
export const SORE_BACK_WALK =
  'Sore-back plan: an easy walk. Gentle steps around the room, then sit back down tall.'
export const SORE_BACK_WALK_LEAD = 'An easy walk: gentle steps around the room, then sit back down tall.'

/** The note beside strength and yoga while a plan runs. */
export const SESSIONS_PAUSED =
  'Strength and yoga sessions are paused during the plan; they come back when your back is better.'

/** The morning offer of each plan day, beside the check-in. */
export const ICE_OR_HEAT_OFFER = 'Ice or heat may ease it. Keep a cloth between the pack and your skin.'

export const BRACE_OFF: NoticeText = {
  title: 'Take the brace off for a while',
  body: 'Worn too long, a brace lets your back muscles weaken. Give them a turn; put it back on later if you need it.',
}

export const CHECK_IN_QUESTION = 'How is your back today?'

/** The morning check-in's notification: plain, or on a day of the plan (which also offers ice or heat). */
export function checkInNotice(plan: { day: number; days: number } | null): NoticeText {
  return {
    title: CHECK_IN_QUESTION,
    body: plan
      ? `Day ${plan.day} of ${plan.days} of your sore-back plan. Rate it 0 to 10, and start ice or heat if it helps.`
      : 'Rate it from 0 (no pain) to 10, with a word if you like. It stays on this computer.',
  }
}

/** When to see a doctor: shown when a plan starts, at most once a day. */
export const DOCTOR_NOTICE = {
  title: 'When to see a doctor',
  lead: 'See a doctor today if your back pain comes with any of these:',
  signs: [
    'numbness, tingling or weakness in a leg or foot',
    'trouble controlling your bladder or bowels, or numbness between your legs',
    'a fever, or feeling unwell in yourself',
    'pain that started after a fall, an accident or another injury',
    'pain that wakes you at night, or does not ease when you lie still',
  ],
  lasting: 'Pain that lasts more than a few days, or keeps getting worse, should be checked by a doctor too.',
  disclaimer:
    'This is not medical advice: Limber cannot tell what causes your pain, and never suggests medicines.',
} as const

/** Said once when plans keep coming back: on how many of the last 14 days a plan was in force. */
export function frequentNotice(days: number, window: number): string {
  return (
    `Your back has been sore on ${days} of the last ${window} days. Back pain that keeps coming back is worth ` +
    'showing to a doctor or physiotherapist, who can look at what is behind it. This is not medical advice.'
  )
}
