// The settings window's form controls: each one labelled (with a unique accessible name where the same label
// repeats, as "On" for ice and for heat), with its allowed range as a hint, a note when a legal value will not
// do what one may expect, and its error (from the local check or from main) right under it, tied together with
// aria-describedby and aria-invalid.
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { PreferencesPatch } from '../../main/app/ipc-contract'
import { WEEK } from '../../main/core/i18n/format'
import { fmt, t } from './texts'
import { checkText, checkTime, checkWholeNumber, range } from './rules'
import {
  draftRevisions,
  draftsRevision,
  fieldErrors,
  fieldLabels,
  patchFor,
  reject,
  save,
  setFieldError,
  warnings,
} from './saving'

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`

export interface FieldProps {
  /** Dotted preferences path: names the field's error and, by default, the patch. */
  path: string
  label: string
  /**
   * Said before the label to screen readers, where the visible label repeats in the window ("Ice" for "On"):
   * the accessible name becomes "Ice: On".
   */
  context?: string
  hint?: ComponentChildren
  /** Builds the patch for a new value, when it is not simply `path` (list items are sent in their whole list). */
  patch?: (value: never) => PreferencesPatch
}

/** The field's accessible name, also used to name it in messages. */
export function nameOf(props: FieldProps): string {
  return props.context ? t().inGroup({ group: props.context, label: props.label }) : props.label
}

function Label({ id, props }: { id: string; props: FieldProps }) {
  fieldLabels.set(props.path, nameOf(props))
  return (
    <label for={id}>
      <Named {...props} />
    </label>
  )
}

/** The label as seen; screen readers also hear the rest of the whole name ("Ice: On"), worded by the catalog. */
export function Named(props: FieldProps) {
  if (!props.context) return <>{props.label}</>
  const [before, after] = t().inGroup({ group: props.context, label: '\uE000' }).split('\uE000')
  return (
    <>
      {before && <span class="sr-only">{before}</span>}
      {props.label}
      {after && <span class="sr-only">{after}</span>}
    </>
  )
}

interface MessageProps {
  id: string
  hint?: ComponentChildren
  warning?: string
  error?: string
}

export function describedBy({ id, hint, warning, error }: MessageProps): string | undefined {
  const ids = [
    hint !== undefined ? `${id}-hint` : '',
    warning !== undefined ? `${id}-warning` : '',
    error !== undefined ? `${id}-error` : '',
  ].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

export function Messages({ id, hint, warning, error }: MessageProps) {
  return (
    <>
      {hint !== undefined && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {warning !== undefined && (
        <p id={`${id}-warning`} class="warning">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} class="error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      )}
    </>
  )
}

/** The messages a field shows now: its error, and the note about what its value will (not) do. */
export function messagesFor(path: string, hint?: ComponentChildren): MessageProps {
  return {
    id: fieldId(path),
    hint,
    warning: warnings.value[path],
    error: fieldErrors.value[path],
  }
}

export function commit<T>(props: FieldProps, value: T): void {
  const patch = props.patch ? (props.patch as (v: T) => PreferencesPatch)(value) : patchFor(props.path, value)
  void save(props.path, patch)
}

/**
 * Keeps what the user typed (even when it is wrong) until main's value changes underneath it, a reset, or a
 * later saved change makes a value main refused give way to the stored one.
 */
function useDraft(path: string, value: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState(value)
  const revision = draftsRevision.value * 1000 + (draftRevisions.value[path] ?? 0)
  useEffect(() => setDraft(value), [value, revision])
  return [draft, setDraft]
}

/**
 * A whole number. A text box rather than type=number: the browser's number box reads "1e2" as 100 and hides
 * "12abc" from the page as an empty value, where this one shows the user exactly what was refused and why.
 */
export function NumberField(props: FieldProps & { value: number; unit: 'min' | 's' | 'h' | '' }) {
  const id = fieldId(props.path)
  const { min, max } = range(props.path)
  const [draft, setDraft] = useDraft(props.path, String(props.value))
  const texts = t()
  const messages = messagesFor(props.path, props.hint ?? texts.range[props.unit || 'plain']({ min, max }))
  return (
    <div class="field">
      <Label id={id} props={props} />
      <div class="control">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          class="number"
          value={draft}
          aria-invalid={messages.error ? 'true' : undefined}
          aria-describedby={describedBy(messages)}
          onChange={(event) => {
            const text = event.currentTarget.value
            setDraft(text)
            const checked = checkWholeNumber(props.path, text)
            if ('problem' in checked) reject(props.path, checked.problem)
            else if (checked.value !== props.value || messages.error) commit(props, checked.value)
            else setFieldError(props.path, null)
          }}
        />
        <span class="unit" aria-hidden="true">
          {props.unit && texts.unit[props.unit]}
        </span>
      </div>
      <Messages {...messages} />
    </div>
  )
}

export function TimeField(props: FieldProps & { value: string }) {
  const id = fieldId(props.path)
  const [draft, setDraft] = useDraft(props.path, props.value)
  const messages = messagesFor(props.path, props.hint)
  return (
    <div class="field">
      <Label id={id} props={props} />
      <div class="control">
        <input
          id={id}
          type="time"
          value={draft}
          aria-invalid={messages.error ? 'true' : undefined}
          aria-describedby={describedBy(messages)}
          onChange={(event) => {
            const text = event.currentTarget.value
            setDraft(text)
            const problem = checkTime(props.path, text)
            if (problem) reject(props.path, problem)
            else if (text !== props.value || messages.error) commit(props, text)
          }}
        />
      </div>
      <Messages {...messages} />
    </div>
  )
}

export function TextField(
  props: FieldProps & { value: string; inputRef?: (el: HTMLInputElement | null) => void },
) {
  const id = fieldId(props.path)
  const [draft, setDraft] = useDraft(props.path, props.value)
  const messages = messagesFor(props.path, props.hint)
  return (
    <div class="field">
      <Label id={id} props={props} />
      <div class="control">
        <input
          id={id}
          ref={props.inputRef}
          type="text"
          value={draft}
          maxLength={200}
          aria-invalid={messages.error ? 'true' : undefined}
          aria-describedby={describedBy(messages)}
          onChange={(event) => {
            const text = event.currentTarget.value
            setDraft(text)
            const problem = checkText(props.path, text)
            if (problem) reject(props.path, problem)
            else if (text !== props.value || messages.error) commit(props, text.trim())
          }}
        />
      </div>
      <Messages {...messages} />
    </div>
  )
}

export function Toggle(props: FieldProps & { value: boolean }) {
  const id = fieldId(props.path)
  const messages = messagesFor(props.path, props.hint)
  return (
    <div class="toggle">
      <input
        id={id}
        type="checkbox"
        checked={props.value}
        aria-invalid={messages.error ? 'true' : undefined}
        aria-describedby={describedBy(messages)}
        onChange={(event) => commit(props, event.currentTarget.checked)}
      />
      <Label id={id} props={props} />
      <Messages {...messages} />
    </div>
  )
}

/** Seven checkboxes in a fieldset; the list is sent whole, in weekday order. */
export function Weekdays(props: FieldProps & { value: readonly number[] }) {
  const id = fieldId(props.path)
  fieldLabels.set(props.path, nameOf(props))
  const messages = messagesFor(props.path, props.hint)
  const chosen = new Set(props.value)
  const weekday = fmt().weekday
  return (
    <fieldset id={id} class="weekdays" aria-describedby={describedBy(messages)}>
      <legend>
        <Named {...props} />
      </legend>
      <div class="days">
        {WEEK.map((day) => (
          <label key={day} class="day" title={weekday(day)}>
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
            <span aria-hidden="true">{weekday(day, 'short')}</span>
            <span class="sr-only">{weekday(day)}</span>
          </label>
        ))}
      </div>
      <Messages {...messages} />
    </fieldset>
  )
}

/** Clears a field's error when it leaves the screen (say, a custom reminder is removed). */
export function forgetErrors(prefix: string): void {
  for (const path of Object.keys(fieldErrors.value)) if (path.startsWith(prefix)) setFieldError(path, null)
}
