// The history file at start: entries this version cannot read are copied aside before the file is written again
// without them, and the log says what was set aside; everything readable is kept.
import { describe, expect, it } from 'vitest'
import { parseHistory } from '../../main/app/records/history'
import { MemoryStore, TestPlatform } from './test-platform'
import { onScreen, useTestApp } from './test-app'

const STORED = {
  version: 1,
  days: {
    '2026-03-01': { posture: { done: 3, skipped: 1 }, 'yoga-nidra': { done: 2 } },
    '2026-3-1': { posture: { done: 1 } },
    '2026-03-02': { stretch: { done: 1.5, snoozed: 2 } },
  },
  log: [
    { at: Date.parse('2026-03-01T09:00:00Z'), date: '2026-03-01', kind: 'posture', outcome: 'done' },
    { at: Date.parse('2026-03-01T10:00:00Z'), date: '2026-03-01', kind: 'yoga-nidra', outcome: 'done' },
    { at: Date.parse('2026-03-01T11:00:00Z'), date: '2026-3-1', kind: 'posture', outcome: 'done' },
  ],
}

const testApp = useTestApp()
const start = (history: MemoryStore) =>
  testApp.start('2026-03-02T10:00', { platform: new TestPlatform({ history }) })

describe('the history file', () => {
  it('keeps a copy before entries of a newer kind, a malformed date or a fractional count are dropped', async () => {
    const history = new MemoryStore(structuredClone(STORED))
    const started = start(history)
    const { app, platform } = started
    expect(history.backups).toEqual([{ label: 'unreadable', value: STORED }])
    // What was set aside is named (the first three, and how many more), with where the file as it was is kept.
    expect(platform.events('history-set-aside')).toEqual([
      {
        event: 'history-set-aside',
        named: ['days.2026-03-01.yoga-nidra', 'days.2026-3-1', 'days.2026-03-02.stretch.done'],
        more: 2,
        kept: 'memory.unreadable-1.json',
      },
    ])
    expect(platform.logs.find((line) => line.event?.event === 'history-set-aside')?.level).toBe('warn')
    // What could be read is still there after the next write.
    app.handleCommandLine(['--break-now'])
    const showing = await onScreen(started)
    await started.call('reminder:act', { id: showing.id, action: 'done' })
    const written = parseHistory(history.value)
    expect(written.days['2026-03-01']).toEqual({ posture: { done: 3, skipped: 1 } })
    expect(written.days['2026-03-02']).toMatchObject({ stretch: { snoozed: 2 } })
    expect(written.log.map((entry) => entry.kind)).toEqual(['posture', 'posture'])
    app.dispose()
  })

  it('makes no copy of a history it reads whole', () => {
    const clean = {
      version: 1,
      days: { '2026-03-01': { posture: { done: 3 } } },
      log: [STORED.log[0]],
    }
    const history = new MemoryStore(clean)
    const { app, platform } = start(history)
    expect(history.backups).toEqual([])
    expect(platform.logs.filter((entry) => entry.level !== 'info')).toEqual([])
    app.dispose()
  })

  it('keeps a damaged file aside and starts afresh', () => {
    const history = new MemoryStore('{"days": ', true)
    const { app, platform } = start(history)
    expect(history.backups.map((backup) => backup.label)).toEqual(['corrupt'])
    expect(platform.events('history-unreadable')).toHaveLength(1)
    app.dispose()
  })
})
