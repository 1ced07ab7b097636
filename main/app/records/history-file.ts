// Where what became of each reminder is recorded: the history file, read once at start and written after every
// outcome (done, snoozed, skipped, timed out, away, missed, withdrawn), every check-in, and when the sitting
// figures are brought up to date (sitting.ts). The data and its rules are in history.ts and day-records.ts.
// Entries this version cannot read (written by a newer Limber, or edited by hand) would vanish at the next write,
// so the file is first copied aside as history.unreadable-<timestamp>.json and the log says what was set aside, as
// the preferences file does for values it cannot keep.
import { logEvent } from '../log-events'
import { dateKeyOf, type DateKey } from '../../core/local-time'
import type { Preferences } from '../../core/preferences/index'
import type { ReminderKind } from '../../core/planning/reminders'
import type { SittingDay } from '../../core/sitting'
import { boundDays, type CheckIn } from './day-records'
import {
  emptyHistory,
  readHistory,
  recordOutcome,
  summarizeHistory,
  type HistoryData,
  type Outcome,
} from './history'
import type { HistorySummary } from '../ipc-contract'
import type { Platform } from '../platform'
import { fileName } from './store-read'

type Io = Pick<Platform, 'historyStore' | 'log'>

export class HistoryFile {
  private history: HistoryData

  constructor(private readonly platform: Io) {
    this.history = loadHistory(platform)
  }

  record(kind: ReminderKind, outcome: Outcome, at: number): void {
    this.history = recordOutcome(this.history, { at, date: dateKeyOf(new Date(at)), kind, outcome })
    this.write()
  }

  /** Keeps the day's check-in (a second one the same day replaces the first). */
  saveCheckIn(date: DateKey, checkIn: CheckIn): void {
    this.history = { ...this.history, checkIns: boundDays({ ...this.history.checkIns, [date]: checkIn }) }
    this.write()
  }

  checkInOn(date: DateKey): CheckIn | undefined {
    return this.history.checkIns[date]
  }

  /** The sitting figures as they stand (sitting.ts adds to them). */
  get sitting(): Readonly<Record<DateKey, SittingDay>> {
    return this.history.sitting
  }

  /** Replaces the sitting figures; written to the file with the next write (`write` now, or the next outcome). */
  setSitting(days: Record<DateKey, SittingDay>, write: boolean): void {
    this.history = { ...this.history, sitting: boundDays(days) }
    if (write) this.write()
  }

  /** Everything kept, for "Export my data". */
  get data(): Readonly<HistoryData> {
    return this.history
  }

  summary(now: number, prefs: Preferences): HistorySummary {
    return summarizeHistory(this.history, dateKeyOf(new Date(now)), prefs)
  }

  private write(): void {
    try {
      this.platform.historyStore.write(this.history)
    } catch (error) {
      this.platform.log('error', 'could not write the history', error)
    }
  }
}

export function loadHistory(platform: Io): HistoryData {
  let read: ReturnType<Io['historyStore']['read']>
  try {
    read = platform.historyStore.read()
  } catch (error) {
    platform.log('error', 'could not read the history file', error)
    return emptyHistory()
  }
  if (read.corrupt) {
    const kept = read.backupPath ?? backup(platform, 'corrupt')
    logEvent(platform, { event: 'history-unreadable', kept: fileName(kept) })
    return emptyHistory()
  }
  const { history, dropped, named } = readHistory(read.value)
  if (dropped > 0) {
    const kept = backup(platform, 'unreadable')
    logEvent(platform, {
      event: 'history-set-aside',
      named,
      more: dropped - named.length,
      kept: kept && fileName(kept),
    })
  }
  return history
}

function backup(platform: Io, label: string): string | undefined {
  try {
    return platform.historyStore.backup(label)
  } catch (error) {
    platform.log('error', 'could not back up the history file', error)
    return undefined
  }
}
