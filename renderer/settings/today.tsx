// The top of the settings window: when to see a doctor when something calls for it (doctor-notice.tsx), whether
// Limber is running or paused (with pause and resume), a break on demand, and what is coming up in the next 24
// hours, by day. Pausing and resuming swap one button for the
// other; the focus follows to the new button, so the keyboard never drops to the page.
import { isOneOf } from '../../main/core/one-of'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { PauseDuration, UpcomingItem } from '../../main/app/ipc-contract'
import type { BusyReason } from '../../main/app/ipc-contract'
import { daysFrom } from '../../main/core/i18n/format'
import { nextLine } from './next-line'
import { CheckInCard, SittingLine } from './check-in'
import { DoctorNotice } from './doctor-notice'
import { SoreBackPlan, SoreBackStart } from './sore-back'
import { status, upcoming, useBridge } from './state'
import { fmt, t } from './texts'
import '../shared/check-in.css'
import '../shared/warning-signs.css'
import './today.css'

const PAUSE_CHOICES: readonly PauseDuration[] = ['30m', '1h', '2h', 'until-morning', 'forever']

/** From this hour on, an empty rest of the day is "the evening". */
const EVENING_HOUR = 17

export function Today() {
  return (
    <section id="today" aria-labelledby="today-title" class="card">
      <h2 id="today-title" tabIndex={-1}>
        {t().nav.today}
      </h2>
      <DoctorNotice />
      <SoreBackPlan />
      <PauseLine />
      <CheckInCard />
      <BreakNow />
      <SittingLine />
      <Timeline items={upcoming.value} />
    </section>
  )
}

function PauseLine() {
  const bridge = useBridge()
  const [choice, setChoice] = useState<PauseDuration>('30m')
  /** The button that should have the focus once the line has changed (after Pause: Resume, and back). */
  const focusNext = useRef<'pause' | 'resume' | null>(null)
  const line = useRef<HTMLDivElement>(null)
  const current = status.value
  const paused = current?.paused ?? null
  useEffect(() => {
    const which = focusNext.current
    if (which === null || (which === 'resume') !== (paused !== null)) return
    focusNext.current = null
    line.current?.querySelector<HTMLElement>(`[data-focus="${which}"]`)?.focus()
  }, [paused])
  if (!current) return null
  const now = Date.now()
  const texts = t().today
  if (paused) {
    return (
      <div class="status-line paused" ref={line}>
        <p role="status">
          <span class="dot" aria-hidden="true" />
          {paused.until === null ? texts.pausedOpen : texts.paused({ when: fmt().when(paused.until, now) })}
        </p>
        <button
          type="button"
          class="primary"
          data-focus="resume"
          onClick={() => {
            focusNext.current = 'pause'
            void bridge.resume()
          }}
        >
          {texts.resume}
        </button>
      </div>
    )
  }
  const next = current.next
  return (
    <div class="status-line" ref={line}>
      <p role="status">
        <span class="dot on" aria-hidden="true" />
        {texts.running} {current.held ? heldNow(current.held) : next ? nextLine(next, now) : texts.nothing}
      </p>
      <div class="pause">
        <label for="pause-for">{texts.pauseLabel}</label>
        <select
          id="pause-for"
          value={choice}
          onChange={(e) => {
            const chosen = e.currentTarget.value
            if (isOneOf(PAUSE_CHOICES, chosen)) setChoice(chosen)
          }}
        >
          {PAUSE_CHOICES.map((value) => (
            <option key={value} value={value}>
              {texts.pauseFor[value]}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-focus="pause"
          onClick={() => {
            focusNext.current = 'resume'
            void bridge.pause(choice)
          }}
        >
          {texts.pause}
        </button>
      </div>
    </div>
  )
}

/** "Posture break held: you are in a call. It comes within a minute after." */
function heldNow(held: { title: string; reason: BusyReason }): string {
  const texts = t().today
  return `${texts.held[held.reason]({ title: held.title })} ${texts.heldAfter}`
}

function BreakNow() {
  const bridge = useBridge()
  const texts = t().today
  return (
    <div class="row-buttons">
      <button type="button" onClick={() => void bridge.breakNow()}>
        {texts.breakNow}
      </button>
      <button type="button" onClick={() => void bridge.stretchNow()}>
        {texts.stretchNow}
      </button>
      <SoreBackStart />
    </div>
  )
}

/** The next 24 hours, under "Today" and "Tomorrow", saying plainly when the rest of today is empty and why. */
function Timeline({ items }: { items: UpcomingItem[] }) {
  const now = Date.now()
  const paused = status.value?.paused ?? null
  const today = items.filter((item) => daysFrom(now, item.at) <= 0)
  const later = items.filter((item) => daysFrom(now, item.at) > 0)
  return (
    <div class="timeline">
      <h3>{t().today.comingUp}</h3>
      {today.length > 0 ? <Items items={today} /> : <p class="muted">{emptyToday(now, paused, later)}</p>}
      {later.length > 0 && (
        <>
          <h4>{t().today.tomorrow}</h4>
          <Items items={later} />
        </>
      )}
    </div>
  )
}

function emptyToday(now: number, paused: { until: number | null } | null, later: UpcomingItem[]): string {
  const texts = t().today
  if (paused) {
    return paused.until === null
      ? texts.whilePaused
      : texts.untilPause({ when: fmt().when(paused.until, now) })
  }
  if (later.length === 0) return texts.allOff
  return new Date(now).getHours() >= EVENING_HOUR ? texts.evening : texts.day
}

function Items({ items }: { items: UpcomingItem[] }) {
  return (
    <ol>
      {items.map((item) => (
        <li key={`${item.kind}-${item.at}`} class={`kind-${item.kind}`}>
          <time dateTime={new Date(item.at).toISOString()}>{fmt().time(item.at)}</time>
          <span class="marker" aria-hidden="true" />
          <span>{item.title}</span>
        </li>
      ))}
    </ol>
  )
}

export default Today
