// Sore-back days in the settings window: in Today, "My back hurts today" (a gentler plan for a few days) and,
// while a plan runs, its day, what it changes, heat or ice and how to use them safely, the brace and when to see
// a doctor (up front in the notice a plan's start opens, doctor-notice.tsx; here one click away). The plan's own
// settings section is sore-back-settings.tsx.
import { isOneOf } from '../../main/core/one-of'
import { useState } from 'preact/hooks'
import type { SoreBackDays, SoreBackStatus } from '../../main/app/ipc-contract'
import { HOLD_SECONDS_MIN } from '../../main/core/content/stretch-shape'
import type { Preferences } from '../../main/core/preferences/index'
import { ConfirmButton } from './confirm'
import { WarningSigns } from '../shared/warning-signs'
import { prefs, status, useBridge } from './state'
import { fmt, t, words } from './texts'

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
  const texts = t().soreBack
  return (
    <ConfirmButton
      id="plan"
      label={texts.start}
      title={texts.startTitle}
      body={texts.startBody}
      confirmLabel={texts.startOk}
      onConfirm={() => void bridge.startSoreBack(days)}
    >
      <label for="plan-days">{texts.for}</label>{' '}
      <select
        id="plan-days"
        value={days}
        onChange={(e) => {
          const chosen = Number(e.currentTarget.value)
          if (isOneOf(LENGTHS, chosen)) setDays(chosen)
        }}
      >
        {LENGTHS.map((n) => (
          <option key={n} value={n}>
            {fmt().dayCount(n)}
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
  const texts = t().soreBack
  const format = fmt()
  const start = words().start
  const summary = texts.plan({
    day: format.dayName(plan.endsAt - 1, now),
    walk: format.seconds(p.soreBack.moveSeconds),
    every: format.minutes(p.soreBack.moveEveryMinutes),
    hold: format.seconds(HOLD_SECONDS_MIN),
  })
  // The notice at the top of Today shows the warning signs while it is up; here they are one click away.
  const signsUp = plan.doctor.open || status.value?.checkIn?.doctor !== undefined
  return (
    <section class="plan" aria-labelledby="plan-title">
      <h3 id="plan-title" tabIndex={-1}>
        {plan.title}
      </h3>
      <p>
        {summary} {texts.rest}
        {sessions && ` ${t().activities.paused}`}
      </p>
      <p>{texts.sports}</p>
      <div class="row-buttons">
        <button type="button" onClick={() => void bridge.startTherapy('heat')}>
          {start.heat}
        </button>
        <button type="button" onClick={() => void bridge.startTherapy('ice')}>
          {start.ice}
        </button>
        <button type="button" onClick={() => void bridge.endSoreBack()}>
          {texts.end}
        </button>
      </div>
      <details class="therapy-safety">
        <summary>{t().therapy.safetyTitle}</summary>
        <ul>
          {t().therapy.safety.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      {plan.brace && <Brace brace={plan.brace} />}
      {!signsUp && (
        <details id="warning-signs" class="signs">
          <summary>{words().warningSigns.title}</summary>
          <WarningSigns id="plan-signs" level={4} />
        </details>
      )}
    </section>
  )
}

/**
 * Shows all the warning signs in Today (the check-in's link): the notice's at the top while it is up, else the
 * plan's, opened. The focus goes to the most urgent tier's heading, so reading starts there.
 */
export function showWarningSigns(): void {
  const details = document.getElementById('warning-signs')
  if (details instanceof HTMLDetailsElement) details.open = true
  const first =
    document.getElementById('doctor-signs-emergency') ?? document.getElementById('plan-signs-emergency')
  if (!first) return
  first.tabIndex = -1
  first.scrollIntoView({ block: 'start' })
  first.focus({ preventScroll: true })
}

function Brace({ brace }: { brace: NonNullable<SoreBackStatus['brace']> }) {
  const bridge = useBridge()
  const texts = t().soreBack
  const time = fmt().time
  return (
    <div class="row-between">
      <p>
        {brace.since === null
          ? texts.braceOff
          : brace.remindAt === null
            ? texts.braceOn({ since: time(brace.since) })
            : texts.braceDue({ since: time(brace.since), at: time(brace.remindAt) })}
      </p>
      <div class="row-buttons">
        <button type="button" onClick={() => void bridge.setBrace(true)}>
          {texts.putOn}
        </button>
        {brace.since !== null && (
          <button type="button" onClick={() => void bridge.setBrace(false)}>
            {texts.isOff}
          </button>
        )}
      </div>
    </div>
  )
}
