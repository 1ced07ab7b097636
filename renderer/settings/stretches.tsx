// The Stretches section: on or off, how often and how many, the hold and repetitions, the routine's sound cues and
// voice (stretch-cues.tsx), every stretch with its steps and who should ask first (stretch-list.tsx), and the
// routines a physiotherapist gave (routines.tsx).
import type { Preferences } from '../../main/core/preferences/index'
import { NumberField, Toggle } from './fields'
import { RoutinesPart } from './routines'
import { Section } from './section'
import { StretchCues } from './stretch-cues'
import { StretchList } from './stretch-list'
import { t } from './texts'

export function Stretches({ prefs }: { prefs: Preferences }) {
  const s = prefs.stretch
  const texts = t().stretches
  return (
    <Section id="stretches" title={texts.title} intro={texts.intro}>
      <p class="caution">{texts.caution}</p>
      <Toggle path="stretch.enabled" label={texts.on} value={s.enabled} />
      <Toggle path="stretch.deskOnly" label={texts.deskOnly} value={s.deskOnly} hint={texts.deskOnlyHint} />
      <div class="grid" hidden={!s.enabled}>
        <NumberField path="stretch.everyMinutes" label={texts.every} unit="min" value={s.everyMinutes} />
        <NumberField
          path="stretch.stretchesPerBreak"
          label={texts.perBreak}
          unit=""
          value={s.stretchesPerBreak}
        />
        <NumberField
          path="stretch.holdSeconds"
          label={texts.hold}
          unit="s"
          value={s.holdSeconds}
          hint={texts.holdHint}
        />
        <NumberField
          path="stretch.repetitions"
          label={texts.reps}
          unit=""
          value={s.repetitions}
          hint={texts.repsHint}
        />
      </div>
      <StretchCues prefs={prefs} />
      <StretchList prefs={prefs} />
      <RoutinesPart />
    </Section>
  )
}

export default Stretches
