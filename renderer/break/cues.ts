// The stretch routine's optional cues for someone who cannot see the screen from where they stretch: a soft tone
// when a hold starts, when it ends and when to change sides (the chime, played quietly at three pitches), and the
// system's voice reading each step and counting down the last seconds of a hold (renderer/shared/voice.ts). Each
// cue given is also announced on the window as a `limber:cue` event, which the preview records (window.__limberCues):
// what the window asked of the speakers, observable without listening to them.
import { pageLocale, voiceFor } from '../shared/voice'

export type Tone = 'hold-start' | 'hold-end' | 'switch'

/** Each tone's pitch, as a playback rate of the chime: up for a start, down for an end, the chime for a switch. */
const PITCH: Record<Tone, number> = { 'hold-start': 1.25, 'hold-end': 0.8, switch: 1 }
/** Soft: well under the reminder's own chime. */
const VOLUME = 0.35

export interface CueDetail {
  cue: Tone | 'voice'
  /** What the voice said. */
  text?: string
}

function announce(detail: CueDetail): void {
  window.dispatchEvent(new CustomEvent<CueDetail>('limber:cue', { detail }))
}

export function playTone(tone: Tone): void {
  const audio = new Audio('chime.wav')
  audio.volume = VOLUME
  audio.preservesPitch = false
  audio.playbackRate = PITCH[tone]
  // Optional: a missing file or a blocked autoplay must not stop the routine.
  audio.play().catch(() => undefined)
  announce({ cue: tone })
}

/**
 * Says `text` in the language in use. `now`: what is said is on time (a count, a hold starting), so whatever is
 * still being read stops first; otherwise it waits its turn. Nothing is said where the system has no voice.
 */
export function say(text: string, now = false): void {
  const voice = voiceFor(pageLocale())
  if (!voice || !text) return
  if (now) speechSynthesis.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.voice = voice
  utterance.lang = voice.lang
  speechSynthesis.speak(utterance)
  announce({ cue: 'voice', text })
}

/** Stops the voice (the break was answered or closed). */
export function hush(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
}
