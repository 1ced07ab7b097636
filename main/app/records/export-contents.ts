// What "Export my data" writes, as text: one row a day (breaks, time at the computer, longest stretch without a
// break, long sitting bouts, breaks taken of those offered, the check-in), one row a week (its back figures and
// their verdict against the goals), every recorded event, the preferences as setting/value rows, and all of it as one JSON
// file exactly as kept. CSV follows RFC 4180 (commas, double quotes doubled, CRLF), starts with a byte order mark
// so spreadsheets read accents right, and never lets a typed word start a formula.
import type { ExportFile } from '../platform'
import type { Preferences } from '../../core/preferences/index'
import { dateKeyOf } from '../../core/local-time'
import { addDays, weekdayOf } from '../../core/local-time'
import { backDay, weekVerdict } from './back-figures'
import { OUTCOMES, type DayCounts, type HistoryData, type Outcome } from './history'

/** What an export is made of, read when the folder has been chosen. */
export interface ExportSource {
  prefs: Preferences
  history: Readonly<HistoryData>
  now: number
  appVersion: string
  /**
   * The routines from a physiotherapist: each written as its own routine file too (`limber-routine-1.json`…), in
   * the format it came in, so it can be imported again or handed back.
   */
  routines?: readonly { file: unknown; use: unknown }[]
}

export const EXPORT_FILE_NAMES = {
  days: 'limber-days.csv',
  weeks: 'limber-weeks.csv',
  events: 'limber-events.csv',
  preferences: 'limber-preferences.csv',
  json: 'limber-data.json',
} as const

export function exportedFiles(source: ExportSource): ExportFile[] {
  return [
    { name: EXPORT_FILE_NAMES.days, contents: daysCsv(source) },
    { name: EXPORT_FILE_NAMES.weeks, contents: weeksCsv(source) },
    { name: EXPORT_FILE_NAMES.events, contents: eventsCsv(source) },
    { name: EXPORT_FILE_NAMES.preferences, contents: preferencesCsv(source) },
    { name: EXPORT_FILE_NAMES.json, contents: `${JSON.stringify(everything(source), null, 2)}\n` },
    ...(source.routines ?? []).map((routine, i) => ({
      name: `limber-routine-${i + 1}.json`,
      contents: `${JSON.stringify(routine.file, null, 2)}\n`,
    })),
  ]
}

const DAY_COLUMNS = [
  'date',
  'breaks_done',
  'snoozed',
  'skipped',
  'timed_out',
  'missed',
  'minutes_at_computer',
  'longest_minutes_without_break',
  'long_sitting_bouts',
  'breaks_taken',
  'breaks_offered',
  'back_pain_0_to_10',
  'check_in_word',
]

function daysCsv({ history }: ExportSource): string {
  const dates = [
    ...new Set([
      ...Object.keys(history.days),
      ...Object.keys(history.checkIns),
      ...Object.keys(history.sitting),
    ]),
  ].sort()
  const rows = dates.map((date) => {
    const counts = totals(history.days[date])
    const sitting = history.sitting[date]
    const checkIn = history.checkIns[date]
    const back = backDay(history, date)
    return [
      date,
      counts.done + counts.away,
      counts.snoozed,
      counts.skipped,
      counts['timed-out'],
      counts.missed,
      sitting ? back.activeMinutes : '',
      sitting ? back.longestMinutes : '',
      sitting ? back.longBouts : '',
      back.breaksTaken,
      back.breaksOffered,
      checkIn ? checkIn.pain : '',
      checkIn?.word ?? '',
    ]
  })
  return csv([DAY_COLUMNS, ...rows])
}

const WEEK_COLUMNS = [
  'week_from',
  'workdays_at_computer',
  'good_days',
  'good_days_goal',
  'sitting_goal',
  'breaks_taken',
  'breaks_offered',
  'breaks_taken_goal_percent',
  'breaks_goal',
]

/** Every week (Monday first) from the first recorded day to this one, against the goals as they are set now. */
function weeksCsv({ history, prefs, now }: ExportSource): string {
  const today = dateKeyOf(new Date(now))
  const dates = [...Object.keys(history.days), ...Object.keys(history.sitting)].sort()
  const mondayOf = (date: string) => addDays(date, -((weekdayOf(date) + 6) % 7))
  const rows: (string | number)[][] = []
  const first = dates[0]
  for (let monday = first === undefined ? null : mondayOf(first); monday !== null && monday <= today;) {
    const verdict = weekVerdict(history, monday, today, prefs)
    rows.push([
      monday,
      verdict.workdaysAtComputer,
      verdict.goodDays,
      prefs.goals.goodDays,
      verdict.sitting,
      verdict.breaksTaken,
      verdict.breaksOffered,
      prefs.goals.breaksTakenPercent,
      verdict.breaks,
    ])
    monday = addDays(monday, 7)
  }
  return csv([WEEK_COLUMNS, ...rows])
}

function eventsCsv({ history }: ExportSource): string {
  const rows = history.log.map((event) => [
    new Date(event.at).toISOString(),
    event.date,
    event.kind,
    event.outcome,
  ])
  return csv([['time_utc', 'date', 'reminder', 'outcome'], ...rows])
}

function preferencesCsv({ prefs }: ExportSource): string {
  const rows: (string | number)[][] = []
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
      rows.push([path, value.join(' ')])
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}.${index}`))
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`)
    } else {
      rows.push([path, typeof value === 'number' ? value : String(value)])
    }
  }
  walk(prefs, '')
  return csv([['setting', 'value'], ...rows])
}

/** Everything kept, as kept (sitting figures in seconds), with what the file is. */
function everything({ prefs, history, now, appVersion, routines = [] }: ExportSource): unknown {
  return {
    format: 'limber-export',
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    exportedOn: dateKeyOf(new Date(now)),
    appVersion,
    units: {
      sitting: 'seconds (active, longest); longBouts counts stretches without a break over 35 minutes',
      pain: '0 (none) to 10 (the worst)',
    },
    preferences: prefs,
    history: { days: history.days, log: history.log },
    checkIns: history.checkIns,
    sitting: history.sitting,
    routines,
  }
}

function totals(counts: DayCounts | undefined): Record<Outcome, number> {
  const sums: Record<Outcome, number> = {
    done: 0,
    snoozed: 0,
    skipped: 0,
    'timed-out': 0,
    away: 0,
    missed: 0,
    withdrawn: 0,
  }
  for (const perKind of Object.values(counts ?? {})) {
    for (const outcome of OUTCOMES) sums[outcome] += perKind?.[outcome] ?? 0
  }
  return sums
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}

/** One field: numbers as they are; text kept from starting a spreadsheet formula, and quoted when it must be. */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const safe = withoutFormulas(value)
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Where a spreadsheet may start a cell inside a text: its start, and after each character that some spreadsheet
 * splits cells or rows at. Excel splits a .csv at the list separator of the system's region, which is ';' in de,
 * es, fr and pt-BR, and there it reads our double quotes as plain characters, so a ';' (or a line break) inside a
 * quoted text starts a new cell (or row) too. Tab is what a paste into a sheet splits at.
 */
const CELL_STARTS = /(^|[,;\t\r\n])(?=[ "]*[=+\-@]|[\t\r])/g

/**
 * OWASP's CSV-injection advice: a cell a spreadsheet would take for a formula (starting with =, +, -, @, tab or
 * carriage return) gets a leading apostrophe, which spreadsheets read as "this is text" — here at every place a
 * cell may start, for every separator the exported languages' spreadsheets use.
 */
export function withoutFormulas(text: string): string {
  return text.replace(CELL_STARTS, "$1'")
}
