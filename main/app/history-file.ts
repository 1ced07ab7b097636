// Where what became of each reminder is recorded: the history file, read once at start and written after every
// outcome (done, snoozed, skipped, timed out, away, missed, withdrawn). The data and its rules are in history.ts.
import { dateKeyOf } from '../core/local-time'
import type { ReminderKind } from '../core/reminders'
import {
  emptyHistory,
  parseHistory,
  recordOutcome,
  summarizeHistory,
  type HistoryData,
  type Outcome,
} from './history'
import type { HistorySummary } from './ipc-contract'
import type { Platform } from './platform'
import { readStore } from './store-read'

export class HistoryFile {
  private history: HistoryData

  constructor(private readonly platform: Pick<Platform, 'historyStore' | 'log'>) {
    this.history = parseHistory(readStore(platform, platform.historyStore, 'history') ?? emptyHistory())
  }

  record(kind: ReminderKind, outcome: Outcome, at: number): void {
    this.history = recordOutcome(this.history, { at, date: dateKeyOf(new Date(at)), kind, outcome })
    try {
      this.platform.historyStore.write(this.history)
    } catch (error) {
      this.platform.log('error', 'could not write the history', error)
    }
  }

  summary(now: number): HistorySummary {
    return summarizeHistory(this.history, dateKeyOf(new Date(now)))
  }
}
