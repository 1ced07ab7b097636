// The break window can draw a step of the ice or heat timer (BreakContent kind 'therapy'), but main tells each
// switch by a notification and never sends one: the preview's `?break=therapy` shows the window's drawing with
// main's own words for the first switch ("Ice on"), in the language in use. Preview only.
import type { LimberApp } from '../../main/app'
import type { BreakContent } from '../../main/app/ipc-contract'
import { heldSentence } from '../../main/app/hold-words'
import type { BusyReason } from '../../main/app/platform'
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
  const words = speech.texts.content.therapy
  const startedAt = status.therapy
    ? status.therapy.phaseEndsAt - prefs.therapy.iceOnMinutes * MINUTE
    : Date.now()
  return {
    language: status.language,
    id: `therapy:${startedAt}`,
    kind: 'therapy',
    title: words.notices['ice-on'].title,
    message: words.notices['ice-on'].body,
    startedAt,
    durationSeconds: 0,
    stretches: [],
    cue: '',
    tips: words.ice.slice(0, 2),
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
