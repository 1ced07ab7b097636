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

function Chart({ summary }: { summary: HistorySummary }) {
  const days = summary.days
  const max = Math.max(4, ...days.map((d) => d.done + d.skipped))
  const slot = WIDTH / Math.max(days.length, 1)
  const bar = Math.min(22, slot * 0.6)
  const scale = (BASE - 12) / max
  const skipped = days.reduce((sum, d) => sum + d.skipped, 0)
  const done = days.reduce((sum, d) => sum + d.done, 0)
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">Breaks done and skipped, last 14 days</title>
        <desc id="chart-desc">
          {`${done} done and ${skipped} skipped in total. Today: ${days.at(-1)?.done ?? 0} done, ${days.at(-1)?.skipped ?? 0} skipped.`}
        </desc>
        <line x1="0" x2={WIDTH} y1={BASE} y2={BASE} class="axis" />
        {days.map((day, i) => {
          const x = i * slot + (slot - bar) / 2
          const doneH = day.done * scale
          const skipH = day.skipped * scale
          return (
            <g key={day.date}>
              <rect x={x} y={BASE - doneH} width={bar} height={doneH} rx="3" class="done" />
              {day.skipped > 0 && (
                <rect x={x} y={BASE - doneH - skipH - 2} width={bar} height={skipH} rx="3" class="skipped" />
              )}
              <text x={x + bar / 2} y={HEIGHT - 8} text-anchor="middle" class="label">
                {i === days.length - 1 ? 'Today' : DAY_SHORT[dayOf(day.date)]?.charAt(0)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption class="legend">
        <span class="key done" aria-hidden="true" /> Done <span class="key skipped" aria-hidden="true" />{' '}
        Skipped
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
