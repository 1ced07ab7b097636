// The Bedtime section: usual bed and wake times with the sleep window's length (a gentle 7–9 h hint that never
// blocks), the wind-down and get-ready offsets, and per-evening exceptions.
import { useState } from 'preact/hooks'
import type { PreferencesPatch } from '../../main/app/ipc-contract'
import type { Preferences, SleepTimesPreferences } from '../../main/core/preferences'
import {
  DAY_LONG,
  WEEK,
  formatClock,
  formatDuration,
  isAfterMidnight,
  nextDay,
  sleepMinutes,
} from '../shared/format'
import { NumberField, TimeField, Toggle } from './fields'
import { Section } from './sections'
import { save } from './state'

type Overrides = Preferences['bedtime']['overrides']

export function Bedtime({ prefs }: { prefs: Preferences }) {
  const b = prefs.bedtime
  const usual = { bedtime: b.bedtime, wakeTime: b.wakeTime }
  return (
    <Section
      id="bedtime"
      title="Bedtime"
      intro="Going to bed and getting up at the same times every day, weekends too, helps your body rest and recover. Before bed, Limber suggests dimming the lights, putting screens away and a warm drink or bath."
    >
      <Toggle path="bedtime.enabled" label="Remind me to wind down and go to bed" value={b.enabled} />
      <div class="grid">
        <TimeField path="bedtime.bedtime" label="Bedtime" value={b.bedtime} />
        <TimeField path="bedtime.wakeTime" label="Wake time" value={b.wakeTime} />
      </div>
      <SleepLength times={usual} />
      <div class="grid" hidden={!b.enabled}>
        <NumberField
          path="bedtime.windDownMinutes"
          label="Wind down"
          unit="min"
          value={b.windDownMinutes}
          hint="Minutes before bedtime, up to 240 (0 turns it off)"
        />
        <NumberField
          path="bedtime.getReadyMinutes"
          label="Get ready for bed"
          unit="min"
          value={b.getReadyMinutes}
          hint="Minutes before bedtime, up to 120 (0 turns it off)"
        />
      </div>
      <h3 class="sub">Different times on some evenings</h3>
      <p class="hint">Each exception sets that night’s bedtime and the wake time the morning after.</p>
      <ul class="overrides">
        {WEEK.map((day) => (
          <OverrideRow key={day} day={day} usual={usual} all={b.overrides} />
        ))}
      </ul>
    </Section>
  )
}

/**
 * The night's length as stored, with the times it is read from, so it never seems to describe a value that a
 * field shows but that was not saved. `evening` names the night of an exception.
 */
function SleepLength({ times, evening }: { times: SleepTimesPreferences; evening?: number }) {
  const minutes = sleepMinutes(times.bedtime, times.wakeTime)
  if (minutes === null) return null
  const outside = minutes < 7 * 60 || minutes > 9 * 60
  const morning = evening === undefined ? '' : ` on ${DAY_LONG[nextDay(evening)]}`
  const late =
    evening !== undefined && isAfterMidnight(times.bedtime) ? ` (early ${DAY_LONG[nextDay(evening)]})` : ''
  return (
    <p class={outside ? 'sleep warn' : 'sleep'} aria-live="polite">
      <span>
        Bed at {formatClock(times.bedtime)}
        {late}, up at {formatClock(times.wakeTime)}
        {morning}: {formatDuration(minutes)} in bed.
      </span>
      {outside && (
        <span>
          {' '}
          Most adults feel best with 7 to 9 hours
          {minutes < 7 * 60 ? '; could you go to bed a little earlier?' : '.'}
        </span>
      )}
    </p>
  )
}

/**
 * One evening's exception. A patch replaces `bedtime.overrides` whole, so every change sends all of them:
 * with this evening's times, or without this evening to remove its exception.
 */
function OverrideRow(props: { day: number; usual: SleepTimesPreferences; all: Overrides }) {
  const { day, usual, all } = props
  const key = String(day)
  const stored = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : undefined
  // Switched on but not yet changed: shows the usual times until one is edited (nothing is saved before).
  const [open, setOpen] = useState(stored !== undefined)
  const shown = open || stored !== undefined
  const times = stored ?? usual
  const id = `override-${day}`
  const night = `${DAY_LONG[day]} night`
  const send = (next: SleepTimesPreferences): PreferencesPatch => ({
    bedtime: { overrides: { ...all, [key]: next } },
  })
  const remove = (): PreferencesPatch => ({
    bedtime: { overrides: Object.fromEntries(Object.entries(all).filter(([other]) => other !== key)) },
  })
  return (
    <li>
      <div class="toggle">
        <input
          id={id}
          type="checkbox"
          checked={shown}
          onChange={(event) => {
            const on = event.currentTarget.checked
            setOpen(on)
            if (!on && stored !== undefined) void save(`bedtime.overrides.${key}`, remove())
          }}
        />
        <label for={id}>{night}</label>
      </div>
      {shown && (
        <div class="override-times">
          <TimeField
            path={`bedtime.overrides.${key}.bedtime`}
            context={night}
            label="Bedtime"
            value={times.bedtime}
            hint={bedtimeHint(times.bedtime, day)}
            patch={(value: string) => send({ bedtime: value, wakeTime: times.wakeTime })}
          />
          <TimeField
            path={`bedtime.overrides.${key}.wakeTime`}
            context={night}
            label={`Wake on ${DAY_LONG[nextDay(day)]}`}
            value={times.wakeTime}
            patch={(value: string) => send({ bedtime: times.bedtime, wakeTime: value })}
          />
          <SleepLength times={times} evening={day} />
        </div>
      )}
    </li>
  )
}

/** Where a bedtime on the evening `day` falls: after midnight it is the next morning, said in words. */
function bedtimeHint(bedtime: string, day: number): string {
  return isAfterMidnight(bedtime)
    ? `After midnight: early ${DAY_LONG[nextDay(day)]} morning`
    : `On ${DAY_LONG[day]} evening`
}
