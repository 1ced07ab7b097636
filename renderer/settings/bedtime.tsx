// The Bedtime section: usual bed and wake times with the sleep window's length (a gentle 7–9 h hint that never
// blocks), the wind-down and get-ready offsets, and per-evening exceptions.
import { useState } from 'preact/hooks'
import type { PreferencesPatch } from '../../main/app/ipc-contract'
import type { Preferences, SleepTimesPreferences } from '../../main/core/preferences'
import { DAY_LONG, WEEK, formatDuration, sleepMinutes } from '../shared/format'
import { NumberField, TimeField, Toggle } from './fields'
import { Section } from './sections'
import { save } from './state'

type Overrides = Preferences['bedtime']['overrides']

export function Bedtime({ prefs }: { prefs: Preferences }) {
  const b = prefs.bedtime
  const usual = { bedtime: b.bedtime, wakeTime: b.wakeTime }
  // A patch merges into the stored record and cannot delete a key, so "no exception" is stored as an exception
  // equal to the usual times; when the usual times change, those neutral entries move with them.
  const neutralKeys = Object.entries(b.overrides)
    .filter(([, times]) => same(times, usual))
    .map(([key]) => key)
  const withNeutral = (next: SleepTimesPreferences): PreferencesPatch => ({
    bedtime: {
      ...next,
      overrides: Object.fromEntries(neutralKeys.map((key) => [key, next])) as Overrides,
    },
  })
  return (
    <Section
      id="bedtime"
      title="Bedtime"
      intro="Going to bed and getting up at the same times every day, weekends too, helps your body rest and recover. Before bed, Limber suggests dimming the lights, putting screens away and a warm drink or bath."
    >
      <Toggle path="bedtime.enabled" label="Remind me to wind down and go to bed" value={b.enabled} />
      <div class="grid">
        <TimeField
          path="bedtime.bedtime"
          label="Bedtime"
          value={b.bedtime}
          patch={(value: string) => withNeutral({ bedtime: value, wakeTime: b.wakeTime })}
        />
        <TimeField
          path="bedtime.wakeTime"
          label="Wake time"
          value={b.wakeTime}
          patch={(value: string) => withNeutral({ bedtime: b.bedtime, wakeTime: value })}
        />
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
          <OverrideRow key={day} day={day} usual={usual} times={b.overrides[String(day)]} />
        ))}
      </ul>
    </Section>
  )
}

function same(a: SleepTimesPreferences, b: SleepTimesPreferences): boolean {
  return a.bedtime === b.bedtime && a.wakeTime === b.wakeTime
}

function SleepLength({ times, id }: { times: SleepTimesPreferences; id?: string }) {
  const minutes = sleepMinutes(times.bedtime, times.wakeTime)
  if (minutes === null) return null
  const outside = minutes < 7 * 60 || minutes > 9 * 60
  return (
    <p id={id} class={outside ? 'sleep warn' : 'sleep'} aria-live="polite">
      <span>That gives you {formatDuration(minutes)} in bed.</span>
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

function OverrideRow(props: { day: number; usual: SleepTimesPreferences; times?: SleepTimesPreferences }) {
  const { day, usual } = props
  const key = String(day)
  const active = props.times !== undefined && !same(props.times, usual)
  const [open, setOpen] = useState(active)
  const shown = open || active
  const times = props.times ?? usual
  const id = `override-${day}`
  const send = (next: SleepTimesPreferences): PreferencesPatch => ({
    bedtime: { overrides: { [key]: next } as Overrides },
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
            if (!on && props.times !== undefined) void save(`bedtime.overrides.${key}`, send(usual))
          }}
        />
        <label for={id}>{DAY_LONG[day]} night</label>
      </div>
      {shown && (
        <div class="override-times">
          <TimeField
            path={`bedtime.overrides.${key}.bedtime`}
            label={`Bedtime on ${DAY_LONG[day]}`}
            value={times.bedtime}
            patch={(value: string) => send({ bedtime: value, wakeTime: times.wakeTime })}
          />
          <TimeField
            path={`bedtime.overrides.${key}.wakeTime`}
            label={`Wake on ${DAY_LONG[(day + 1) % 7]}`}
            value={times.wakeTime}
            patch={(value: string) => send({ bedtime: times.bedtime, wakeTime: value })}
          />
          <SleepLength times={times} />
        </div>
      )}
    </li>
  )
}
