// The settings' "Screens and firm mode" section: whether a full-screen break dims the other displays, and firm mode
// (its level, and the daily skip allowance), with what keeps it from ever being a trap said in words.
import type { Preferences } from '../../main/core/preferences/index'
import { FIRM_LEVELS, type FirmLevel } from '../../main/core/firm/levels'
import { NumberField, Toggle } from './fields'
import { Choices } from './radio-choices'
import { Section } from './section'
import { t } from './texts'

export function ScreensAndFirmness({ prefs }: { prefs: Preferences }) {
  const texts = t().firm
  const firm = prefs.firmMode
  return (
    <Section id="firm" title={texts.title} intro={texts.intro}>
      <h3 class="sub">{texts.screens}</h3>
      <Toggle
        path="breakWindow.everyDisplay"
        label={texts.everyDisplay}
        value={prefs.breakWindow.everyDisplay}
        hint={texts.everyDisplayHint}
      />
      <h3 class="sub">{texts.firmTitle}</h3>
      <Choices<FirmLevel>
        path="firmMode.level"
        label={texts.level}
        value={firm.level}
        choices={FIRM_LEVELS.map((level) => ({ value: level, label: texts.levels[level] }))}
      />
      <Toggle path="firmMode.limitSkips" label={texts.limitSkips} value={firm.limitSkips} />
      <div class="grid" hidden={!firm.limitSkips}>
        <NumberField
          path="firmMode.skipsPerDay"
          label={texts.skipsPerDay}
          unit=""
          value={firm.skipsPerDay}
          hint={texts.skipsHint}
        />
      </div>
      <p class="muted">{texts.never}</p>
    </Section>
  )
}

export default ScreensAndFirmness
