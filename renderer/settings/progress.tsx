// The Progress section: the last 14 days of breaks done and skipped as a small SVG bar chart, with the same
// numbers as a table for anyone who cannot see the chart, and the current streak.
import type { DayHistory, HistorySummary } from '../../main/app/ipc-contract'
import { DAY_LONG, DAY_SHORT, plural } from '../shared/format'
import { Section } from './sections'
import { history } from './state'

const WIDTH = 560
const HEIGHT = 150
const BASE = 122

export function Progress() {
  const h = history.value
  if (!h) return null
  return (
    <Section id="progress" title="Progress">
      <p class="streak">
        <strong>{plural(h.streak, 'day')}</strong> in a row with at least one break done.{' '}
        <span class="muted">{plural(h.totalDone, 'break')} done in these two weeks.</span>
      </p>
      <Chart summary={h} />
      <details class="numbers">
        <summary>Show the numbers</summary>
        <NumbersTable days={h.days} />
      </details>
    </Section>
  )
}

function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1).getDay()
}

/** The chart's stacked parts, bottom up: each with its key in the legend. */
const PARTS = [
  { key: 'done', label: 'Done' },
  { key: 'snoozed', label: 'Snoozed' },
  { key: 'skipped', label: 'Skipped' },
] as const

function Chart({ summary }: { summary: HistorySummary }) {
  const days = summary.days
  const max = Math.max(4, ...days.map((d) => d.done + d.snoozed + d.skipped))
  const slot = WIDTH / Math.max(days.length, 1)
  const bar = Math.min(22, slot * 0.6)
  const scale = (BASE - 16) / max
  const total = (key: (typeof PARTS)[number]['key']) => days.reduce((sum, d) => sum + d[key], 0)
  const today = days.at(-1)
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">Breaks done, snoozed and skipped, last 14 days</title>
        <desc id="chart-desc">
          {`${total('done')} done, ${total('snoozed')} snoozed and ${total('skipped')} skipped in total. ` +
            `Today: ${today?.done ?? 0} done, ${today?.snoozed ?? 0} snoozed, ${today?.skipped ?? 0} skipped.`}
        </desc>
        <line x1="0" x2={WIDTH} y1={BASE} y2={BASE} class="axis" />
        {days.map((day, i) => {
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
                {i === days.length - 1 ? 'Today' : DAY_SHORT[dayOf(day.date)]?.charAt(0)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption class="legend">
        {PARTS.map(({ key, label }) => (
          <span key={key} class="legend-item">
            <span class={`key ${key}`} aria-hidden="true" /> {label}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}

function NumbersTable({ days }: { days: DayHistory[] }) {
  return (
    <table>
      <caption class="sr-only">Breaks per day, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Done</th>
          <th scope="col">Snoozed</th>
          <th scope="col">Skipped</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">
              {DAY_LONG[dayOf(day.date)]} {day.date}
            </th>
            <td>{day.done}</td>
            <td>{day.snoozed}</td>
            <td>{day.skipped}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
