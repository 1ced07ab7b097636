// Sore-back days in the settings window: in Today, "My back hurts today" (a gentler plan for a few days) and,
// while a plan runs, its day, what it changes, ice or heat, the brace and when to see a doctor (shown here, at the
// top of the window a plan's start opens, so it is read rather than missed); the plan's own settings section.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { SoreBackDays, SoreBackStatus } from '../../main/app/ipc-contract'
import { HOLD_SECONDS_MIN } from '../../main/core/content/stretch-shape'
import type { Preferences } from '../../main/core/preferences/index'
import { ConfirmButton } from './confirm'
import { NumberField, Toggle } from './fields'
import { Section } from './sections'
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
        onChange={(e) => setDays(Number(e.currentTarget.value) as SoreBackDays)}
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
  return (
    <section class="plan" aria-labelledby="plan-title">
      {(plan.doctor.open || plan.frequent) && <Doctor plan={plan} />}
      <h3 id="plan-title" tabIndex={-1}>
        {plan.title}
      </h3>
      <p>
        {summary} {texts.rest}
        {sessions && ` ${t().activities.paused}`}
      </p>
      <div class="row-buttons">
        <button type="button" onClick={() => void bridge.startTherapy('ice')}>
          {start.ice}
        </button>
        <button type="button" onClick={() => void bridge.startTherapy('heat')}>
          {start.heat}
        </button>
        <button type="button" onClick={() => void bridge.endSoreBack()}>
          {texts.end}
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
        {plan.doctor.open ? plan.doctor.title : t().soreBack.doctor}
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
        {t().soreBack.gotIt}
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

/** The plan's own settings: the walks, the brace reminder, the morning check-in. */
export function SoreBackSettings({ prefs: p }: { prefs: Preferences }) {
  const s = p.soreBack
  const texts = t().soreBack
  return (
    <Section id="sore-back" title={texts.title} intro={texts.intro}>
      <div class="grid">
        <NumberField
          path="soreBack.moveEveryMinutes"
          label={texts.walkEvery}
          unit="min"
          value={s.moveEveryMinutes}
        />
        <NumberField path="soreBack.moveSeconds" label={texts.walk} unit="s" value={s.moveSeconds} />
      </div>
      <Toggle
        path="soreBack.braceReminder"
        label={texts.brace}
        value={s.braceReminder}
        hint={texts.braceHint}
      />
      <div class="grid" hidden={!s.braceReminder}>
        <NumberField path="soreBack.braceMinutes" label={texts.braceFor} unit="min" value={s.braceMinutes} />
      </div>
      <Toggle
        path="checkIn.enabled"
        label={texts.checkIn}
        value={p.checkIn.enabled}
        hint={texts.checkInHint}
      />
    </Section>
  )
}
