// The Progress section: breaks done, snoozed and skipped as a small SVG bar chart over the last 14 days or 8 weeks,
// with the morning check-ins drawn as a line over the bars (does moving more go with feeling better?), the same
// numbers as a table (time at the computer and the longest stretch without a break included) for anyone who cannot
// see the chart, the current streak, and "Export my data".
import { useState } from 'preact/hooks'
import type { DayHistory, ExportResult } from '../../main/app/ipc-contract'
import { DAY_LONG, DAY_SHORT, formatDuration, plural } from '../shared/format'
import { Section } from './sections'
import { history, useBridge } from './state'

const WIDTH = 560
const HEIGHT = 150
const BASE = 122
const TOP = 16
const PAIN_MAX = 10

type Range = 'days' | 'weeks'

export function Progress() {
  const h = history.value
  const [range, setRange] = useState<Range>('days')
  if (!h) return null
  const weeks = range === 'weeks' && h.weeks ? h.weeks : null
  return (
    <Section id="progress" title="Progress">
      <p class="streak">
        <strong>{plural(h.streak, 'day')}</strong> in a row with at least one break done.{' '}
        <span class="muted">{plural(h.totalDone, 'break')} done in all.</span>
      </p>
      {h.weeks && (
        <div class="row-buttons" role="group" aria-label="Chart range">
          {(['days', 'weeks'] as const).map((r) => (
            <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
              {r === 'days' ? '14 days' : '8 weeks'}
            </button>
          ))}
        </div>
      )}
      <Chart bars={weeks ?? h.days} weekly={weeks !== null} />
      <details class="numbers">
        <summary>Show the numbers</summary>
        <NumbersTable rows={weeks ?? h.days} weekly={weeks !== null} />
      </details>
      <Export />
    </Section>
  )
}

function dayOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1)
}

const shortDate = (date: string) =>
  dayOf(date).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })

/** The chart's stacked parts, bottom up: each with its key in the legend. */
const PARTS = [
  { key: 'done', label: 'Done' },
  { key: 'snoozed', label: 'Snoozed' },
  { key: 'skipped', label: 'Skipped' },
] as const

