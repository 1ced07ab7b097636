// Settings → Stretches: routines from a physiotherapist. "Import a routine…" asks main to open the file dialog and
// read the file (main checks every field; a file with a problem keeps nothing and says what to fix, field by
// field); each routine kept can be used for stretch breaks or come as its own reminder at chosen days and a time,
// be exported to hand back, or be removed. The list follows main's `routines:changed` (the command line imports too).
import { useEffect, useState } from 'preact/hooks'
import type { RoutineSummary } from '../../main/app/ipc-contract'
import { WEEK } from '../../main/core/i18n/format'
import { status, useBridge } from './state'
import { fmt, t, words } from './texts'
import './routines.css'

/** What the last import or export said: its words, the problems to fix, and whether it went wrong. */
interface Said {
  text: string
  problems: readonly string[]
  error: boolean
}

export function RoutinesPart() {
  const bridge = useBridge()
  const [list, setList] = useState<RoutineSummary[]>([])
  const [said, setSaid] = useState<Said | null>(null)
  const [busy, setBusy] = useState(false)
  const texts = t().routines
  // Main words the routines in the language in use: a new language, new words.
  const language = status.value?.language.code
  useEffect(() => {
    void bridge.getRoutines().then(setList)
    return bridge.on('routines:changed', setList)
  }, [bridge, language])

  const importOne = async () => {
    setBusy(true)
    try {
      const result = await bridge.importRoutine()
      if (result.ok) setSaid({ text: result.message, problems: [], error: false })
      else setSaid({ text: result.message, problems: result.problems, error: !result.cancelled })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="routines" role="group" aria-labelledby="routines-title">
      <h3 class="sub" id="routines-title">
        {texts.title}
      </h3>
      <p class="hint">{texts.intro}</p>
      <div class="row-between">
        <button type="button" id="routine-import" disabled={busy} onClick={() => void importOne()}>
          {texts.import}
        </button>
      </div>
      <div role="status" class={said?.error ? 'routine-said error' : 'routine-said'}>
        {said && <p>{said.text}</p>}
        {said && said.problems.length > 0 && (
          <>
            <p>{texts.fix}</p>
            <ul class="routine-problems">
              {said.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {list.length === 0 ? (
        <p class="muted">{texts.none}</p>
      ) : (
        <ul class="routine-list">
          {list.map((routine) => (
            <RoutineCard key={routine.id} routine={routine} onSaid={setSaid} />
          ))}
        </ul>
      )}
    </div>
  )
}

function RoutineCard({ routine, onSaid }: { routine: RoutineSummary; onSaid: (said: Said) => void }) {
  const bridge = useBridge()
  const texts = t().routines
  const shared = words()
  const weekday = fmt().weekday
  const base = `routine-${routine.id}`
  const leftOut = routine.stretches.filter((s) => !s.soreBackOk).length
  const reminder = routine.reminder
  const setReminder = (change: Partial<RoutineSummary['reminder']>) =>
    void bridge.useRoutine(routine.id, { reminder: { ...reminder, ...change } })

  return (
    <li class="routine" aria-labelledby={`${base}-name`}>
      <h4 id={`${base}-name`}>{routine.name}</h4>
      <p class="hint">
        {texts.count({ count: routine.stretches.length })}:{' '}
        {routine.stretches
          .map((s) => (s.position === 'desk' ? s.name : `${s.name} (${shared.position[s.position]})`))
          .join(', ')}
      </p>
      {leftOut > 0 && <p class="hint">{texts.soreBack({ count: leftOut })}</p>}
      <div class="toggle">
        <input
          id={`${base}-breaks`}
          type="checkbox"
          checked={routine.forBreaks}
          onChange={(event) => void bridge.useRoutine(routine.id, { forBreaks: event.currentTarget.checked })}
        />
        <label for={`${base}-breaks`}>{texts.forBreaks}</label>
      </div>
      <div class="toggle">
        <input
          id={`${base}-remind`}
          type="checkbox"
          checked={reminder.enabled}
          onChange={(event) => setReminder({ enabled: event.currentTarget.checked })}
        />
        <label for={`${base}-remind`}>{texts.remind}</label>
      </div>
      {reminder.enabled && (
        <div class="routine-when">
          <label class="routine-time">
            {texts.time}{' '}
            <input
              type="time"
              value={reminder.times[0] ?? '08:00'}
              onChange={(event) => {
                const time = event.currentTarget.value
                if (/^\d\d:\d\d$/.test(time)) setReminder({ times: [time] })
              }}
            />
          </label>
          <fieldset class="weekdays">
            <legend>{texts.days}</legend>
            <div class="days">
              {WEEK.map((day) => (
                <label key={day} class="day" title={weekday(day)}>
                  <input
                    type="checkbox"
                    checked={reminder.weekdays.includes(day)}
                    onChange={(event) => {
                      const next = new Set(reminder.weekdays)
                      if (event.currentTarget.checked) next.add(day)
                      else next.delete(day)
                      setReminder({ weekdays: [...next].sort((a, b) => a - b) })
                    }}
                  />
                  <span aria-hidden="true">{weekday(day, 'short')}</span>
                  <span class="sr-only">{weekday(day)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <div class="row-buttons">
        <button
          type="button"
          onClick={async () => {
            const result = await bridge.exportRoutine(routine.id)
            onSaid({ text: result.message, problems: [], error: !result.ok && !result.cancelled })
          }}
        >
          {texts.export}
        </button>
        <button
          type="button"
          onClick={async () => {
            const { ok } = await bridge.removeRoutine(routine.id)
            if (ok) onSaid({ text: texts.removed({ name: routine.name }), problems: [], error: false })
          }}
        >
          {texts.remove}
        </button>
      </div>
    </li>
  )
}
