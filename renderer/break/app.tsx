// The break window: shows the reminder that is on screen now (a stretch routine with its hold timer, a posture
// countdown, evening suggestions, a therapy step or a plain message) and answers it with Done, Snooze or Skip.
// Keyboard: Enter = Done, S = Snooze, Esc = Skip; focus starts on Done.
import { signal } from '@preact/signals'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { BreakContent, LimberBridge, ReminderAction } from '../../main/app/ipc-contract'
import { plural } from '../shared/format'
import { Countdown, StretchRoutine } from './timers'

/** What main says is on screen: undefined while loading, null when nothing is due. */
export const current = signal<BreakContent | null | undefined>(undefined)

const KIND_LABEL: Record<BreakContent['kind'], string> = {
  posture: 'Posture break',
  stretch: 'Stretch break',
  'wind-down': 'Wind down',
  'get-ready': 'Get ready for bed',
  bedtime: 'Bedtime',
  activity: 'Activity',
  custom: 'Reminder',
  therapy: 'Cold or heat',
}

export function App({ bridge }: { bridge: LimberBridge }) {
  const content = current.value
  if (content === undefined) return <p class="empty">Loading…</p>
  if (content === null) {
    return (
      <main class="empty">
        <h1>All done</h1>
        <p class="muted">Nothing is due right now. You can close this window.</p>
      </main>
    )
  }
  return <BreakView key={content.id} content={content} bridge={bridge} />
}

function BreakView({ content, bridge }: { content: BreakContent; bridge: LimberBridge }) {
  const [sent, setSent] = useState<ReminderAction | null>(null)
  const done = useRef<HTMLButtonElement>(null)

  const act = (action: ReminderAction) => {
    if (sent) return
    setSent(action)
    void bridge.act(content.id, action)
  }

  useEffect(() => {
    done.current?.focus()
    if (content.sound) {
      // The chime is optional: a missing file or a blocked autoplay must not stop the break.
      new Audio('chime.wav').play().catch(() => undefined)
    }
  }, [content.id, content.sound])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      // Enter on another button, link or summary keeps its own meaning; anywhere else it means Done.
      const onControl = target?.closest('button, a, summary, input, select, textarea') !== null
      if (event.key === 'Enter' && !onControl) {
        event.preventDefault()
        act('done')
      } else if (event.key === 's' || event.key === 'S') {
        event.preventDefault()
        act('snooze')
      } else if (event.key === 'Escape') {
        event.preventDefault()
        act('skip')
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })

  return (
    <div class={content.fullScreen ? 'break full' : 'break'}>
      <main aria-labelledby="break-title">
        <header>
          <p class="kicker">{KIND_LABEL[content.kind]}</p>
          <h1 id="break-title">{content.title}</h1>
          {content.message && content.kind !== 'stretch' && <p class="message">{content.message}</p>}
        </header>
        <Body content={content} />
      </main>
      <footer>
        <p class="sent" role="status">
          {sent === 'done' && 'Well done.'}
          {sent === 'snooze' && `Snoozed for ${plural(content.snoozeMinutes, 'minute')}.`}
          {sent === 'skip' && 'Skipped.'}
        </p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            ref={done}
            disabled={sent !== null}
            aria-keyshortcuts="Enter"
            onClick={() => act('done')}
          >
            Done
          </button>
          <button type="button" disabled={sent !== null} aria-keyshortcuts="S" onClick={() => act('snooze')}>
            Snooze {content.snoozeMinutes} min
          </button>
          <button type="button" disabled={sent !== null} aria-keyshortcuts="Escape" onClick={() => act('skip')}>
            Skip
          </button>
        </div>
        <p class="keys muted" aria-hidden="true">
          Enter done · S snooze · Esc skip
        </p>
      </footer>
    </div>
  )
}

function Body({ content }: { content: BreakContent }) {
  switch (content.kind) {
    case 'stretch':
      return content.stretches.length > 0 ? (
        <StretchRoutine stretches={content.stretches} cue={content.cue} />
      ) : (
        <p>{content.message}</p>
      )
    case 'posture':
      return (
        <div class="posture">
          {content.durationSeconds > 0 && <Countdown seconds={content.durationSeconds} />}
          <Tips tips={content.tips} heading="Posture tip" />
        </div>
      )
    default:
      return <Tips tips={content.tips} heading={content.kind === 'therapy' ? 'Remember' : 'For this evening'} />
  }
}

function Tips({ tips, heading }: { tips: string[]; heading: string }) {
  if (tips.length === 0) return null
  return (
    <section class="tips" aria-labelledby="tips-title">
      <h2 id="tips-title">{heading}</h2>
      {tips.length === 1 ? (
        <p>{tips[0]}</p>
      ) : (
        <ul>
          {tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
