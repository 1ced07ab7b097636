// The settings window's form controls: each one labelled, with its allowed range as a hint and its error (from
// the local check or from main) right under it, tied together with aria-describedby and aria-invalid.
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { PreferencesPatch } from '../../main/app/ipc-contract'
import { DAY_LONG, DAY_SHORT, WEEK } from '../shared/format'
import { checkText, checkTime, checkWholeNumber, range } from './rules'
import { draftsRevision, fieldErrors, fieldLabels, patchFor, save, setFieldError } from './state'

const UNIT_WORDS: Record<string, string> = { min: ' minutes', s: ' seconds' }

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`

interface FieldProps {
  /** Dotted preferences path: names the field's error and, by default, the patch. */
  path: string
  label: string
  hint?: ComponentChildren
  /** Builds the patch for a new value, when it is not simply `path` (list items are sent in their whole list). */
  patch?: (value: never) => PreferencesPatch
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

function Messages({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string }) {
  return (
    <>
      {hint !== undefined && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} class="error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </>
  )
}

function commit<T>(props: FieldProps, value: T): void {
  const patch = props.patch ? (props.patch as (v: T) => PreferencesPatch)(value) : patchFor(props.path, value)
  void save(props.path, patch)
}

/** Keeps what the user typed (even when it is wrong) until main's value changes underneath it or a reset. */
function useDraft(value: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState(value)
  const revision = draftsRevision.value
  useEffect(() => setDraft(value), [value, revision])
  return [draft, setDraft]
}

export function NumberField(props: FieldProps & { value: number; unit: string }) {
  const id = fieldId(props.path)
  fieldLabels.set(props.path, props.label)
  const { min, max } = range(props.path)
  const [draft, setDraft] = useDraft(String(props.value))
  const error = fieldErrors.value[props.path]
  const hint = props.hint ?? `${min}–${max}${UNIT_WORDS[props.unit] ?? ''}`
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <div class="control">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, true, error !== undefined)}
          onChange={(event) => {
            const text = event.currentTarget.value
            setDraft(text)
            const checked = checkWholeNumber(props.path, text)
            if ('problem' in checked) setFieldError(props.path, checked.problem)
            else if (checked.value !== props.value || error) commit(props, checked.value)
          }}
        />
        <span class="unit" aria-hidden="true">
          {props.unit}
        </span>
      </div>
      <Messages id={id} hint={hint} error={error} />
    </div>
  )
}

export function TimeField(props: FieldProps & { value: string }) {
  const id = fieldId(props.path)
  fieldLabels.set(props.path, props.label)
  const [draft, setDraft] = useDraft(props.value)
  const error = fieldErrors.value[props.path]
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <div class="control">
        <input
          id={id}
          type="time"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, props.hint !== undefined, error !== undefined)}
          onChange={(event) => {
            const text = event.currentTarget.value
            setDraft(text)
            const problem = checkTime(props.path, text)
            if (problem) setFieldError(props.path, problem)
            else if (text !== props.value || error) commit(props, text)
          }}
        />
      </div>
      <Messages id={id} hint={props.hint} error={error} />
    </div>
  )
}

export function TextField(
  props: FieldProps & { value: string; inputRef?: (el: HTMLInputElement | null) => void },
) {
  const id = fieldId(props.path)
  fieldLabels.set(props.path, props.label)
  const [draft, setDraft] = useDraft(props.value)
  const error = fieldErrors.value[props.path]
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <div class="control">
        <input
          id={id}
          ref={props.inputRef}
          type="text"
          value={draft}
          maxLength={200}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, props.hint !== undefined, error !== undefined)}
          onChange={(event) => {
            const text = event.currentTarget.value
            setDraft(text)
            const problem = checkText(props.path, text)
            if (problem) setFieldError(props.path, problem)
            else if (text !== props.value || error) commit(props, text.trim())
          }}
        />
      </div>
      <Messages id={id} hint={props.hint} error={error} />
    </div>
  )
}

export function Toggle(props: FieldProps & { value: boolean }) {
  const id = fieldId(props.path)
  fieldLabels.set(props.path, props.label)
  const error = fieldErrors.value[props.path]
  return (
    <div class="toggle">
      <input
        id={id}
        type="checkbox"
        checked={props.value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint !== undefined, error !== undefined)}
        onChange={(event) => commit(props, event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      <Messages id={id} hint={props.hint} error={error} />
    </div>
  )
}

/** Seven checkboxes in a fieldset; the list is sent whole, in weekday order. */
export function Weekdays(props: FieldProps & { value: readonly number[] }) {
  const id = fieldId(props.path)
  fieldLabels.set(props.path, props.label)
  const error = fieldErrors.value[props.path]
  const chosen = new Set(props.value)
  return (
    <fieldset
      class="weekdays"
      aria-describedby={describedBy(id, props.hint !== undefined, error !== undefined)}
    >
      <legend>{props.label}</legend>
      <div class="days">
        {WEEK.map((day) => (
          <label key={day} class="day" title={DAY_LONG[day]}>
            <input
              type="checkbox"
              checked={chosen.has(day)}
              onChange={(event) => {
                const next = new Set(chosen)
                if (event.currentTarget.checked) next.add(day)
                else next.delete(day)
                commit(
                  props,
                  [...next].sort((a, b) => a - b),
                )
              }}
            />
            <span aria-hidden="true">{DAY_SHORT[day]}</span>
            <span class="sr-only">{DAY_LONG[day]}</span>
          </label>
        ))}
      </div>
      <Messages id={id} hint={props.hint} error={error} />
    </fieldset>
  )
}

/** Clears a field's error when it leaves the screen (say, a custom reminder is removed). */
export function forgetErrors(prefix: string): void {
  for (const path of Object.keys(fieldErrors.value)) if (path.startsWith(prefix)) setFieldError(path, null)
}
