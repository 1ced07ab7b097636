// The stretch routine's optional cues for someone who cannot see the screen from where they stretch: a soft tone
// when a hold starts, when it ends and when to change sides (the chime, played quietly at three pitches), and the
// system's voice reading each step and counting down the last seconds of a hold (renderer/shared/voice.ts). Both are
// off by default, so this module is loaded only when one is on (routine-cues.ts imports it lazily): the break window
// most people see does not carry it. Each cue given is also announced on the window as a `limber:cue` event, which
// the preview records (window.__limberCues): what the window asked of the speakers, observable without listening.
import type { Phase, Side } from './routine'
import { pageLocale, voiceFor } from '../shared/voice'

export type Tone = 'hold-start' | 'hold-end' | 'switch'

/** Each tone's pitch, as a playback rate of the chime: up for a start, down for an end, the chime for a switch. */
const PITCH: Record<Tone, number> = { 'hold-start': 1.25, 'hold-end': 0.8, switch: 1 }
/** Soft: well under the reminder's own chime. */
const VOLUME = 0.35
/** The voice counts the last this many seconds of a hold. */
export const COUNT_FROM = 3
/** The side-change tone comes this long after the hold's end tone, so the two are heard apart. */
const SWITCH_AFTER_MS = 600

export interface CueDetail {
  cue: Tone | 'voice'
  /** What the voice said. */
  text?: string
}

/** Where the routine is, as the cues follow it (routine-cues.ts says it at every render). */
export interface CueMoment {
  /** The routine's entry (a stretch or a move) this step is in. */
  entry: number
  rep: number
  phase: Phase
  side: Side
  /** Whole seconds left in this step. */
  left: number
  /** What the voice says as this step starts. */
  words: string
}

export interface CuePlayer {
  /** Whether the voice is on and the system has one for the language in use (reading the steps takes time). */
  reading(): boolean
  /** Gives the cues this moment calls for: at a step's start, and each second of a hold's count. */
  follow(moment: CueMoment): void
  /** Stops what is still to come (the break was answered, or another shown). */
  stop(): void
}

function announce(detail: CueDetail): void {
  window.dispatchEvent(new CustomEvent<CueDetail>('limber:cue', { detail }))
}

function playTone(tone: Tone): void {
  const audio = new Audio('chime.wav')
  audio.volume = VOLUME
  audio.preservesPitch = false
  audio.playbackRate = PITCH[tone]
  // Optional: a missing file or a blocked autoplay must not stop the routine.
  audio.play().catch(() => undefined)
  announce({ cue: tone })
}

/**
 * Says `text` in the language in use, on time (a count, a hold starting): whatever is still being read stops
 * first. Nothing is said where the system has no voice.
 */
function say(text: string): void {
  const voice = voiceFor(pageLocale())
  if (!voice || !text) return
  speechSynthesis.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.voice = voice
  utterance.lang = voice.lang
  speechSynthesis.speak(utterance)
  announce({ cue: 'voice', text })
}

/**
 * The cues of one routine, by its clock: a tone as each hold starts and ends, and a second one when the side
 * changes; the voice says each step as it comes and counts down the last seconds of a hold. A jump by hand (Next,
 * Previous) gives no "hold ends": only the clock ends a hold.
 */
export function cuePlayer(cues: { tones: boolean; voice: boolean }): CuePlayer {
  let last: CueMoment | null = null
  let counted = ''
  let later: ReturnType<typeof setTimeout> | undefined
  return {
    reading: () => cues.voice && voiceFor(pageLocale()) !== null,
    follow(moment) {
      const key = `${moment.entry}:${moment.rep}:${moment.phase}`
      const before = last
      if (before && `${before.entry}:${before.rep}:${before.phase}` === key) {
        // The count: once per second.
        const count = `${key}:${moment.left}`
        if (cues.voice && moment.phase === 'hold' && moment.left <= COUNT_FROM && moment.left > 0) {
          if (counted !== count) say(String(moment.left))
          counted = count
        }
        return
      }
      last = moment
      const byTheClock = before?.entry === moment.entry && before.phase === 'hold'
      if (cues.tones) {
        if (moment.phase === 'hold') playTone('hold-start')
        else if (byTheClock) {
          playTone('hold-end')
          if (moment.phase === 'release' && moment.side !== null) {
            later = setTimeout(() => playTone('switch'), SWITCH_AFTER_MS)
          }
        }
      }
      if (cues.voice) say(moment.words)
    },
    stop() {
      clearTimeout(later)
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
    },
  }
}
