// Settings shown in two places, the welcome and their own section, built once: work hours and natural breaks.
import type { Preferences } from '../../main/core/preferences/index'
import { NumberField, TimeField, Toggle, Weekdays } from './fields'
import { status } from './state'
import { t } from './texts'

export function WorkHoursFields({ prefs, hint }: { prefs: Preferences; hint?: string }) {
  const texts = t().workHours
  return (
    <>
      <Toggle path="workHours.enabled" label={texts.on} value={prefs.workHours.enabled} hint={hint} />
      <div class="stack" hidden={!prefs.workHours.enabled}>
        <div class="grid">
          <TimeField path="workHours.start" label={texts.start} value={prefs.workHours.start} />
          <TimeField path="workHours.end" label={texts.end} value={prefs.workHours.end} />
        </div>
        <Weekdays path="workHours.weekdays" label={texts.days} value={prefs.workHours.weekdays} />
      </div>
    </>
  )
}

export function NaturalBreaksFields({ prefs, hint }: { prefs: Preferences; hint?: string }) {
  const idleUnavailable = status.value?.idleDetection === 'unavailable'
  const texts = t().natural
  return (
    <>
      <Toggle
        path="naturalBreaks.enabled"
        label={texts.on}
        value={prefs.naturalBreaks.enabled}
        hint={idleUnavailable ? texts.noIdle : hint}
      />
      <div class="grid" hidden={!prefs.naturalBreaks.enabled}>
        <NumberField
          path="naturalBreaks.idleMinutes"
          label={texts.away}
          unit="min"
          value={prefs.naturalBreaks.idleMinutes}
        />
      </div>
    </>
  )
}
