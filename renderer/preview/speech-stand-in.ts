// The preview's stand-in for the system's voices (?voices=en,de): a speechSynthesis that has a voice for each
// language named and says nothing aloud, so the break window's voice can be seen at work on any machine (headless
// Chromium has no voices at all, which is the preview's "no voice" state without the parameter, or with
// ?voices=none). What the window says is recorded from its `limber:cue` events (install.ts), not from here.

interface StandInVoice {
  name: string
  lang: string
  voiceURI: string
  localService: boolean
  default: boolean
}

export function installVoices(languages: readonly string[]): void {
  const voices: StandInVoice[] = languages.map((lang, i) => ({
    name: `Preview voice (${lang})`,
    lang,
    voiceURI: `preview-${lang}`,
    localService: true,
    default: i === 0,
  }))
  const events = new EventTarget()
  const standIn = {
    getVoices: () => voices,
    speak: () => undefined,
    cancel: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  }
  Object.defineProperty(window, 'speechSynthesis', { value: standIn, configurable: true })
  // The window sets its chosen voice on each utterance: a plain object stands in for the system's.
  const Utterance = window.SpeechSynthesisUtterance
  class StandInUtterance extends Utterance {
    override set voice(_voice: SpeechSynthesisVoice | null) {}
    override get voice(): SpeechSynthesisVoice | null {
      return null
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true })
}
