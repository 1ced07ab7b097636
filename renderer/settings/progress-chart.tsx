// Progress's chart: two strips over one row of days (or weeks), each titled and with a scale of its own, so pain 6
// is never read against 6 breaks. Above, back pain from the morning check-ins on 0–10, its value written in each
// dot; below, the breaks done, snoozed and skipped as stacked bars. Each strip is drawn at the width it is shown,
// one SVG unit to one CSS pixel, so its labels keep their size in any window; under each column, the longest form
// of its day that fits beside its neighbours ("Mon" or "24"; "24 Nov" or "24/11" for weeks).
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { DayHistory } from '../../main/app/ipc-contract'
import { fmt, t } from './texts'

/** The stacked parts of a bar, bottom up (each is also its key and its word in the legend). */
const PARTS = ['done', 'snoozed', 'skipped'] as const
const PAIN_MAX = 10
/** Room left of the plot for the scales' figures ("10"). */
const GUTTER = 20
/** The least room between two labels. */
const GAP = 3
/** A check-in's dot, big enough to hold its value. */
const DOT = 9
/** Each strip's plot, top and bottom (pain 10 and 0; the bars' top and base), its height, and the labels' line. */
const PAIN = { top: DOT + 1, bottom: DOT + 55, height: 2 * DOT + 57 }
const BARS = { top: 8, bottom: 92, labels: 110, height: 116 }

