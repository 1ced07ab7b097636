// The Progress section: the figures that measure back health (back-figures.tsx: this week against the goals), the
// last 14 days or 8 weeks as a chart (progress-chart.tsx: the morning check-ins' back pain over the breaks done,
// snoozed and skipped; does moving more go with feeling better?), the same numbers as a table (pain first, then the
// breaks, time at the computer, the longest stretch without a break and the long bouts) for anyone who
// cannot see the chart, the current streak, and "Export my data".
import { useState } from 'preact/hooks'
import type { DayHistory, ExportResult } from '../../main/app/ipc-contract'
import { rich } from '../shared/rich'
import { Chart, dayOf } from './progress-chart'
import { BackFigures } from './back-figures'
import { Section } from './section'
import type { SectionProps } from './section-view'
import { history, useBridge } from './state'
import { fmt, t } from './texts'
import './progress.css'

type Range = 'days' | 'weeks'

export function Progress({ prefs }: Pick<SectionProps, 'prefs'>) {
  const h = history.value
  const [range, setRange] = useState<Range>('days')
  if (!h) return null
  const weeks = range === 'weeks' && h.weeks ? h.weeks : null
  const texts = t().progress
  return (
    <Section id="progress" title={texts.title}>
      <p class="streak">
        {rich(texts.streak, { days: <strong>{fmt().dayCount(h.streak)}</strong> })}{' '}
        <span class="muted">{texts.total({ count: h.totalDone })}</span>
      </p>
      <BackFigures week={h.weeks?.at(-1)} today={h.days.at(-1)} goals={h.goals} prefs={prefs} />
      {h.weeks && (
        <div class="row-buttons" role="group" aria-label={texts.range}>
          {(['days', 'weeks'] as const).map((r) => (
            <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
              {texts[r]}
            </button>
          ))}
        </div>
      )}
      <Chart bars={weeks ?? h.days} weekly={weeks !== null} />
      <details class="numbers">
        <summary>{texts.numbers}</summary>
        <NumbersTable rows={weeks ?? h.days} weekly={weeks !== null} />
      </details>
      <Export />
    </Section>
  )
}

function NumbersTable({ rows, weekly }: { rows: DayHistory[]; weekly: boolean }) {
  const texts = t().progress
  const format = fmt()
  // A time wraps only between hours and minutes, never inside "10 min".
  const minutes = (value: number | undefined) =>
    value === undefined ? '–' : format.minutes(value).replace(/(\d) /g, '$1\u00a0')
  // Five columns, pain first after the day, the three tallies in one, the breaks taken under them and the long bouts
  // under the longest stretch (issue 23's figures, each beneath the figure it goes with): they fit a 720-pixel window
  // in every language (headers wrap between words, times between hours and minutes). Narrower, the box scrolls
  // sideways, and shows it.
  return (
    <div class="numbers-table" tabIndex={0} role="group" aria-label={texts.table}>
      <table>
        <caption class="sr-only">{weekly ? texts.perWeek : texts.perDay}</caption>
        <thead>
          <tr>
            <th scope="col">{weekly ? texts.weekFrom : texts.day}</th>
            <th scope="col">{texts.pain}</th>
            <th scope="col">
              {texts.tallies} <span class="then">{texts.breaksTaken}</span>
            </th>
            <th scope="col">{weekly ? texts.atComputerWeek : texts.atComputer}</th>
            <th scope="col">
              {texts.longest} <span class="then">{texts.longBouts}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((day) => {
            const at = dayOf(day.date).getTime()
            return (
              <tr key={day.date}>
                <th scope="row">
                  {weekly ? keepTogether(format.shortDate(at), 0) : keepTogether(format.weekdayDate(at), 1)}
                </th>
                <td>
                  {day.pain === undefined ? '–' : format.number(day.pain)}
                  {day.word && ` ${t().quoted({ text: day.word })}`}
                </td>
                <td>
                  <span aria-hidden="true">
                    {[day.done, day.snoozed, day.skipped].map(format.number).join(' · ')}
                  </span>
                  <span class="sr-only">{texts.tally(day)}</span>{' '}
                  <span class="then">
                    {day.breaksOffered === undefined
                      ? '–'
                      : texts.takenOf({ taken: day.breaksTaken ?? 0, offered: day.breaksOffered })}
                  </span>
                </td>
                <td>{minutes(day.activeMinutes)}</td>
                <td>
                  {minutes(day.longestMinutes)}{' '}
                  <span class="then">{day.longBouts === undefined ? '–' : format.number(day.longBouts)}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** `text` with its spaces made unbreakable after the first `free` ("Thu, 26 Nov" wraps only after "Thu,"). */
function keepTogether(text: string, free: number): string {
  let seen = 0
  return text.replace(/ /g, () => (++seen <= free ? ' ' : '\u00a0'))
}

/** "Export my data": a folder dialog in main, then what became of it, read out. */
function Export() {
  const bridge = useBridge()
  const [result, setResult] = useState<ExportResult | null>(null)
  const texts = t().progress
  return (
    <div class="row-between">
      <div class="export-result">
        <p role="status" class={result && !result.ok && !result.cancelled ? 'error' : 'muted'}>
          {result === null
            ? texts.exportHint
            : result.ok
              ? texts.exported({ count: result.files.length, folder: result.folder })
              : result.message}
        </p>
        {/* The system's own words, often in its language rather than the user's: there on request, never in the message. */}
        {result && !result.ok && result.detail && (
          <details class="detail">
            <summary>{texts.exportDetail}</summary>
            <p class="log-file">{result.detail}</p>
          </details>
        )}
      </div>
      {/* Main opens one folder dialog at a time: a click while it is open gets that export’s answer. */}
      <button type="button" onClick={async () => setResult(await bridge.exportData())}>
        {texts.export}
      </button>
    </div>
  )
}

export default Progress
