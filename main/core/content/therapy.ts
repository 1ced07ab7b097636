// The ice/heat therapy timer's switches, and the notification shown at each. The recommended timing (20 minutes on,
// 20 off) comes from the product's health guidance; the user may change it, so the notification says the actual
// minutes. The words are in the catalogs (`content.therapy`).
import type { NoticeText } from './notice'
import type { ContentTexts } from './words'

export type TherapyKind = 'ice' | 'heat'

export type TherapySwitch = 'ice-on' | 'ice-off' | 'heat-on' | 'heat-off' | 'finished'

/** The notification for a switch; `minutes` is how long this phase lasts, left out for 'finished'. */
export function therapyNotice(texts: ContentTexts, step: TherapySwitch, minutes?: number): NoticeText {
  const notice = texts.therapy.notices[step]
  if (step === 'finished' || minutes === undefined) return notice
  const phase = step.endsWith('-on') ? texts.therapy.minutesOn : texts.therapy.minutesOff
  return { title: notice.title, body: `${notice.body} ${phase({ count: minutes })}` }
}