export function Chart({ bars, weekly }: { bars: DayHistory[]; weekly: boolean }) {
  const figure = useRef<HTMLElement>(null)
  const width = useWidth(figure)
  const texts = t().progress
  const columns = width === null ? null : layout(width, bars.length)
  return (
    <figure class="chart" ref={figure}>
      <div role="img" aria-labelledby="chart-title chart-desc">
        <p id="chart-title" class="sr-only">
          {weekly ? texts.chartWeeks : texts.chartDays}
        </p>
        <p id="chart-desc" class="sr-only">
          {describe(bars, weekly)}
        </p>
        <p class="strip-title">{texts.painKey}</p>
        <svg height={PAIN.height} viewBox={columns ? `0 0 ${columns.width} ${PAIN.height}` : undefined}>
          {columns && <PainStrip bars={bars} columns={columns} />}
        </svg>
        <p class="strip-title">{texts.breaks}</p>
        <svg height={BARS.height} viewBox={columns ? `0 0 ${columns.width} ${BARS.height}` : undefined}>
          {columns && figure.current && (
            <BarStrip bars={bars} columns={columns} weekly={weekly} font={labelFont(figure.current)} />
          )}
        </svg>
      </div>
      <figcaption class="legend">
        {PARTS.map((key) => (
          <span key={key} class="legend-item">
            <span class={`key ${key}`} aria-hidden="true" /> {texts[key]}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}

interface Columns {
  width: number
  slot: number
  centre(i: number): number
}

function layout(width: number, count: number): Columns {
  const slot = (width - GUTTER) / Math.max(count, 1)
  return { width, slot, centre: (i) => GUTTER + i * slot + slot / 2 }
}

/** The chart's words for screen readers: totals, the latest day (or week), the check-ins. */
function describe(bars: DayHistory[], weekly: boolean): string {
  const texts = t().progress
  const total = (key: (typeof PARTS)[number]) => bars.reduce((sum, d) => sum + d[key], 0)
  const last = bars.at(-1)
  const latest = { done: last?.done ?? 0, snoozed: last?.snoozed ?? 0, skipped: last?.skipped ?? 0 }
  const checked = bars.filter((d) => d.pain !== undefined)
  const pain = { count: checked.length, pain: checked.at(-1)?.pain ?? 0 }
  return [
    texts.totals({ done: total('done'), snoozed: total('snoozed'), skipped: total('skipped') }),
    weekly ? texts.lastWeek(latest) : texts.lastDay(latest),
    checked.length === 0 ? '' : weekly ? texts.painWeeks(pain) : texts.painDays(pain),
  ]
    .filter(Boolean)
    .join(' ')
}

/** The check-ins as a line of dots, each with its value; the line breaks where a day has none, inventing nothing. */
function PainStrip({ bars, columns }: { bars: DayHistory[]; columns: Columns }) {
  const y = (pain: number) => PAIN.bottom - (pain / PAIN_MAX) * (PAIN.bottom - PAIN.top)
  const runs: string[] = []
  let run = ''
  bars.forEach((d, i) => {
    if (d.pain === undefined) {
      if (run) runs.push(run)
      run = ''
    } else run += `${columns.centre(i)},${y(d.pain)} `
  })
  if (run) runs.push(run)
  return (
    <>
      {[0, 5, 10].map((level) => (
        <Scale key={level} y={y(level)} width={columns.width} figure={level} solid={level === 0} />
      ))}
      {runs.map((points) => (
        <polyline key={points} points={points} class="pain" />
      ))}
      {bars.map((d, i) =>
        d.pain === undefined ? null : (
          <g key={d.date}>
            <circle cx={columns.centre(i)} cy={y(d.pain)} r={DOT} class="pain" />
            <text x={columns.centre(i)} y={y(d.pain)} dy="0.35em" text-anchor="middle" class="pain-value">
              {fmt().number(d.pain)}
            </text>
          </g>
        ),
      )}
    </>
  )
}

/** The breaks as stacked bars on a scale from 0 to the most in a column, each column labelled with its day. */
function BarStrip(props: { bars: DayHistory[]; columns: Columns; weekly: boolean; font: string }) {
  const { bars, columns } = props
  const most = Math.max(4, ...bars.map((d) => d.done + d.snoozed + d.skipped))
  const scale = (BARS.bottom - BARS.top) / most
  const bar = Math.min(22, columns.slot * 0.6)
  const labels = columnLabels(bars, props.weekly, columns.slot, props.font)
  return (
    <>
      <Scale y={BARS.top} width={columns.width} figure={most} solid={false} />
      <Scale y={BARS.bottom} width={columns.width} figure={0} solid />
      {bars.map((day, i) => {
        const x = columns.centre(i)
        let top = BARS.bottom
        return (
          <g key={day.date}>
            {PARTS.map((key) => {
              if (day[key] === 0) return null
              const height = day[key] * scale
              // A 2-pixel gap between parts, so they read apart without relying on colour alone.
              const y = top - height - (top === BARS.bottom ? 0 : 2)
              top = y
              return <rect key={key} x={x - bar / 2} y={y} width={bar} height={height} rx="3" class={key} />
            })}
            <text
              x={x}
              y={BARS.labels}
              text-anchor="middle"
              class={labels[i]?.today ? 'label today' : 'label'}
            >
              {labels[i]?.text}
            </text>
          </g>
        )
      })}
    </>
  )
}

/** A scale's line across the plot, with its figure in the gutter. */
function Scale(props: { y: number; width: number; figure: number; solid: boolean }) {
  return (
    <>
      <line x1={GUTTER} x2={props.width} y1={props.y} y2={props.y} class={props.solid ? 'axis' : 'grid'} />
      <text x={GUTTER - 5} y={props.y} dy="0.35em" text-anchor="end" class="scale">
        {fmt().number(props.figure)}
      </text>
    </>
  )
}

/**
 * Each column's label: weekday names ("Mon") where they fit, else the day of the month ("24"), both different on
 * every day of a fortnight in every language; "Today" under the last bar where it fits, else its label in bold.
 * Weeks: "24 Nov" where it fits, else "24/11".
 */
function columnLabels(bars: DayHistory[], weekly: boolean, slot: number, font: string) {
  const format = fmt()
  const days = bars.map((d) => dayOf(d.date))
  type Form = (day: Date) => string
  const [wide, narrow]: [Form, Form] = weekly
    ? [(day) => format.shortDate(day.getTime()), (day) => format.figuresDate(day.getTime())]
    : [(day) => format.weekday(day.getDay(), 'short'), (day) => format.number(day.getDate())]
  const fits = (text: string, weight = 400) => textWidth(text, `${weight} ${font}`) + GAP <= slot
  const form = days.every((day) => fits(wide(day))) ? wide : narrow
  const today = t().progress.today
  return days.map((day, i) => {
    const last = !weekly && i === days.length - 1
    return { text: last && fits(today, 600) ? today : form(day), today: last }
  })
}

/** The local day a history row is for ("2026-11-24"). */
export function dayOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1)
}

/** The width the box is shown at, in CSS pixels, kept up to date as the window is resized. */
function useWidth(box: { current: HTMLElement | null }): number | null {
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(() => setWidth(Math.floor(element.clientWidth)))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return width
}

/** The labels' size and family as CSS draws them (progress.css: `.chart text`), for measuring. */
function labelFont(element: HTMLElement): string {
  const label = getComputedStyle(element)
  return `${label.getPropertyValue('--chart-label-size').trim() || '12px'} ${label.fontFamily}`
}

let canvas: CanvasRenderingContext2D | null = null

/** How wide `text` is drawn in `font`, in CSS pixels. */
function textWidth(text: string, font: string): number {
  canvas ??= document.createElement('canvas').getContext('2d')
  if (!canvas) return Infinity
  canvas.font = font
  return canvas.measureText(text).width
}