function Chart({ bars, weekly }: { bars: DayHistory[]; weekly: boolean }) {
  const max = Math.max(4, ...bars.map((d) => d.done + d.snoozed + d.skipped))
  const slot = WIDTH / Math.max(bars.length, 1)
  const bar = Math.min(22, slot * 0.6)
  const scale = (BASE - TOP) / max
  const total = (key: (typeof PARTS)[number]['key']) => bars.reduce((sum, d) => sum + d[key], 0)
  const last = bars.at(-1)
  const checked = bars.filter((d) => d.pain !== undefined)
  const span = weekly ? 'last 8 weeks' : 'last 14 days'
  const centre = (i: number) => i * slot + slot / 2
  const painY = (pain: number) => BASE - (pain / PAIN_MAX) * (BASE - TOP)
  // The line breaks where a day (or week) has no check-in, rather than inventing one.
  const runs: string[] = []
  let run = ''
  bars.forEach((d, i) => {
    if (d.pain === undefined) {
      if (run) runs.push(run)
      run = ''
    } else run += `${centre(i)},${painY(d.pain)} `
  })
  if (run) runs.push(run)
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">Breaks done, snoozed and skipped, and back pain, {span}</title>
        <desc id="chart-desc">
          {`${total('done')} done, ${total('snoozed')} snoozed and ${total('skipped')} skipped in total. ` +
            `${weekly ? 'This week' : 'Today'}: ${last?.done ?? 0} done, ${last?.snoozed ?? 0} snoozed, ` +
            `${last?.skipped ?? 0} skipped. ` +
            (checked.length > 0
              ? `Back pain checked in ${plural(checked.length, weekly ? 'week' : 'day')}, latest ${checked.at(-1)?.pain} of 10.`
              : '')}
        </desc>
        <line x1="0" x2={WIDTH} y1={BASE} y2={BASE} class="axis" />
        {bars.map((day, i) => {
          const x = i * slot + (slot - bar) / 2
          let top = BASE
          return (
            <g key={day.date}>
              {PARTS.map(({ key }) => {
                if (day[key] === 0) return null
                const height = day[key] * scale
                // A 2-unit gap between parts, so they read apart without relying on colour alone.
                const y = top - height - (top === BASE ? 0 : 2)
                top = y
                return <rect key={key} x={x} y={y} width={bar} height={height} rx="3" class={key} />
              })}
              <text x={x + bar / 2} y={HEIGHT - 8} text-anchor="middle" class="label">
                {weekly
                  ? shortDate(day.date)
                  : i === bars.length - 1
                    ? 'Today'
                    : DAY_SHORT[dayOf(day.date).getDay()]?.charAt(0)}
              </text>
            </g>
          )
        })}
        {/* A halo under the line keeps it readable where it crosses a bar. */}
        {['halo', 'pain'].map((kind) =>
          runs.map((points) => <polyline key={kind + points} points={points} class={kind} />),
        )}
        {bars.map((d, i) =>
          d.pain === undefined ? null : (
            <circle key={d.date} cx={centre(i)} cy={painY(d.pain)} r="4" class="pain" />
          ),
        )}
      </svg>
      <figcaption class="legend">
        {PARTS.map(({ key, label }) => (
          <span key={key} class="legend-item">
            <span class={`key ${key}`} aria-hidden="true" /> {label}
          </span>
        ))}
        <span class="legend-line">
          <span class="key pain" aria-hidden="true" /> Back pain, 0 to 10 (morning check-in)
        </span>
      </figcaption>
    </figure>
  )
}

const minutes = (value: number | undefined) => (value === undefined ? '–' : formatDuration(value))

function NumbersTable({ rows, weekly }: { rows: DayHistory[]; weekly: boolean }) {
  // Seven columns scroll sideways in a narrow window; the box takes the focus so the keyboard can scroll it.
  return (
    <div class="table-scroll" tabIndex={0} role="group" aria-label="The numbers">
      <table>
        <caption class="sr-only">{weekly ? 'Breaks per week' : 'Breaks per day'}, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">{weekly ? 'Week from' : 'Day'}</th>
            <th scope="col">Done</th>
            <th scope="col">Snoozed</th>
            <th scope="col">Skipped</th>
            <th scope="col">Pain</th>
            <th scope="col">At the computer{weekly ? ' (a day)' : ''}</th>
            <th scope="col">Longest without a break</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((day) => (
            <tr key={day.date}>
              <th scope="row">
                {weekly ? '' : `${DAY_LONG[dayOf(day.date).getDay()]} `}
                {day.date}
              </th>
              <td>{day.done}</td>
              <td>{day.snoozed}</td>
              <td>{day.skipped}</td>
              <td>
                {day.pain ?? '–'}
                {day.word && ` “${day.word}”`}
              </td>
              <td>{minutes(day.activeMinutes)}</td>
              <td>{minutes(day.longestMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** "Export my data": a folder dialog in main, then what became of it, read out. */
function Export() {
  const bridge = useBridge()
  const [result, setResult] = useState<ExportResult | null>(null)
  return (
    <div class="row-between">
      <p role="status" class={result && !result.ok && !result.cancelled ? 'error' : 'muted'}>
        {result === null
          ? 'Your history, check-ins and settings as CSV and JSON files.'
          : result.ok
            ? `Saved ${plural(result.files.length, 'file')} in ${result.folder}.`
            : result.message}
      </p>
      {/* The folder dialog is modal over this window: a second click cannot start a second export. */}
      <button type="button" onClick={async () => setResult(await bridge.exportData())}>
        Export my data…
      </button>
    </div>
  )
}
