// The heat and cold timer's switches, and the notification shown at each. The first notice of a run carries the
// skin-safety lines that fit a notification; every run ends with "Take the pack off now", whether its last round
// ended, the user stopped it, another run replaced it or it ended while Limber was not running. The timings (heat
// 20 minutes, cold 20 on and 20 off) come from the product's health guidance (docs/health-content.md); the user
// may change them within limits, so each notification says the actual minutes. The words are in the catalogs
// (`content.therapy`).
import type { NoticeText } from './notice'
import type { ContentTexts } from './words'

export type TherapyKind = 'heat' | 'ice'

/**
 * 'heat-start' / 'ice-start': the first round goes on (the run's first notice). '…-on', '…-off': a later round goes
 * on, a round comes off. 'finished': the last round is over. 'stopped': the run ended before that.
 */
export type TherapySwitch =
  'heat-start' | 'heat-on' | 'heat-off' | 'ice-start' | 'ice-on' | 'ice-off' | 'finished' | 'stopped'

/** The switches that end a run: each says to take the pack off now. */
export const RUN_ENDS: readonly TherapySwitch[] = ['finished', 'stopped']

/** The notification for a switch; `minutes` is how long this phase lasts, left out for the end of a run. */
export function therapyNotice(texts: ContentTexts, step: TherapySwitch, minutes?: number): NoticeText {
  const notice = texts.therapy.notices[step]
  if (RUN_ENDS.includes(step) || minutes === undefined) return notice
  const phase = step.endsWith('-off') ? texts.therapy.minutesOff : texts.therapy.minutesOn
  return { title: notice.title, body: `${notice.body} ${phase({ count: minutes })}` }
}
