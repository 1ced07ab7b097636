// The break window's timers: the ring, the posture countdown and the guided stretch routine. Time is read from
// Date.now() at every render, with a light tick only to ask for the next render: a slow frame never makes a hold
// longer, a resumed timer never shows a stale moment, and tests can drive a fake clock.
import { useEffect, useState } from 'preact/hooks'
import type { StretchInfo } from '../../main/app/ipc-contract'
import { fmt, t, words } from './texts'
import { repetitionsOf, stepAt, stretchLength, type Phase, type Side } from './routine'
import { RoutineFigure } from './routine-figure'

const TICK_MS = 200

/** The current time, re-rendering on a light tick while `running`. */
function useNow(running: boolean): number {
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setTick((n) => n + 1), TICK_MS)
    return () => clearInterval(timer)
  }, [running])
  return Date.now()
}

const R = 52
const CIRCUMFERENCE = 2 * Math.PI * R

/** A ring that fills as `fraction` goes from 0 to 1, with the time left in the middle. */
export function Ring(props: { fraction: number; seconds: number | string; label: string; quiet?: boolean }) {
  const fraction = Math.min(1, Math.max(0, props.fraction))
  return (
    <div class={props.quiet ? 'ring quiet' : 'ring'}>
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="track" cx="60" cy="60" r={R} />
        <circle
          class="fill"
          cx="60"
          cy="60"
          r={R}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - fraction)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div class="ring-text">
        <span class="seconds" data-testid="seconds">
          {props.seconds}
        </span>
        <span class="ring-label">{props.label}</span>
      </div>
    </div>
  )
}

/** The posture break: a countdown over the break's length, then a word of thanks. */
export function Countdown({ seconds }: { seconds: number }) {
  const [start] = useState(() => Date.now())
  const total = seconds * 1000
  const now = useNow(Date.now() - start < total)
  const elapsed = Math.min(total, now - start)
  const left = Math.ceil((total - elapsed) / 1000)
  const ring = t().ring
  const label = left === 0 ? ring.done : left > 60 ? ring.minutesLeft : ring.seconds({ count: left })
  return (
    <div class="countdown">
      <Ring fraction={elapsed / total} seconds={fmt().countdown(left)} label={label} />
      <p class="phase" aria-live="polite">
        {left > 0 ? '' : t().sitBack}
      </p>
    </div>
  )
}

function phaseWord(phase: Phase, side: Side): string {
  const words = t().phase
  return phase === 'release' && side === 'other' ? words.switch : words[phase]
}

