// Today's check-in in the settings window: the question while it waits for an answer (the same form as the break
// window's), or today's answer once given; and today's sitting figures, the number that matters most for a back.
import { CheckInForm } from '../shared/check-in-form'
import { formatDuration } from '../shared/format'
import { status, useBridge } from './state'

export function CheckInCard() {
  const bridge = useBridge()
  const checkIn = status.value?.checkIn
  if (!checkIn) return null
  if (checkIn.today) {
    const { pain, word } = checkIn.today
    return <p class="muted">Your back today: {word ? `${pain} of 10, “${word}”.` : `${pain} of 10.`}</p>
  }
  if (!checkIn.open) return null
  return (
    <section class="plan" aria-labelledby="today-check-in">
      <h3 id="today-check-in">How is your back today?</h3>
      <CheckInForm
        id="today-check-in"
        onSave={(pain, word) => void bridge.saveCheckIn(pain, word || undefined)}
        onSkip={() => void bridge.dismissCheckIn()}
      />
    </section>
  )
}

export function SittingLine() {
  const sitting = status.value?.sitting
  if (!sitting) return null
  return (
    <p class="sitting">
      At the computer today: <strong>{formatDuration(sitting.activeMinutes)}</strong>. Longest without a
      break: <strong>{formatDuration(sitting.longestMinutes)}</strong>.
    </p>
  )
}
