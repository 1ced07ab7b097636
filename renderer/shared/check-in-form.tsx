// The morning check-in's form, the same in both windows (the small break window it opens in, and Today): back
// pain from 0 to 10 as one radio group (arrow keys move along it), an optional word, Save and "Not today". Save
// before a number is chosen says so in the app's own words, at the scale, in the language in use (the browser's
// own bubble would speak the system's language, and vanish).
import { useState } from 'preact/hooks'
import { words } from './texts'

const SCALE = Array.from({ length: 11 }, (_, n) => n)

export function CheckInForm(props: {
  /** Unique per window, so the labels point at the right fields. */
  id: string
  /** Today's answer, when the form reopens to correct it. */
  answer?: { pain: number; word?: string } | undefined
  /** The second button's words, when it is not "Not today" (Cancel, while correcting an answer). */
  skipLabel?: string
  onSave(pain: number, word: string): void
  onSkip(): void
}) {
  const [pain, setPain] = useState<number | null>(props.answer?.pain ?? null)
  const [word, setWord] = useState(props.answer?.word ?? '')
  const [missing, setMissing] = useState(false)
  const texts = words().checkIn
  const missingId = `${props.id}-missing`
  return (
    <form
      class="check-in"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (pain !== null) {
          props.onSave(pain, word.trim())
          return
        }
        setMissing(true)
        document.getElementById(`${props.id}-pain-0`)?.focus()
      }}
    >
      <fieldset
        role="radiogroup"
        aria-required="true"
        aria-invalid={missing ? 'true' : undefined}
        aria-describedby={missing ? missingId : undefined}
      >
        <legend>{texts.pain}</legend>
        <div class="scale">
          {SCALE.map((n) => (
            <label key={n}>
              <input
                id={`${props.id}-pain-${n}`}
                type="radio"
                name={`${props.id}-pain`}
                value={n}
                checked={pain === n}
                onChange={() => {
                  setPain(n)
                  setMissing(false)
                }}
              />
              <span>{n}</span>
            </label>
          ))}
        </div>
        {missing && (
          <p id={missingId} class="error" role="alert">
            <span aria-hidden="true">✕ </span>
            {texts.choose}
          </p>
        )}
      </fieldset>
      <label for={`${props.id}-word`}>{texts.word}</label>
      <input
        id={`${props.id}-word`}
        type="text"
        maxLength={40}
        autoComplete="off"
        value={word}
        onInput={(event) => setWord(event.currentTarget.value)}
      />
      <div class="row-buttons">
        <button type="submit" class="primary">
          {texts.save}
        </button>
        <button type="button" onClick={props.onSkip}>
          {props.skipLabel ?? texts.skip}
        </button>
      </div>
    </form>
  )
}
