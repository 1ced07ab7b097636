// The list of stretches in the Stretches section: each one on or off, its area, where it is done, and its steps
// on request. The whole list is one stop for the Tab key (a "roving" focus): Up and Down, Home and End move
// between stretches, so 22 stretches no longer cost 44 Tab presses on the way to the next section.
import { useState } from 'preact/hooks'
import type { Preferences } from '../../main/core/preferences/index'
import { FigureView } from '../shared/figure'
import { Messages, fieldId } from './fields'
import { fieldErrors, save, warnings } from './saving'
import { stretches } from './state'
import { t, words } from './texts'
import { STRETCH_LIST } from './warnings'
import './stretch-list.css'

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
}

export function StretchList({ prefs }: { prefs: Preferences }) {
  const list = stretches.value
  const disabled = new Set(prefs.stretch.disabledStretches)
  const [active, setActive] = useState(0)
  const on = list.filter((x) => !disabled.has(x.id)).length
  const texts = t().stretchList
  const shared = words()
  const id = fieldId(STRETCH_LIST)
  const warning = warnings.value[STRETCH_LIST]
  const error = fieldErrors.value[STRETCH_LIST]
  const described = [`${id}-hint`, warning ? `${id}-warning` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key]
    const target = event.target
    if (!(target instanceof Element)) return
    const row = target.closest<HTMLElement>('li[data-row]')
    if (!move || !row || event.altKey || event.ctrlKey || event.metaKey) return
    const kind = target.matches('summary') ? 'summary' : 'input'
    const next = move(Number(row.dataset.row), list.length - 1)
    event.preventDefault()
    setActive(next)
    row.parentElement?.querySelector<HTMLElement>(`li[data-row="${next}"] ${kind}`)?.focus()
  }

  return (
    <div class="stretch-group" role="group" aria-labelledby="stretch-list-title" aria-describedby={described}>
      <h3 class="sub" id="stretch-list-title">
        {texts.title}
      </h3>
      <Messages id={id} hint={texts.hint({ on, of: list.length })} warning={warning} error={error} />
      <ul
        class="stretch-list"
        onKeyDown={onKeyDown}
        onFocusCapture={(event) => {
          const row =
            event.target instanceof Element ? event.target.closest<HTMLElement>('li[data-row]') : null
          if (row) setActive(Number(row.dataset.row))
        }}
      >
        {list.map((stretch, index) => {
          const rowId = `stretch-${stretch.id}`
          const tabIndex = index === active ? 0 : -1
          const where = stretch.position === 'desk' ? '' : ` · ${shared.position[stretch.position]}`
          return (
            <li key={stretch.id} data-row={index}>
              {stretch.figure && <FigureView class="figure list-figure" figure={stretch.figure} />}
              <div class="toggle">
                <input
                  id={rowId}
                  type="checkbox"
                  tabIndex={tabIndex}
                  checked={!disabled.has(stretch.id)}
                  aria-describedby={`${rowId}-intensity`}
                  onChange={(event) => {
                    const next = new Set(disabled)
                    if (event.currentTarget.checked) next.delete(stretch.id)
                    else next.add(stretch.id)
                    void save(STRETCH_LIST, { stretch: { disabledStretches: [...next] } })
                  }}
                />
                <label for={rowId}>
                  {stretch.name}{' '}
                  <span class="muted">
                    · {stretch.areaLabel}
                    {where}
                  </span>
                </label>
                <span id={`${rowId}-intensity`} class={`tag ${stretch.intensity}`}>
                  {shared.intensity[stretch.intensity]}
                </span>
              </div>
              <details>
                <summary tabIndex={tabIndex} aria-label={texts.stepsFor({ name: stretch.name })}>
                  {texts.steps}
                </summary>
                <ol>
                  {stretch.steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
                {stretch.cautions.length > 0 && <p class="hint">{stretch.cautions.join(' ')}</p>}
              </details>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
