// The next reminder in one sentence, as Today and the welcome say it: at a time today, or on a later day.
import { daysFrom } from '../../main/core/i18n/format'
import { fmt, t } from './texts'

/** "Next: Stretch at 2:30 PM." today, "Next: Stretch tomorrow at 6:30 AM." later (Today and the welcome). */
export function nextLine(next: { title: string; at: number }, now: number): string {
  const texts = t().next
  const format = fmt()
  return daysFrom(now, next.at) === 0
    ? texts.today({ title: next.title, time: format.time(next.at) })
    : texts.later({ title: next.title, when: format.when(next.at, now) })
}
