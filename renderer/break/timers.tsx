// The break window's timers: the ring and the posture countdown (the stretch routine plays in routine-player.tsx,
// on the same clock). Time is read from Date.now() at every render, with a light tick only to ask for the next
// render: a slow frame never makes a hold longer, a resumed timer never shows a stale moment, and tests can drive
// a fake clock.
import { useEffect, useState } from 'preact/hooks'
import { fmt, t } from './texts'

const TICK_MS = 200

/** The current time, re-rendering on a light tick while `running`. */
export function useNow(running: boolean): number {
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
      {/* At the end a tick, as a finished stretch shows: "0 done" reads as none done. */}
      <Ring fraction={elapsed / total} seconds={left === 0 ? '✓' : fmt().countdown(left)} label={label} />
      <p class="phase" aria-live="polite">
        {left > 0 ? '' : t().sitBack}
      </p>
    </div>
  )
}
