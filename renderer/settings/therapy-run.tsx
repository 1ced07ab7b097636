// A heat or ice run in the settings window, so what was started can be seen and stopped: the tray's first line in
// the same words ("Ice on, 14 min left, round 1 of 3"), counting down by the minute, with its Stop (in Today, and in
// Cold and heat in place of that mode's Start), and the Start buttons, heat first. A Start takes the focus to the
// Stop it brings; a Stop, to what follows the line in Today, or to the Start that comes back in Cold and heat.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { TherapyMode, TherapyStatus } from '../../main/app/ipc-contract'
import { therapyLine } from '../../main/core/content/therapy'
import { status, useBridge } from './state'
import { fmt, words } from './texts'
import './therapy-run.css'

const MINUTE = 60_000
/** Heat first: it has the better evidence for a new bout of back pain (docs/health-content.md). */
export const THERAPY_MODES: readonly TherapyMode[] = ['heat', 'ice']

/** Where a Start or Stop asked the focus to go once the window shows the change ("stop-today", "start-…"). */
let focusWanted: string | null = null

/** The running heat or ice with its Stop, in Today; nothing while no run is going. */
export function TherapyRunning() {
  const run = status.value?.therapy
  return run ? <RunLine run={run} place="today" /> : null
}

/** In Cold and heat: the run of this mode with its Stop while it goes, else its Start. */
export function TherapyControl({ mode }: { mode: TherapyMode }) {
  const run = status.value?.therapy
  if (run?.mode === mode) return <RunLine run={run} place={`therapy-${mode}`} />
  return <StartButton mode={mode} place={`therapy-${mode}`} />
}

/** "Start heat", "Start ice": a run starts, and the focus goes to the Stop it brings (in `place`). */
export function StartButton({ mode, place }: { mode: TherapyMode; place: string }) {
  const bridge = useBridge()
  const button = useRef<HTMLButtonElement>(null)
  useFocusWhenAsked(button, `start-${place}`)
  return (
    <button
      type="button"
      ref={button}
      data-start={mode}
      onClick={async () => {
        focusWanted = `stop-${place}`
        await bridge.startTherapy(mode)
      }}
    >
      {words().start[mode]}
    </button>
  )
}

function RunLine({ run, place }: { run: TherapyStatus; place: string }) {
  const bridge = useBridge()
  const line = useRef<HTMLDivElement>(null)
  const stop = useRef<HTMLButtonElement>(null)
  const now = useCountdown(run.phaseEndsAt)
  useFocusWhenAsked(stop, `stop-${place}`)
  const common = words()
  return (
    <div class="status-line therapy-run" ref={line}>
      <p role="status">
        <span class={`dot ${run.mode}`} aria-hidden="true" />
        {therapyLine(common.therapyLine, fmt().span, run, now)}
      </p>
      <button
        type="button"
        ref={stop}
        onClick={async () => {
          // Today: on to what follows the line, which stays; Cold and heat: to the Start that takes its place.
          const next = place === 'today' ? nextFocusable(line.current) : null
          if (place !== 'today') focusWanted = `start-${place}`
          await bridge.stopTherapy()
          next?.focus()
        }}
      >
        {common.stop[run.mode]}
      </button>
    </div>
  )
}

/** The page's clock now, drawn again each time the minutes left go down by one (the line counts down). */
function useCountdown(endsAt: number): number {
  const [, redraw] = useState(0)
  const now = Date.now()
  useEffect(() => {
    const shown = Math.ceil((endsAt - now) / MINUTE)
    const next = endsAt - (shown - 1) * MINUTE - now
    const timer = setTimeout(() => redraw((n) => n + 1), Math.max(next, 1000))
    return () => clearTimeout(timer)
  })
  return now
}

/** Takes the focus when a control asked for it to land here (`key`) once the window shows the change. */
function useFocusWhenAsked(element: { current: HTMLElement | null }, key: string): void {
  useEffect(() => {
    if (focusWanted !== key) return
    focusWanted = null
    element.current?.focus()
  })
}

/** The first control after `element` in its card, in reading order. */
function nextFocusable(element: HTMLElement | null): HTMLElement | null {
  const card = element?.closest('section.card')
  if (!element || !card) return null
  const controls = card.querySelectorAll<HTMLElement>(
    'button, select, input, a[href], summary, [tabindex="0"]',
  )
  for (const control of controls) {
    if (
      element.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING &&
      !element.contains(control)
    )
      return control
  }
  return card.querySelector<HTMLElement>('h2')
}
