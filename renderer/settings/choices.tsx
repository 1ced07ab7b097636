// Settings shown in two places, the welcome and their own section, built once: work hours and natural breaks.
import type { Preferences } from '../../main/core/preferences'
import { NumberField, TimeField, Toggle, Weekdays } from './fields'
import { status } from './state'

export function WorkHoursFields({ prefs, hint }: { prefs: Preferences; hint?: string }) {
  return (
    <>
      <Toggle
        path="workHours.enabled"
        label="Only remind me during work hours"
        value={prefs.workHours.enabled}
        hint={hint}
      />
      <div class="stack" hidden={!prefs.workHours.enabled}>
        <div class="grid">
          <TimeField path="workHours.start" label="Start" value={prefs.workHours.start} />
          <TimeField path="workHours.end" label="End" value={prefs.workHours.end} />
        </div>
        <Weekdays path="workHours.weekdays" label="Work days" value={prefs.workHours.weekdays} />
      </div>
    </>
  )
}

export function NaturalBreaksFields({ prefs, hint }: { prefs: Preferences; hint?: string }) {
  const idleUnavailable = status.value?.idleDetection === 'unavailable'
  return (
    <>
      <Toggle
        path="naturalBreaks.enabled"
        label="Count time away from the computer as a break"
        value={prefs.naturalBreaks.enabled}
        hint={
          idleUnavailable
            ? 'Idle time unavailable: this system does not report it, so only locking the screen or sleep count as breaks.'
            : hint
        }
      />
      <div class="grid" hidden={!prefs.naturalBreaks.enabled}>
        <NumberField
          path="naturalBreaks.idleMinutes"
          label="Away for at least"
          unit="min"
          value={prefs.naturalBreaks.idleMinutes}
        />
      </div>
    </>
  )
}
