// Today's check-in in the settings window: the question while it waits for an answer (the same form as the break
// window's; on a sore-back plan day with the emergency signs in one line and a link to all the warning signs), or
// today's answer once given; and today's sitting figures, the number that matters most for a back: time at the
// computer, the longest stretch without a break, the long sitting bouts, and the daily limit once reached.
import { CheckInForm } from '../shared/check-in-form'
import { rich } from '../shared/rich'
import { EmergencyLine } from '../shared/warning-signs'
import { showWarningSigns } from './sore-back'
import { status, useBridge } from './state'
import { fmt, t, words } from './texts'

export function CheckInCard() {
  const bridge = useBridge()
  const checkIn = status.value?.checkIn
  if (!checkIn) return null
  const texts = t().today
  if (checkIn.today) {
    const { pain, word } = checkIn.today
    return <p class="muted">{word ? texts.backWord({ pain, word }) : texts.back({ pain })}</p>
  }
  if (!checkIn.open) return null
  return (
    <section class="plan" aria-labelledby="today-check-in">
      <h3 id="today-check-in">{texts.question}</h3>
      <CheckInForm
        id="today-check-in"
        onSave={(pain, word) => void bridge.saveCheckIn(pain, word || undefined)}
        onSkip={() => void bridge.dismissCheckIn()}
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