/** Steps through the routine's stretches: get into position, hold (ring), ease out, repeat, next stretch. */
export function StretchRoutine({ stretches, cue }: { stretches: StretchInfo[]; cue: string }) {
  const [index, setIndex] = useState(0)
  const [startedAt, setStartedAt] = useState(() => Date.now())
  const [pausedAt, setPausedAt] = useState<number | null>(null)
  const stretch = stretches[index] ?? stretches[0]
  const isLast = index >= stretches.length - 1
  const timing = {
    holdSeconds: stretch?.holdSeconds ?? 10,
    repetitions: stretch?.repetitions ?? 1,
    oneSided: stretch?.oneSided ?? false,
  }
  const reps = repetitionsOf(timing)
  const wallNow = pausedAt ?? Date.now()
  const running =
    pausedAt === null && !(isLast && stepAt(timing, index, wallNow - startedAt).phase === 'finished')
  const ticking = useNow(running)
  const now = pausedAt ?? ticking
  const step = stepAt(timing, index, now - startedAt)

  // When a stretch's last hold ends, the next stretch starts where it ended (no drift from the tick).
  useEffect(() => {
    if (step.phase === 'finished' && !isLast && pausedAt === null) {
      setStartedAt(startedAt + stretchLength(timing))
      setIndex(index + 1)
    }
  })

  if (!stretch) return null
  const goTo = (next: number) => {
    if (next < 0 || next >= stretches.length) return
    setIndex(next)
    setStartedAt(Date.now())
    setPausedAt(null)
  }
  const phaseElapsed = now - startedAt - step.start
  const left = step.phase === 'finished' ? 0 : Math.ceil((step.length - phaseElapsed) / 1000)
  const finished = step.phase === 'finished'
  const texts = t()
  const shared = words()
  const where = `${stretch.position === 'desk' ? '' : ` · ${shared.position[stretch.position]}`} · ${shared.intensity[stretch.intensity]}`

  return (
    <div class="routine">
      <header>
        <p class="kicker of">
          {texts.stretchOf({ n: index + 1, of: stretches.length })} · {stretch.areaLabel}
          {where}
        </p>
        <h1 id="break-title" class="stretch-name">
          {stretch.name}
        </h1>
      </header>
      <div class="routine-grid">
        <RoutineFigure stretch={stretch} step={step} elapsed={phaseElapsed} />
        <div class="timer">
          <Ring
            fraction={step.phase === 'hold' ? phaseElapsed / step.length : finished ? 1 : 0}
            seconds={finished ? '✓' : left}
            label={phaseWord(step.phase, step.side)}
            quiet={step.phase !== 'hold' && !finished}
          />
          <p class="rep" data-testid="rep">
            {texts.repOf({ n: step.rep, of: reps })}
            {step.side && !finished && <span class="side"> · {shared.side[step.side]}</span>}
          </p>
          <p class="sr-only" aria-live="polite">
            {announce(step.phase, step.side, step.rep, reps, stretch, isLast)}
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
              onClick={() => {
                if (pausedAt === null) setPausedAt(Date.now())
                else {
                  setStartedAt(startedAt + (Date.now() - pausedAt))
                  setPausedAt(null)
                }
              }}
            />
            <IconButton label={texts.next} icon="next" unavailable={isLast} onClick={() => goTo(index + 1)} />
          </div>
        </div>
        <div class="how">
          <ol class="steps">
            {stretch.steps.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
          {stretch.cautions.length > 0 && (
            <p class="caution">
              <span aria-hidden="true">⚠ </span>
              {stretch.cautions.join(' ')}
            </p>
          )}
          {finished && isLast && <p class="complete">{texts.complete}</p>}
        </div>
      </div>
      <p class="cue">{cue}</p>
    </div>
  )
}

const ICONS = {
  previous: 'M6 5h2v14H6zM19 5v14L9 12z',
  next: 'M16 5h2v14h-2zM5 5v14l10-7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  play: 'M7 5v14l12-7z',
} as const

/**
 * A small button whose icon says what it does; its label is its accessible name and its tooltip. When it cannot
 * act (no stretch before the first one), it says so with aria-disabled but keeps the focus: a disabled button
 * would drop the keyboard's focus onto the page.
 */
function IconButton(props: {
  label: string
  icon: keyof typeof ICONS
  unavailable?: boolean
  onClick: () => void
}) {
  return (
    <button
      type="button"
      class="icon"
      aria-label={props.label}
      title={props.label}
      aria-disabled={props.unavailable ? 'true' : undefined}
      onClick={() => {
        if (!props.unavailable) props.onClick()
      }}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={ICONS[props.icon]} />
      </svg>
    </button>
  )
}

function announce(
  phase: Phase,
  side: Side,
  rep: number,
  reps: number,
  stretch: StretchInfo,
  isLast: boolean,
): string {
  const shared = words()
  const say = t().say
  const onSide = side ? shared.side[side] : ''
  // Where it is done and how hard, said before it starts (the kicker shows the same).
  const where = stretch.position === 'desk' ? '' : shared.position[stretch.position]
  const intensity = shared.intensity[stretch.intensity]
  switch (phase) {
    case 'position':
      return say.position({ name: stretch.name, intensity, where, side: onSide })
    case 'hold':
      return say.hold({ side: onSide, n: rep, of: reps })
    case 'release':
      return side === 'other' ? say.switch : say.release
    case 'finished':
      return isLast ? t().complete : ''
  }
}
