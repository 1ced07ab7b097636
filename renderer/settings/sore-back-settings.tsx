// The Sore back section: the plan's own settings (its walks, the brace reminder, the morning check-in). What a plan
// shows while it runs is in Today (sore-back.tsx).
import type { Preferences } from '../../main/core/preferences/index'
import { NumberField, Toggle } from './fields'
import { Section } from './section'
import { t } from './texts'

/** The plan's own settings: the walks, the brace reminder, the morning check-in. */
export function SoreBackSettings({ prefs: p }: { prefs: Preferences }) {
  const s = p.soreBack
  const texts = t().soreBack
  return (
    <Section id="sore-back" title={texts.title} intro={texts.intro}>
      <div class="grid">
        <NumberField
          path="soreBack.moveEveryMinutes"
          label={texts.walkEvery}
          unit="min"
          value={s.moveEveryMinutes}
        />
        <NumberField path="soreBack.moveSeconds" label={texts.walk} unit="s" value={s.moveSeconds} />
      </div>
      <p class="hint">{texts.braceCaution}</p>
      <Toggle
        path="soreBack.braceReminder"
        label={texts.brace}
        value={s.braceReminder}
        hint={texts.braceHint}
      />
      <div class="grid" hidden={!s.braceReminder}>
        <NumberField path="soreBack.braceMinutes" label={texts.braceFor} unit="min" value={s.braceMinutes} />
      </div>
      <Toggle
        path="checkIn.enabled"
        label={texts.checkIn}
        value={p.checkIn.enabled}
        hint={texts.checkInHint}
      />
    </Section>
  )
}

export default SoreBackSettings
