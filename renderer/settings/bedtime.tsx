// The Bedtime section: usual bed and wake times with the sleep window's length (a gentle 7–9 h hint that never
// blocks), the wind-down and get-ready offsets, and per-evening exceptions.
import { useState } from 'preact/hooks'
import type { PreferencesPatch } from '../../main/app/ipc-contract'
import type { Preferences, SleepTimesPreferences } from '../../main/core/preferences/index'
import { WEEK } from '../../main/core/i18n/format'
import { isAfterMidnight, nextDay, sleepMinutes } from '../shared/clock'
import { NumberField, TimeField, Toggle } from './fields'
import { Section } from './section'
import { save } from './saving'
import { fmt, t } from './texts'
import './bedtime.css'

type Overrides = Preferences['bedtime']['overrides']

export function Bedtime({ prefs }: { prefs: Preferences }) {
  const b = prefs.bedtime
  const usual = { bedtime: b.bedtime, wakeTime: b.wakeTime }
  const texts = t().bedtime
  return (
    <Section id="bedtime" title={texts.title} intro={texts.intro}>
      <Toggle path="bedtime.enabled" label={texts.on} value={b.enabled} />
      <div class="grid">
        <TimeField path="bedtime.bedtime" label={texts.bed} value={b.bedtime} />
        <TimeField path="bedtime.wakeTime" label={texts.wake} value={b.wakeTime} />
      </div>
      <SleepLength times={usual} />
      <div class="grid" hidden={!b.enabled}>
        <NumberField
          path="bedtime.windDownMinutes"
          label={texts.windDown}
          unit="min"
          value={b.windDownMinutes}
          hint={texts.windDownHint}
        />
        <NumberField
          path="bedtime.getReadyMinutes"
          label={texts.getReady}
          unit="min"
          value={b.getReadyMinutes}
          hint={texts.getReadyHint}
        />
      </div>
      <h3 class="sub">{texts.others}</h3>
      <p class="hint">{texts.othersHint}</p>
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
  const texts = t().bedtime
  const format = fmt()
  const outside = minutes < 7 * 60 || minutes > 9 * 60
  const said = {
    bed: format.clock(times.bedtime),
    wake: format.clock(times.wakeTime),
    length: format.minutes(minutes),
  }
  const day = evening === undefined ? '' : format.weekday(nextDay(evening))
  const length =
    evening === undefined
      ? texts.length(said)
      : isAfterMidnight(times.bedtime)
        ? texts.lengthLate({ ...said, day })
        : texts.lengthOn({ ...said, day })
  return (
    <p class={outside ? 'sleep warn' : 'sleep'} aria-live="polite">
      <span>{length}</span>
      {outside && <span> {minutes < 7 * 60 ? texts.short : texts.long}</span>}
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
  const texts = t().bedtime
  const night = texts.night({ day: fmt().weekday(day) })
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
            label={texts.bed}
            value={times.bedtime}
            hint={bedtimeHint(times.bedtime, day)}
            patch={(value: string) => send({ bedtime: value, wakeTime: times.wakeTime })}
          />
          <TimeField
            path={`bedtime.overrides.${key}.wakeTime`}
            context={night}
            label={texts.wakeOn({ day: fmt().weekday(nextDay(day)) })}
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
  const texts = t().bedtime
  const weekday = fmt().weekday
  return isAfterMidnight(bedtime)
    ? texts.afterMidnight({ day: weekday(nextDay(day)) })
    : texts.onEvening({ day: weekday(day) })
}

export default Bedtime
