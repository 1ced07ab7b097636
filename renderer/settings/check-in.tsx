// Today's check-in in the settings window: the question while it waits for an answer (the same form as the break
// window's; on a sore-back plan day with the emergency signs in one line and a link to all the warning signs), or
// today's answer once given, with "Change" to correct it; and today's sitting figures, the number that matters most
// for a back: time at the computer, the longest stretch without a break, the long sitting bouts, and the daily limit
// once reached. The focus stays in Today as the form comes and goes (focus-after.ts).
import { useLayoutEffect, useState } from 'preact/hooks'
import { CheckInForm } from '../shared/check-in-form'
import { rich } from '../shared/rich'
import { EmergencyLine } from '../shared/warning-signs'
import { focusIfDrawn, focusWhenDrawn } from './focus-after'
import { showWarningSigns } from './sore-back'
import { status, useBridge } from './state'
import { fmt, t, words } from './texts'

/** The control after the check-in in Today, where the focus goes when "Not today" takes the form away. */
export const AFTER_CHECK_IN = 'break-now'
const ANSWER = 'check-in-answer'
const CHANGE = 'check-in-change'

export function CheckInCard() {
  const bridge = useBridge()
  const [changing, setChanging] = useState(false)
  // Change and Cancel re-render only this card (Today grants the wishes of renders main's news starts).
  useLayoutEffect(focusIfDrawn)
  const checkIn = status.value?.checkIn
  if (!checkIn) return null
  const texts = t().today
  const answer = checkIn.today
  if (answer && !changing) {
    return (
      <div class="row-between check-in-answer">
        <p id={ANSWER} class="muted" tabIndex={-1}>
          {answer.word ? texts.backWord({ pain: answer.pain, word: answer.word }) : texts.back(answer)}
        </p>
        <button
          type="button"
          id={CHANGE}
          aria-describedby={ANSWER}
          onClick={() => {
            focusWhenDrawn(`#today-check-in-pain-${answer.pain}`)
            setChanging(true)
          }}
        >
          {texts.changeCheckIn}
        </button>
      </div>
    )
  }
  if (!checkIn.open && !changing) return null
  return (
    <section class="plan" aria-labelledby="today-check-in">
      <h3 id="today-check-in">{texts.question}</h3>
      <CheckInForm
        // A new form for a correction: it starts from today's answer.
        key={changing ? 'change' : 'ask'}
        id="today-check-in"
        answer={changing ? answer : undefined}
        skipLabel={changing ? t().cancel : undefined}
        onSave={(pain, word) => {
          focusWhenDrawn(`#${ANSWER}`)
          setChanging(false)
          void bridge.saveCheckIn(pain, word || undefined)
        }}
        onSkip={() => {
          if (changing) {
            focusWhenDrawn(`#${CHANGE}`)
            setChanging(false)
          } else {
            focusWhenDrawn(`[data-focus="${AFTER_CHECK_IN}"]`)
            void bridge.dismissCheckIn()
          }
        }}
      />
      {status.value?.soreBack && (
        <EmergencyLine>
          <a
            href="#warning-signs"
            onClick={(event) => {
              event.preventDefault()
              showWarningSigns()
            }}
          >
            {words().warningSigns.all}
          </a>
        </EmergencyLine>
      )}
    </section>
  )
}

export function SittingLine() {
  const sitting = status.value?.sitting
  if (!sitting) return null
  const texts = t().today
  const figure = (minutes: number) => <strong>{fmt().minutes(minutes)}</strong>
  const limit = status.value?.dayLimit
  return (
    <>
      <p class="sitting">
        {rich(texts.sitting, { time: figure(sitting.activeMinutes) })}{' '}
        {rich(texts.longest, { time: figure(sitting.longestMinutes) })}{' '}
        <span class="long-bouts">{texts.longBouts({ count: sitting.longBouts })}</span>
      </p>
      {limit?.reached && (
        <p class="day-limit-reached">{texts.limitReached({ limit: fmt().minutes(limit.hours * 60) })}</p>
      )}
    </>
  )
}
