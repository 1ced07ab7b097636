// The Daily limit section: an optional limit on time at the computer a day (main/app/day-limit/), what it does and
// does not do, and today's time so far against it.
import type { Preferences } from '../../main/core/preferences/index'
import { NumberField, Toggle } from './fields'
import { Section } from './section'
import { status } from './state'
import { fmt, t } from './texts'
import './day-limit.css'

export function DayLimitSettings({ prefs }: { prefs: Preferences }) {
  const limit = prefs.dayLimit
  const texts = t().dayLimit
  const sitting = status.value?.sitting
  return (
    <Section id="day-limit" title={texts.title} intro={texts.intro}>
      <Toggle path="dayLimit.enabled" label={texts.on} value={limit.enabled} />
      <div hidden={!limit.enabled}>
        <div class="grid">
          <NumberField path="dayLimit.hours" label={texts.hours} unit="h" value={limit.hours} />
        </div>
        <p class="muted">{texts.how}</p>
        {sitting && (
          <p class="day-limit-so-far">
            {texts.soFar({
              time: fmt().minutes(sitting.activeMinutes),
              limit: fmt().minutes(limit.hours * 60),
            })}
          </p>
        )}
      </div>
    </Section>
  )
}

export default DayLimitSettings
