// The stretch routine's optional cues in Settings → Stretches: the soft tones, and the voice that reads the steps
// (off by default). Where the system has no voice for the language in use, the voice's setting says so, and again
// as soon as one is installed or the language changes.
import { useEffect, useState } from 'preact/hooks'
import type { Preferences } from '../../main/core/preferences/index'
import { onVoicesChanged, pageLocale, voiceFor } from '../shared/voice'
import { Toggle } from './fields'
import { t } from './texts'

export function StretchCues({ prefs }: { prefs: Preferences }) {
  const texts = t().stretches
  const hasVoice = useHasVoice()
  return (
    <>
      <Toggle path="stretch.soundCues" label={texts.soundCues} value={prefs.stretch.soundCues} />
      <Toggle
        path="stretch.voice"
        label={texts.voice}
        value={prefs.stretch.voice}
        hint={hasVoice ? texts.voiceHint : texts.noVoice}
      />
    </>
  )
}

/** Whether the system has a voice for the language the window is in now. */
function useHasVoice(): boolean {
  const [, changed] = useState(0)
  useEffect(() => onVoicesChanged(() => changed((n) => n + 1)), [])
  // Read at each render: the language is the page's, which a change of language re-renders.
  return voiceFor(pageLocale()) !== null
}
