// The stretch routine as the break window plays it (routine-entries.ts): each stretch (get into position, hold with
// the ring, ease out, repeat) and between two places a move (getting down to the floor, standing up, getting up)
// that lasts its seconds or ends sooner at "I'm ready" (its button, or the R key). A stretch always starts with
// its own time to get into position, so its hold never starts while the user is still moving. The optional tones
// and voice follow the same clock (routine-cues.ts). P pauses and resumes the timer from anywhere in the window, as
// S snoozes; the keys show on their buttons once they act (key-guard.ts).
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks'
import type { BreakContent } from '../../main/app/ipc-contract'
import { entryLength, entryStepAt, repetitionsOf } from './routine'
import { useCuePlayer, useRoutineCues } from './routine-cues'
import { entriesOf, timedOf, type Entry } from './routine-entries'
import { Key } from './key'
import { MoveFigure, RoutineFigure } from './routine-figure'
import { t, words } from './texts'
import { Ring, useNow } from './timers'
import { announce, phaseWord } from './routine-words'

export function StretchRoutine({ content, keysAct }: { content: BreakContent; keysAct: boolean }) {
  const entries = useMemo(() => entriesOf(content), [content])
  const [index, setIndex] = useState(0)
  const [startedAt, setStartedAt] = useState(() => Date.now())
  const [pausedAt, setPausedAt] = useState<number | null>(null)
  const entry: Entry | undefined = entries[index] ?? entries[0]
  const isLast = index >= entries.length - 1
  const cues = useCuePlayer(content.cues)
  // Reading the steps aloud (when the system has a voice for the language) takes longer than reading them.
  const reading = cues?.reading() ?? false
  const timed = entry ? timedOf(entry, reading) : { kind: 'move' as const, seconds: 0 }
  const wallNow = pausedAt ?? Date.now()
  const running =
    pausedAt === null && !(isLast && entryStepAt(timed, index, wallNow - startedAt).phase === 'finished')
  const ticking = useNow(running)
  const now = pausedAt ?? ticking
  const step = entryStepAt(timed, index, now - startedAt)
  const phaseElapsed = now - startedAt - step.start
  const finished = step.phase === 'finished'
  const left = finished ? 0 : Math.ceil((step.length - phaseElapsed) / 1000)

  // When an entry ends by its clock, the next starts where it ended (no drift from the tick).
  useEffect(() => {
    if (finished && !isLast && pausedAt === null) {
      setStartedAt(startedAt + entryLength(timed))
      setIndex(index + 1)
    }
  })

  const goTo = (next: number) => {
    if (next < 0 || next >= entries.length) return
    setIndex(next)
    setStartedAt(Date.now())
    setPausedAt(null)
  }
  // "I'm ready": the move is over; after the last one (getting up), so is the routine.
  const ready = () => {
    if (entry?.kind !== 'move') return
    if (!isLast) return goTo(index + 1)
    setStartedAt(Date.now() - entryLength(timed))
    setPausedAt(null)
  }

  const togglePause = () => {
    if (finished && isLast) return
    if (pausedAt === null) setPausedAt(Date.now())
    else {
      setStartedAt(startedAt + (Date.now() - pausedAt))
      setPausedAt(null)
    }
  }
  // The routine's own keys: P pauses and resumes; R is "I'm ready" while a move is on screen. Re-added in the same
  // commit as what it acts on (a layout effect, not an effect, which runs after the paint): a quick second press
  // never acts on the state before the first.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey) return
      const key = event.key.toUpperCase()
      if (key === 'R' && entry?.kind === 'move' && !finished) {
        event.preventDefault()
        ready()
      } else if (key === PAUSE_KEY) {
        // A letter typed into a field is the field's (the window has none today; a future one keeps its P).
        if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return
        event.preventDefault()
        togglePause()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })

  useRoutineCues(cues, entry, step, left, isLast)

  if (!entry) return null
  const texts = t()
  const shared = words()
  const stretch = entry.kind === 'stretch' ? entry.stretch : null
  const reps = stretch ? repetitionsOf(stretch) : 1
  const where = stretch
    ? `${stretch.position === 'desk' ? '' : ` · ${shared.position[stretch.position]}`} · ${shared.intensity[stretch.intensity]}`
    : ''
  const moving = entry.kind === 'move' && !finished

  return (
    <div class={entry.kind === 'move' ? 'routine moving' : 'routine'}>
      <header>
        <p class="kicker of">
          {entry.kind === 'stretch'
            ? `${texts.stretchOf({ n: entry.number, of: content.stretches.length })} · ${entry.stretch.areaLabel}${where}`
            : entry.next
              ? texts.nextUp({ name: entry.next.name })
              : texts.lastStep}
        </p>
        <h1 id="break-title" class="stretch-name">
          {entry.kind === 'stretch' ? entry.stretch.name : entry.move.title}
        </h1>
      </header>
      <div class="routine-grid">
        {entry.kind === 'stretch' ? (
          <RoutineFigure stretch={entry.stretch} step={step} elapsed={phaseElapsed} />
        ) : (
          <MoveFigure stretch={entry.shows} label={entry.move.steps.at(-1) ?? entry.move.title} />
        )}
        <div class="timer">
          <Ring
            fraction={step.phase === 'hold' || moving ? phaseElapsed / step.length : finished ? 1 : 0}
            seconds={finished ? '✓' : left}
            label={moving ? texts.ring.seconds({ count: left }) : phaseWord(step.phase, step.side)}
            quiet={step.phase !== 'hold' && !moving && !finished}
          />
          {stretch && (
            <p class="rep" data-testid="rep">
              {texts.repOf({ n: step.rep, of: reps })}
              {step.side && !finished && <span class="side"> · {shared.side[step.side]}</span>}
            </p>
          )}
          <p class="sr-only" aria-live="polite">
            {announce(entry, step.phase, step.side, step.rep, reps, isLast)}
          </p>
          <div class="routine-controls">
            <IconButton
              label={texts.previous}
              icon="previous"
              unavailable={index === 0}
              onClick={() => goTo(index - 1)}
            />
            <IconButton
              label={pausedAt === null ? texts.pause : texts.resume}
              icon={pausedAt === null ? 'pause' : 'play'}
              unavailable={finished && isLast}
              shortcut={keysAct ? PAUSE_KEY : undefined}
              onClick={togglePause}
            />
            <IconButton label={texts.next} icon="next" unavailable={isLast} onClick={() => goTo(index + 1)} />
          </div>
        </div>
        <div class="how">
          <ol class="steps">
            {(stretch ? stretch.steps : entry.kind === 'move' ? entry.move.steps : []).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
          {stretch && stretch.cautions.length > 0 && (
            <p class="caution">
              <span aria-hidden="true">⚠ </span>
              {stretch.cautions.join(' ')}
            </p>
          )}
          {moving && (
            <button type="button" class="ready" aria-keyshortcuts="R" onClick={ready}>
              {texts.ready}
              {keysAct && (
                <>
                  {' '}
                  <Key>R</Key>
                </>
              )}
            </button>
          )}
          {finished && isLast && <p class="complete">{texts.complete}</p>}
        </div>
      </div>
      <p class="cue">{content.cue}</p>
    </div>
  )
}

/** The key that pauses and resumes the routine's timer, in every language (as S snoozes). */
export const PAUSE_KEY = 'P'

const ICONS = {
  previous: 'M6 5h2v14H6zM19 5v14L9 12z',
  next: 'M16 5h2v14h-2zM5 5v14l10-7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  play: 'M7 5v14l12-7z',
} as const

/**
 * A small button whose icon says what it does; its label is its accessible name and its tooltip, with its key when
 * it has one (shown on it, too). When it cannot act (no stretch before the first one), it says so with
 * aria-disabled but keeps the focus: a disabled button would drop the keyboard's focus onto the page.
 */
function IconButton(props: {
  label: string
  icon: keyof typeof ICONS
  unavailable?: boolean
  shortcut?: string | undefined
  onClick: () => void
}) {
  return (
    <button
      type="button"
      class={props.shortcut ? 'icon keyed' : 'icon'}
      aria-label={props.label}
      aria-keyshortcuts={props.shortcut}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
      aria-disabled={props.unavailable ? 'true' : undefined}
      onClick={() => {
        if (!props.unavailable) props.onClick()
      }}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={ICONS[props.icon]} />
      </svg>
      {props.shortcut && <Key>{props.shortcut}</Key>}
    </button>
  )
}
