// The Posture breaks section: on or off, how often, and how long.
import type { Preferences } from '../../main/core/preferences/index'
import { NumberField, Toggle } from './fields'
import { Section } from './section'
import { t } from './texts'

export function Breaks({ prefs }: { prefs: Preferences }) {
  const p = prefs.posture
  const texts = t().breaks
  return (
    <Section id="breaks" title={texts.title} intro={texts.intro}>
      <Toggle path="posture.enabled" label={texts.on} value={p.enabled} />
      <div class="grid" hidden={!p.enabled}>
        <NumberField path="posture.everyMinutes" label={texts.every} unit="min" value={p.everyMinutes} />
        <NumberField
          path="posture.durationSeconds"
          label={texts.length}
          unit="s"
          value={p.durationSeconds}
          hint={texts.lengthHint}
        />
      </div>
    </Section>
  )
}

export default Breaks
