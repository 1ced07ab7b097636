// The top of the settings window: whether Limber is running or paused (with pause and resume), a break on
// demand, and what is coming up in the next 24 hours, by day. Pausing and resuming swap one button for the
// other; the focus follows to the new button, so the keyboard never drops to the page.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { PauseDuration, UpcomingItem } from '../../main/app/ipc-contract'
import { heldNow } from '../shared/busy-words'
import { daysFrom, formatAt, formatTime, formatWhen } from '../shared/format'
import { CheckInCard, SittingLine } from './check-in'
import { SoreBackPlan, SoreBackStart } from './sore-back'
import { status, upcoming, useBridge } from './state'

const PAUSE_CHOICES: { value: PauseDuration; label: string }[] = [
  { value: '30m', label: '30 minutes' },
  { value: '1h', label: '1 hour' },
  { value: '2h', label: '2 hours' },
  { value: 'until-morning', label: 'Until morning' },
  { value: 'forever', label: 'Until I resume' },
]

/** From this hour on, an empty rest of the day is "the evening". */
const EVENING_HOUR = 17

export function Today() {
  return (
    <section id="today" aria-labelledby="today-title" class="card">
      <h2 id="today-title" tabIndex={-1}>
        Today
      </h2>
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
  if (paused) {
    return (
      <div class="status-line paused" ref={line}>
        <p role="status">
          <span class="dot" aria-hidden="true" />
          {paused.until === null
            ? 'Paused until you resume. No reminders until then.'
            : `Paused until ${formatWhen(paused.until, now)}. No reminders until then.`}
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
          Resume
        </button>
      </div>
    )
  }
  const next = current.next
  return (
    <div class="status-line" ref={line}>
      <p role="status">
        <span class="dot on" aria-hidden="true" />
        Running.{' '}
        {current.held
          ? heldNow(current.held)
          : next
            ? `Next: ${next.title} ${formatAt(next.at, now)}.`
            : 'Nothing is planned in the next 24 hours.'}
      </p>
      <div class="pause">
        <label for="pause-for">Pause reminders</label>
        <select
          id="pause-for"
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value as PauseDuration)}
        >
          {PAUSE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
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
          Pause
        </button>
      </div>
    </div>
  )
}

function BreakNow() {
  const bridge = useBridge()
  return (
    <div class="row-buttons">
      <button type="button" onClick={() => void bridge.breakNow()}>
        Take a posture break now
      </button>
      <button type="button" onClick={() => void bridge.stretchNow()}>
        Stretch now
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
      <h3>Coming up</h3>
      {today.length > 0 ? <Items items={today} /> : <p class="muted">{emptyToday(now, paused, later)}</p>}
      {later.length > 0 && (
        <>
          <h4>Tomorrow</h4>
          <Items items={later} />
        </>
      )}
    </div>
  )
}

function emptyToday(now: number, paused: { until: number | null } | null, later: UpcomingItem[]): string {
  if (paused) {
    return paused.until === null
      ? 'Nothing while Limber is paused.'
      : `Nothing until the pause ends, ${formatWhen(paused.until, now)}.`
  }
  if (later.length === 0)
    return 'Nothing is planned: every reminder is off, or none falls in the next 24 hours.'
  return new Date(now).getHours() >= EVENING_HOUR
    ? 'Nothing else today. Enjoy your evening.'
    : 'Nothing else planned for today.'
}

function Items({ items }: { items: UpcomingItem[] }) {
  return (
    <ol>
      {items.map((item) => (
        <li key={`${item.kind}-${item.at}`} class={`kind-${item.kind}`}>
          <time dateTime={new Date(item.at).toISOString()}>{formatTime(item.at)}</time>
          <span class="marker" aria-hidden="true" />
          <span>{item.title}</span>
        </li>
      ))}
    </ol>
  )
}
