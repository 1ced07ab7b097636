// The health notice at the top of Today: when to see a doctor, up front, when a sore-back plan starts (once a day),
// when plans keep coming back, or when the morning check-in's answer calls for a doctor (pain of 8 or more, or pain
// that rose at three check-ins in a row: main/app/sore-back/check-in.ts). Its heading takes the focus, so it is read first;
// "Got it" puts it away and the focus moves on to what follows. Never a diagnosis: why it is shown, then the
// warning signs graded by urgency.
import { useEffect, useRef } from 'preact/hooks'
import { WarningSigns } from '../shared/warning-signs'
import { status, useBridge } from './state'
import { t, words } from './texts'

export function DoctorNotice() {
  const bridge = useBridge()
  const heading = useRef<HTMLHeadingElement>(null)
  const current = status.value
  const plan = current?.soreBack ?? null
  const fromPlan = plan?.doctor.open ?? false
  const frequent = plan?.frequent ?? null
  const fromCheckIn = current?.checkIn?.doctor ?? null
  const shown = fromPlan || frequent !== null || fromCheckIn !== null
  useEffect(() => {
    if (shown) heading.current?.focus()
  }, [shown])
  if (!shown) return null
  const signs = fromPlan || fromCheckIn !== null
  const today = t().today
  return (
    <div class="doctor" role="group" aria-labelledby="doctor-title">
      <h3 id="doctor-title" tabIndex={-1} ref={heading}>
        {signs ? words().warningSigns.title : t().soreBack.doctor}
      </h3>
      {fromCheckIn && (
        <p>{fromCheckIn.why === 'high' ? today.painHigh({ pain: fromCheckIn.pain }) : today.painRising}</p>
      )}
      {frequent && <p>{frequent}</p>}
      {signs && <WarningSigns id="doctor-signs" level={4} />}
      <button
        type="button"
        onClick={() => {
          // On to what follows (the plan's heading, or Today's when no plan runs) before this notice goes away.
          document.getElementById(plan ? 'plan-title' : 'today-title')?.focus()
          void bridge.putAwaySoreBackNotices()
        }}
      >
        {t().soreBack.gotIt}
      </button>
    </div>
  )
}
