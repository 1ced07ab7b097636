// The system's voice for the language in use (the Web Speech API's speechSynthesis): the break window reads the
// routine with it, and the settings say when there is none. Voices load late on some systems, so both listen for
// the list to change.

/** The system's voice for `locale` ('de-AT'): one of exactly that locale, else one of its language; or null. */
export function voiceFor(locale: string): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null
  const wanted = locale.toLowerCase()
  const language = wanted.split('-')[0]
  const voices = speechSynthesis.getVoices()
  const tag = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-')
  return (
    voices.find((voice) => tag(voice) === wanted) ??
    voices.find((voice) => tag(voice).split('-')[0] === language) ??
    null
  )
}

/** Calls `listener` whenever the system's list of voices changes; returns what stops it. */
export function onVoicesChanged(listener: () => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => undefined
  speechSynthesis.addEventListener('voiceschanged', listener)
  return () => speechSynthesis.removeEventListener('voiceschanged', listener)
}

/** The language the page is in now (main's language in use; the preview's pseudo-locale reads as English). */
export function pageLocale(): string {
  return document.documentElement.lang || 'en'
}
