// The Progress section: the figures that measure back health (back-figures.tsx: this week against the goals),
// breaks done, snoozed and skipped as a small SVG bar chart over the last 14 days or 8 weeks, with the morning
// check-ins drawn as a line over the bars (does moving more go with feeling better?), the same numbers as a table
// (time at the computer, the longest stretch without a break, long bouts and breaks taken included) for anyone who
// cannot see the chart, the current streak, and "Export my data".
import { useState } from 'preact/hooks'
import type { DayHistory, ExportResult } from '../../main/app/ipc-contract'
import { rich } from '../shared/rich'
import { BackFigures } from './back-figures'
import { Section } from './section'
import type { SectionProps } from './section-view'
import { history, useBridge } from './state'
import { fmt, t } from './texts'
import './progress.css'

const WIDTH = 560
const HEIGHT = 150
const BASE = 122
const TOP = 16
const PAIN_MAX = 10

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

function dayOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1)
}

/** The chart's stacked parts, bottom up (each is also its key and its word in the legend). */
const PARTS = ['done', 'snoozed', 'skipped'] as const

function Chart({ bars, weekly }: { bars: DayHistory[]; weekly: boolean }) {
  const max = Math.max(4, ...bars.map((d) => d.done + d.snoozed + d.skipped))
  const slot = WIDTH / Math.max(bars.length, 1)
  const bar = Math.min(22, slot * 0.6)
  const scale = (BASE - TOP) / max
  const total = (key: (typeof PARTS)[number]) => bars.reduce((sum, d) => sum + d[key], 0)
  const last = bars.at(-1)
  const checked = bars.filter((d) => d.pain !== undefined)
  const texts = t().progress
  const format = fmt()
  const latest = { done: last?.done ?? 0, snoozed: last?.snoozed ?? 0, skipped: last?.skipped ?? 0 }
  const pain = { count: checked.length, pain: checked.at(-1)?.pain ?? 0 }
  const description = [
    texts.totals({ done: total('done'), snoozed: total('snoozed'), skipped: total('skipped') }),
    weekly ? texts.lastWeek(latest) : texts.lastDay(latest),
    checked.length === 0 ? '' : weekly ? texts.painWeeks(pain) : texts.painDays(pain),
  ]
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
        <title id="chart-title">{weekly ? texts.chartWeeks : texts.chartDays}</title>
        <desc id="chart-desc">{description.filter(Boolean).join(' ')}</desc>
        <line x1="0" x2={WIDTH} y1={BASE} y2={BASE} class="axis" />
        {bars.map((day, i) => {
          const x = i * slot + (slot - bar) / 2
          let top = BASE
          return (
            <g key={day.date}>
              {PARTS.map((key) => {
                if (day[key] === 0) return null
                const height = day[key] * scale
                // A 2-unit gap between parts, so they read apart without relying on colour alone.
                const y = top - height - (top === BASE ? 0 : 2)
                top = y
                return <rect key={key} x={x} y={y} width={bar} height={height} rx="3" class={key} />
              })}
              <text x={x + bar / 2} y={HEIGHT - 8} text-anchor="middle" class="label">
                {weekly
                  ? format.shortDate(dayOf(day.date).getTime())
                  : i === bars.length - 1
                    ? texts.today
                    : format.weekday(dayOf(day.date).getDay(), 'narrow')}
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
        {PARTS.map((key) => (
          <span key={key} class="legend-item">
            <span class={`key ${key}`} aria-hidden="true" /> {texts[key]}
          </span>
        ))}
        <span class="legend-line">
          <span class="key pain" aria-hidden="true" /> {texts.painKey}
        </span>
      </figcaption>
    </figure>
  )
}

function NumbersTable({ rows, weekly }: { rows: DayHistory[]; weekly: boolean }) {
  const texts = t().progress
  const format = fmt()
  const minutes = (value: number | undefined) => (value === undefined ? '–' : format.minutes(value))
  // Nine columns scroll sideways in a narrow window; the box takes the focus so the keyboard can scroll it.
  return (
    <div class="table-scroll" tabIndex={0} role="group" aria-label={texts.table}>
      <table>
        <caption class="sr-only">{weekly ? texts.perWeek : texts.perDay}</caption>
        <thead>
          <tr>
            <th scope="col">{weekly ? texts.weekFrom : texts.day}</th>
            <th scope="col">{texts.done}</th>
            <th scope="col">{texts.snoozed}</th>
            <th scope="col">{texts.skipped}</th>
            <th scope="col">{texts.pain}</th>
            <th scope="col">{weekly ? texts.atComputerWeek : texts.atComputer}</th>
            <th scope="col">{texts.longest}</th>
            <th scope="col">{texts.longBouts}</th>
            <th scope="col">{texts.breaksTaken}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((day) => (
            <tr key={day.date}>
              <th scope="row">
                {weekly
                  ? day.date
                  : texts.row({ day: format.weekday(dayOf(day.date).getDay()), date: day.date })}
              </th>
              <td>{day.done}</td>
              <td>{day.snoozed}</td>
              <td>{day.skipped}</td>
              <td>
                {day.pain ?? '–'}
                {day.word && ` ${t().quoted({ text: day.word })}`}
              </td>
              <td>{minutes(day.activeMinutes)}</td>
              <td>{minutes(day.longestMinutes)}</td>
              <td>{day.longBouts ?? '–'}</td>
              <td>
                {day.breaksOffered === undefined
                  ? '–'
                  : texts.takenOf({ taken: day.breaksTaken ?? 0, offered: day.breaksOffered })}
              </td>
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
  const texts = t().progress
  return (
    <div class="row-between">
      <p role="status" class={result && !result.ok && !result.cancelled ? 'error' : 'muted'}>
        {result === null
          ? texts.exportHint
          : result.ok
            ? texts.exported({ count: result.files.length, folder: result.folder })
            : result.message}
      </p>
      {/* Main opens one folder dialog at a time: a click while it is open gets that export’s answer. */}
      <button type="button" onClick={async () => setResult(await bridge.exportData())}>
        {texts.export}
      </button>
    </div>
  )
}

export default Progress
