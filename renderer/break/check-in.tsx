// The morning check-in in the small break window, opened from its notification: "How is your back today?", 0–10
// and an optional word (the form Today shows too). On a day of a sore-back plan it also says the emergency signs in
// one line, with all the warning signs a click away, and offers heat or ice.
// Esc answers "Not today". The focus starts on the question, so nothing the user was typing lands in the form; a
// window that opened by itself answers no key until the user reaches for it (key-guard.ts), as a break does.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { BreakContent, LimberBridge } from '../../main/app/ipc-contract'
import { CheckInForm } from '../shared/check-in-form'
import { EmergencyLine, WarningSigns } from '../shared/warning-signs'
import { useKeysAct } from './key-guard'
import { t, words } from './texts'

export function CheckInView({ content, bridge }: { content: BreakContent; bridge: LimberBridge }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const [said, setSaid] = useState('')
  const skip = () => void bridge.dismissCheckIn()
  useKeysAct(content.userAsked)
  const texts = t().checkIn

  // The window's title follows the question's, in the language in use (a change of language keeps the window).
  const title = t().pageTitle({ title: content.title })
  useEffect(() => {
    document.title = title
  }, [title])

  useEffect(() => {
    heading.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.repeat) {
        event.preventDefault()
        skip()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [content.id])

  return (
    <div class="break">
      <main aria-labelledby="break-title" tabIndex={0}>
        <header>
          {content.message && <p class="kicker">{content.message}</p>}
          <h1 id="break-title" tabIndex={-1} ref={heading}>
            {content.title}
          </h1>
        </header>
        <CheckInForm
          id="check-in"
          onSave={(pain, word) => {
            setSaid(texts.thanks)
            void bridge.saveCheckIn(pain, word || undefined)
          }}
          onSkip={skip}
        />
        {content.soreDay && (
          <>
            <EmergencyLine />
            <details class="all-signs">
              <summary>{words().warningSigns.all}</summary>
              <WarningSigns id="check-in-signs" level={2} />
            </details>
          </>
        )}
        {content.tips.map((tip) => (
          <section key={tip} class="tips" aria-label={texts.iceOrHeat}>
            <p>{tip}</p>
            <div class="actions">
              {(['heat', 'ice'] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  onClick={() => {
                    void bridge.startTherapy(mode)
                    setSaid(texts.running[mode])
                  }}
                >
                  {words().start[mode]}
                </button>
              ))}
            </div>
          </section>
        ))}
        <p role="status">{said}</p>
      </main>
    </div>
  )
}
