// The top of the settings window: whether Limber is running or paused (with pause and resume), a break on
// demand, and the "upcoming today" timeline from the planner.
import { useState } from 'preact/hooks'
import type { PauseDuration, UpcomingItem } from '../../main/app/ipc-contract'
import { formatTime } from '../shared/format'
import { status, upcoming, useBridge } from './state'

const PAUSE_CHOICES: { value: PauseDuration; label: string }[] = [
  { value: '30m', label: '30 minutes' },
  { value: '1h', label: '1 hour' },
  { value: '2h', label: '2 hours' },
  { value: 'until-morning', label: 'Until morning' },
  { value: 'forever', label: 'Until I resume' },
]

export function Today() {
  return (
    <section id="today" aria-labelledby="today-title" class="card">
      <h2 id="today-title" tabIndex={-1}>
        Today
      </h2>
      <PauseLine />
      <BreakNow />
      <Timeline items={upcoming.value} />
    </section>
  )
}

function PauseLine() {
  const bridge = useBridge()
  const [choice, setChoice] = useState<PauseDuration>('30m')
  const current = status.value
  if (!current) return null
  if (current.paused) {
    const until = current.paused.until
    return (
      <div class="status-line paused">
        <p role="status">
          <span class="dot" aria-hidden="true" />
          Paused {until === null ? 'until you resume' : `until ${formatTime(until)}`}. No reminders until
          then.
        </p>
        <button type="button" class="primary" onClick={() => void bridge.resume()}>
          Resume
        </button>
      </div>
    )
  }
  const next = current.next
  return (
    <div class="status-line">
      <p role="status">
        <span class="dot on" aria-hidden="true" />
        Running. {next ? `Next: ${next.title} at ${formatTime(next.at)}.` : 'Nothing else is planned today.'}
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
        <button type="button" onClick={() => void bridge.pause(choice)}>
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
    </div>
  )
}

function Timeline({ items }: { items: UpcomingItem[] }) {
  return (
    <div class="timeline">
      <h3>Coming up today</h3>
      {items.length === 0 ? (
        <p class="muted">Nothing else today. Enjoy your evening.</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={`${item.kind}-${item.at}`} class={`kind-${item.kind}`}>
              <time dateTime={new Date(item.at).toISOString()}>{formatTime(item.at)}</time>
              <span class="marker" aria-hidden="true" />
              <span>{item.title}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
