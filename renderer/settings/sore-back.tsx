// Sore-back days in the settings window: in Today, "My back hurts today" (a gentler plan for a few days) and,
// while a plan runs, its day, what it changes, ice or heat, the brace and when to see a doctor (shown here, at the
// top of the window a plan's start opens, so it is read rather than missed); the plan's own settings section.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { SoreBackDays, SoreBackStatus } from '../../main/app/ipc-contract'
import { SESSIONS_PAUSED } from '../../main/core/content/sore-back'
import { HOLD_SECONDS_MIN } from '../../main/core/content/stretch-shape'
import type { Preferences } from '../../main/core/preferences'
import { formatDayName, formatDuration, formatSeconds, formatTime, plural } from '../shared/format'
import { ConfirmButton } from './confirm'
import { NumberField, Toggle } from './fields'
import { Section } from './sections'
import { prefs, status, useBridge } from './state'

const LENGTHS: SoreBackDays[] = [1, 2, 3, 5]

/** The plan that runs, at the top of Today (where a plan's start opens the window). */
export function SoreBackPlan() {
  const plan = status.value?.soreBack
  const p = prefs.value
  return plan && p ? <Plan plan={plan} prefs={p} /> : null
}

/** The way in, beside the other things one can do now: it says what the plan does, and for how long. */
export function SoreBackStart() {
  const bridge = useBridge()
  const [days, setDays] = useState<SoreBackDays>(3)
  if (!status.value || status.value.soreBack) return null
  return (
    <ConfirmButton
      id="plan"
      label="My back hurts today…"
      title="A gentler plan for your back"
      body="Rest, but not too much: easy walks more often, gentle stretches only, ice or heat each morning. Limber also says when to see a doctor."
      confirmLabel="Start the plan"
      onConfirm={() => void bridge.startSoreBack(days)}
    >
      <label for="plan-days">For</label>{' '}
      <select
        id="plan-days"
        value={days}
        onChange={(e) => setDays(Number(e.currentTarget.value) as SoreBackDays)}
      >
        {LENGTHS.map((n) => (
          <option key={n} value={n}>
            {plural(n, 'day')}
          </option>
        ))}
      </select>
    </ConfirmButton>
  )
}

function Plan({ plan, prefs: p }: { plan: SoreBackStatus; prefs: Preferences }) {
  const bridge = useBridge()
  const now = Date.now()
  const sessions = p.activities.strength.enabled || p.activities.yoga.enabled
  return (
    <section class="plan" aria-labelledby="plan-title">
      {(plan.doctor.open || plan.frequent) && <Doctor plan={plan} />}
      <h3 id="plan-title" tabIndex={-1}>
        {plan.title}
      </h3>
      <p>
        Until the end of {formatDayName(plan.endsAt - 1, now)}: an easy walk of{' '}
        {formatSeconds(p.soreBack.moveSeconds)} every {formatDuration(p.soreBack.moveEveryMinutes)} at the
        computer, and only gentle stretches, held {formatSeconds(HOLD_SECONDS_MIN)}. Rest, but not too much.
        {sessions && ` ${SESSIONS_PAUSED}`}
      </p>
      <div class="row-buttons">
        <button type="button" onClick={() => void bridge.startTherapy('ice')}>
          Start ice
        </button>
        <button type="button" onClick={() => void bridge.startTherapy('heat')}>
          Start heat
        </button>
        <button type="button" onClick={() => void bridge.endSoreBack()}>
          End the plan
        </button>
      </div>
      {plan.brace && <Brace brace={plan.brace} />}
      {!plan.doctor.open && (
        <details>
          <summary>{plan.doctor.title}</summary>
          <DoctorWords plan={plan} />
        </details>
      )}
    </section>
  )
}

/** When to see a doctor, up front: the heading takes the focus, so it is read first. */
function Doctor({ plan }: { plan: SoreBackStatus }) {
  const bridge = useBridge()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div class="doctor" role="group" aria-labelledby="doctor-title">
      <h3 id="doctor-title" tabIndex={-1} ref={heading}>
        {plan.doctor.open ? plan.doctor.title : 'See a doctor'}
      </h3>
      {plan.frequent && <p>{plan.frequent}</p>}
      {plan.doctor.open && <DoctorWords plan={plan} />}
      <button
        type="button"
        onClick={() => {
          void bridge.putAwaySoreBackNotices()
          document.getElementById('plan-title')?.focus()
        }}
      >
        Got it
      </button>
    </div>
  )
}

function DoctorWords({ plan }: { plan: SoreBackStatus }) {
  const d = plan.doctor
  return (
    <>
      <p>{d.lead}</p>
      <ul>
        {d.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p>{d.lasting}</p>
      <p class="muted">{d.disclaimer}</p>
    </>
  )
}

function Brace({ brace }: { brace: NonNullable<SoreBackStatus['brace']> }) {
  const bridge = useBridge()
  return (
    <div class="row-between">
      <p>
        {brace.since === null
          ? 'Brace: off.'
          : `Brace: on since ${formatTime(brace.since)}` +
            (brace.remindAt === null ? '.' : `; reminder at ${formatTime(brace.remindAt)}.`)}
      </p>
      <div class="row-buttons">
        <button type="button" onClick={() => void bridge.setBrace(true)}>
          I just put it on
        </button>
        {brace.since !== null && (
          <button type="button" onClick={() => void bridge.setBrace(false)}>
            It is off
          </button>
        )}
      </div>
    </div>
  )
}

/** The plan's own settings: the walks, the brace reminder, the morning check-in. */
export function SoreBackSettings({ prefs: p }: { prefs: Preferences }) {
  const s = p.soreBack
  return (
    <Section
      id="sore-back"
      title="Sore-back days"
      intro="“My back hurts today”, in the tray or Today, starts a gentler plan for a few days: rest, but not too much."
    >
      <div class="grid">
        <NumberField
          path="soreBack.moveEveryMinutes"
          label="Easy walk every"
          unit="min"
          value={s.moveEveryMinutes}
        />
        <NumberField path="soreBack.moveSeconds" label="Walk length" unit="s" value={s.moveSeconds} />
      </div>
      <Toggle
        path="soreBack.braceReminder"
        label="Remind me to take my brace off"
        value={s.braceReminder}
        hint="Counted from your first minute at the computer each plan day, or from “I just put it on”."
      />
      <div class="grid" hidden={!s.braceReminder}>
        <NumberField
          path="soreBack.braceMinutes"
          label="After wearing it for"
          unit="min"
          value={s.braceMinutes}
        />
      </div>
      <Toggle
        path="checkIn.enabled"
        label="Ask how my back is each morning"
        value={p.checkIn.enabled}
        hint="At your first minute at the computer after wake time; always during a plan."
      />
    </Section>
  )
}
