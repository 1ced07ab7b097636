// The break window: shows the reminder that is on screen now (a stretch routine with its hold timer, a posture
// countdown, evening suggestions, a therapy step or a plain message) and answers it with Done, Snooze or Skip.
// Keyboard: focus starts on Done (Enter answers it), S = Snooze, Esc = Skip anywhere (and P = Pause, R = I'm ready
// while a routine's move is on screen, routine-player.tsx). Enter elsewhere keeps its own meaning and never answers
// Done by itself: a stray Enter must not record a whole break. A window that opened by itself acts on no key until
// the user has clicked it or given it the focus (key-guard.ts), and shows no key on its buttons until then. Firm mode
// may take Snooze or Skip away (content.answers): the window says why, and that holding Esc for three seconds leaves
// it in an emergency (hold-to-leave.ts); S and Esc then act only as the buttons shown do. The evening's steps are dim
// whatever the colour scheme: a bright window at bedtime wakes a person up.
import { signal } from '../shared/signal'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { BreakContent, LimberBridge, ReminderAction } from '../../main/app/ipc-contract'
import { GENTLE_ANSWERS } from '../../main/core/firm/answers'
import { CheckInView } from './check-in'
import { Key } from './key'
import { useKeysAct } from './key-guard'
import { useHoldToLeave } from './hold-to-leave'
import { t } from './texts'
import { StretchRoutine } from './routine-player'
import { Countdown } from './timers'

/** What main says is on screen: undefined while loading, null when nothing is due. */
export const current = signal<BreakContent | null | undefined>(undefined)
/** The evening's steps: shown dim (a dark palette) whatever the colour scheme. */
const EVENING: ReadonlySet<BreakContent['kind']> = new Set(['wind-down', 'get-ready', 'bedtime'])
/**
 * Kinds whose title is not the kind's own name (a session, the user's own reminder, a heat or ice step): they say
 * above it what kind of reminder this is. The others' titles already say so, in every language.
 */
const KICKER: ReadonlySet<BreakContent['kind']> = new Set(['activity', 'custom', 'therapy'])

/** The user's last answer, with the break it answered: it is still shown once main has cleared the break. */
const answered = signal<{ action: ReminderAction; snoozeMinutes: number } | null>(null)

export function App({ bridge }: { bridge: LimberBridge }) {
  const content = current.value
  if (content === undefined) return <p class="empty">{t().loading}</p>
  if (content === null) return <Nothing />
  if (content.kind === 'check-in') return <CheckInView key={content.id} content={content} bridge={bridge} />
  return <BreakView key={content.id} content={content} bridge={bridge} />
}

/** Nothing on screen (after an answer, or nothing due). The heading takes the focus, never the bare page. */
function Nothing() {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const last = answered.value
  return (
    <main class="empty">
      <h1 tabIndex={-1} ref={heading}>
        {last ? answerText(last.action, last.snoozeMinutes) : t().nothing}
      </h1>
      <p class="muted">{last ? t().canClose : t().nothingDue}</p>
    </main>
  )
}

