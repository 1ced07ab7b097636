// The morning check-in's form, the same in both windows (the small break window it opens in, and Today): back
// pain from 0 to 10 as one radio group (arrow keys move along it; the browser says when none is chosen), an
// optional word, Save and "Not today".
import { useState } from 'preact/hooks'
import { words } from './texts'

const SCALE = Array.from({ length: 11 }, (_, n) => n)

export function CheckInForm(props: {
  /** Unique per window, so the labels point at the right fields. */
  id: string
  onSave(pain: number, word: string): void
  onSkip(): void
}) {
  const [pain, setPain] = useState<number | null>(null)
  const [word, setWord] = useState('')
  const texts = words().checkIn
  return (
    <form
      class="check-in"
      onSubmit={(event) => {
        event.preventDefault()
        if (pain !== null) props.onSave(pain, word.trim())
      }}
    >
      <fieldset>
        <legend>{texts.pain}</legend>
        <div class="scale">
          {SCALE.map((n) => (
            <label key={n}>
              <input
                type="radio"
                name={`${props.id}-pain`}
                value={n}
                required
                checked={pain === n}
                onChange={() => setPain(n)}
              />
              <span>{n}</span>
            </label>
          ))}
        </div>
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
          {texts.skip}
        </button>
      </div>
    </form>
  )
}
