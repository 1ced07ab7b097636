// The break window can draw a step of the ice or heat timer (BreakContent kind 'therapy'), but main tells each
// switch by a notification and never sends one: the preview's `?break=therapy` shows the window's drawing with
// main's own words for the run's first switch (the "Ice on" notice with its skin-safety lines and minutes, as
// core/content/therapy.ts writes it) and the first lines of ice's how-to from the Cold and heat section, in the
// language in use. Preview only.
import type { LimberApp } from '../../main/app'
import type { BreakContent } from '../../main/app/ipc-contract'
import { heldSentence } from '../../main/app/busy/hold-words'
import type { BusyReason } from '../../main/app/platform'
import { therapyNotice } from '../../main/core/content'
import { speechFor } from '../../main/app/speech'
import { askApp } from './ask-app'

const MINUTE = 60_000

export async function therapySample(
  app: LimberApp,
  held: { reason: BusyReason; minutes: number } | null,
): Promise<BreakContent> {
  const [status, prefs] = await Promise.all([
    askApp(app, 'status:get', undefined, 'break'),
    askApp(app, 'prefs:get', undefined, 'break'),
  ])
  const speech = speechFor(status.language)
  const notice = therapyNotice(speech.texts.content, 'ice-start', prefs.therapy.iceOnMinutes)
  const startedAt = status.therapy
    ? status.therapy.phaseEndsAt - prefs.therapy.iceOnMinutes * MINUTE
    : Date.now()
  return {
    language: status.language,
    id: `therapy:${startedAt}`,
    kind: 'therapy',
    title: notice.title,
    message: notice.body,
    startedAt,
    durationSeconds: 0,
    stretches: [],
    cue: '',
    tips: speech.texts.settings.therapy.iceHow.slice(0, 2),
    sound: prefs.notifications.sound,
    fullScreen: prefs.breakWindow.fullScreen,
    snoozeMinutes: prefs.snoozeMinutes,
    userAsked: true,
    held: held && {
      minutes: held.minutes,
      reason: held.reason,
      text: heldSentence({ ms: held.minutes * MINUTE, reason: held.reason }, speech),
    },
  }
}