function BreakView({ content, bridge }: { content: BreakContent; bridge: LimberBridge }) {
  const [sent, setSent] = useState<ReminderAction | null>(null)
  const done = useRef<HTMLButtonElement>(null)
  const keysAct = useKeysAct(content.userAsked)

  const status = useRef<HTMLParagraphElement>(null)

  const act = (action: ReminderAction) => {
    if (sent) return
    setSent(action)
    answered.value = { action, snoozeMinutes: content.snoozeMinutes }
    void bridge.act(content.id, action)
  }

  const answers = content.answers ?? GENTLE_ANSWERS
  const holding = useHoldToLeave(!answers.skip && sent === null, keysAct, () => {
    if (sent) return
    setSent('skip')
    answered.value = { action: 'skip', snoozeMinutes: content.snoozeMinutes }
    void bridge.leaveBreak(content.id)
  })

  const isRoutine = (content.kind === 'stretch' || content.kind === 'routine') && content.stretches.length > 0
  const texts = t()

  // Once answered, the answer buttons are disabled: the focus goes to the answer's words, not to the page.
  useEffect(() => {
    if (sent) status.current?.focus()
  }, [sent])

  // Done takes the focus once keys act: at once in a window the user asked for; in one that opened by itself, when
  // the user reaches for it (unless their click already put the focus on another button).
  // A layout effect: the focus is on Done as soon as the window has rendered, before the next key can come.
  useLayoutEffect(() => {
    if (keysAct && !(document.activeElement instanceof HTMLButtonElement)) {
      done.current?.focus({ preventScroll: true })
    }
  }, [keysAct])

  // The window's title follows the break's, in the language in use (a change of language keeps the break).
  const title = texts.pageTitle({ title: content.title })
  useEffect(() => {
    document.title = title
  }, [title])

  useEffect(() => {
    // The break opens at its top (name, timer, steps), even when the window is small or zoomed and Done is
    // further down: focusing Done must not scroll the page to it.
    window.scrollTo(0, 0)
    document.querySelector('.break main')?.scrollTo(0, 0)
    if (content.sound) {
      // The chime is optional: a missing file or a blocked autoplay must not stop the break.
      new Audio('chime.wav').play().catch(() => undefined)
    }
  }, [content.id, content.sound])

  // A layout effect, re-added as each render commits: a quick second key acts on what is on screen now, never on the
  // answers the render before offered (as the routine player's keys, routine-player.tsx).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey) return
      if ((event.key === 's' || event.key === 'S') && answers.snooze) {
        event.preventDefault()
        act('snooze')
      } else if (event.key === 'Escape' && answers.skip) {
        event.preventDefault()
        act('skip')
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })

  return (
    <div
      class={['break', content.fullScreen && 'full', EVENING.has(content.kind) && 'dim']
        .filter(Boolean)
        .join(' ')}
    >
      {/* Focusable so the keyboard can scroll it when the window is small or zoomed. */}
      <main aria-labelledby="break-title" tabIndex={0}>
        {content.held && <p class="held">{content.held.text}</p>}
        {/* A stretch routine titles itself with the stretch on screen. */}
        {!isRoutine && (
          <header>
            {KICKER.has(content.kind) && <p class="kicker">{texts.kind[content.kind]}</p>}
            <h1 id="break-title">{content.title}</h1>
            {content.message && <p class="message">{content.message}</p>}
          </header>
        )}
        <Body content={content} keysAct={keysAct} />
      </main>
      <footer>
        {sent === null && <FirmNote answers={answers} holding={holding} />}
        <p class="sent" role="status" tabIndex={-1} ref={status}>
          {sent && answerText(sent, content.snoozeMinutes)}
        </p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            ref={done}
            disabled={sent !== null}
            onClick={() => act('done')}
          >
            {texts.done} {keysAct && <Key>{texts.keys.done}</Key>}
          </button>
          {answers.snooze && (
            <button
              type="button"
              disabled={sent !== null}
              aria-keyshortcuts={keysAct ? 'S' : undefined}
              onClick={() => act('snooze')}
            >
              {texts.snooze({ minutes: content.snoozeMinutes })} {keysAct && <Key>S</Key>}
            </button>
          )}
          {answers.skip && (
            <button
              type="button"
              disabled={sent !== null}
              aria-keyshortcuts={keysAct ? 'Escape' : undefined}
              onClick={() => act('skip')}
            >
              {texts.skip} {keysAct && <Key>{texts.keys.skip}</Key>}
            </button>
          )}
        </div>
      </footer>
    </div>
  )
}

/**
 * Firm mode's line over the buttons: why Skip is gone and the emergency way out, or how many skips are left today.
 * Polite, so a screen reader says it once, and again when the user starts holding Esc.
 */
function FirmNote({ answers, holding }: { answers: NonNullable<BreakContent['answers']>; holding: boolean }) {
  const firm = t().firm
  if (answers.skip) {
    return answers.skipsLeft === null ? null : (
      <p class="firm-note">{firm.left({ count: answers.skipsLeft })}</p>
    )
  }
  const why =
    answers.noSkip === 'allowance'
      ? firm.used({ count: answers.allowance ?? 0 })
      : answers.stays
        ? firm.stays
        : firm.noSkip
  return (
    <p class="firm-note" aria-live="polite">
      {why} <strong>{holding ? firm.holding : firm.emergency}</strong>
    </p>
  )
}

function answerText(action: ReminderAction, snoozeMinutes: number): string {
  if (action === 'done') return t().wellDone
  if (action === 'snooze') return t().snoozed({ count: snoozeMinutes })
  return t().skipped
}

function Body({ content, keysAct }: { content: BreakContent; keysAct: boolean }) {
  switch (content.kind) {
    case 'stretch':
    case 'routine':
      return content.stretches.length > 0 ? (
        <>
          {content.routineLine && <RoutineLine line={content.routineLine} />}
          <StretchRoutine content={content} keysAct={keysAct} />
        </>
      ) : null
    case 'posture':
      return (
        <div class="posture">
          {content.durationSeconds > 0 && <Countdown seconds={content.durationSeconds} />}
          {/* The break is for standing up: a tip about sitting is for when the user is back at the desk. */}
          <Tips
            tips={content.tips}
            heading={content.gentle ? t().tipHeading.other : t().tipHeading.posture}
          />
        </div>
      )
    case 'wind-down':
    case 'get-ready':
    case 'bedtime':
      return (
        <div class="evening">
          <Moon />
          <Tips tips={content.tips} heading={t().tipHeading.evening} />
        </div>
      )
    default:
      return <Tips tips={content.tips} heading={t().tipHeading.other} />
  }
}

/** A physiotherapist's routine: its name, and what a sore back leaves out of it today. */
function RoutineLine({ line }: { line: { name: string; note: string | null } }) {
  return (
    <p class="routine-line">
      <strong>{line.name}</strong>
      {line.note && ` ${line.note}`}
    </p>
  )
}

/** A quiet crescent moon for the evening reminders; decoration only. */
function Moon() {
  return (
    <svg class="moon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d="M30 6a18 18 0 1 0 12 31A15 15 0 0 1 30 6z" />
    </svg>
  )
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
