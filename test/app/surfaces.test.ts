// The surfaces as data: the tray menu for each state, the command-line parser, and the history's counts,
// summary and streak.
import { afterAll, describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../main/app/doors/command-line'
import {
  LOG_MAX_ENTRIES,
  emptyHistory,
  parseHistory,
  recordOutcome,
  summarizeHistory,
  type HistoryData,
} from '../../main/app/records/history'
import { trayView, type TrayState } from '../../main/app/surfaces/tray-menu'
import type { MenuItem } from '../../main/app/platform'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'

// Set before the fixtures below read local times; restored for whatever runs next in this worker.
const ZONE = process.env.TZ
process.env.TZ = 'Europe/Berlin'
afterAll(() => {
  process.env.TZ = ZONE
})

const at = (time: string) => new Date(`2026-03-02T${time}`).getTime()
const base: TrayState = {
  next: { kind: 'stretch', title: 'Stretch break', at: at('10:12') },
  paused: null,
  showing: null,
  night: { bedtime: at('22:30'), wake: new Date('2026-03-03T06:30').getTime() },
  therapy: null,
  live: true,
}
const labels = (items: MenuItem[]): string[] =>
  items.flatMap((item) =>
    item.type === 'separator'
      ? []
      : item.type === 'submenu'
        ? [item.label, ...labels(item.items)]
        : [item.label],
  )

describe('tray menu', () => {
  it('says what comes next and when, and the bedtime', () => {
    const view = trayView(base, at('10:00'), DEFAULT_PREFERENCES)
    expect(view.icon).toBe('active')
    expect(view.tooltip).toBe('Limber — Stretch in 12 min')
    expect(labels(view.menu)).toEqual([
      'Stretch in 12 min',
      'Bedtime 22:30 (in 12 hr 30 min)',
      'Take a break now',
      'Start a stretch now',
      'Therapy timer',
      'Heat (20 min, 1 round)',
      'Ice (20 min on, 20 min off, 3 rounds)',
      'Stop the timer',
      'My back hurts today',
      'Pause',
      '30 minutes',
      '1 hour',
      '2 hours',
      'Until tomorrow morning',
      'Until I resume',
      'Skip next (Stretch)',
      'Settings…',
      'Quit Limber',
    ])
  })

  it('uses hours and minutes for longer waits', () => {
    const next = { kind: 'posture' as const, title: 'Posture break', at: at('11:05') }
    expect(trayView({ ...base, next }, at('10:00'), DEFAULT_PREFERENCES).tooltip).toBe(
      'Limber — Posture break in 1 hr 5 min',
    )
  })

  it('uses clock times when it is not waking every minute to keep a countdown true', () => {
    const view = trayView({ ...base, live: false }, at('10:00'), DEFAULT_PREFERENCES)
    expect(labels(view.menu).slice(0, 2)).toEqual(['Stretch at 10:12', 'Bedtime 22:30'])
  })

  it('names the day of a next reminder that is not today, once: "Stretch tomorrow at 09:00"', () => {
    const next = {
      kind: 'stretch' as const,
      title: 'Stretch break',
      at: new Date('2026-03-03T09:00').getTime(),
    }
    const view = trayView({ ...base, next, live: false }, at('23:00'), DEFAULT_PREFERENCES)
    expect(view.tooltip).toBe('Limber — Stretch tomorrow at 09:00')
  })

  it('shows the paused state with its end and offers Resume instead of Pause', () => {
    const view = trayView({ ...base, paused: { until: at('14:30') } }, at('10:00'), DEFAULT_PREFERENCES)
    expect(view.icon).toBe('paused')
    expect(labels(view.menu)).toContain('Paused until 14:30')
    expect(labels(view.menu)).toContain('Resume')
    expect(labels(view.menu)).not.toContain('Pause')
    const skip = view.menu.find((item) => item.type !== 'separator' && item.id === 'skip-next')
    expect(skip && skip.type === 'normal' && skip.enabled).toBe(false)
  })

  it('shows a reminder on screen with the due icon', () => {
    const view = trayView(
      { ...base, showing: { kind: 'posture', title: 'Posture break' } },
      at('10:00'),
      DEFAULT_PREFERENCES,
    )
    expect(view.icon).toBe('due')
    expect(labels(view.menu).slice(0, 2)).toEqual(['Posture break now', 'Show the break'])
  })

  it('says how long the night runs during the sleep window, and nothing of bedtime when it is off', () => {
    const night = trayView(base, at('23:00'), DEFAULT_PREFERENCES)
    expect(labels(night.menu)).toContain('Sleep time until tomorrow at 06:30')
    const off = { ...DEFAULT_PREFERENCES, bedtime: { ...DEFAULT_PREFERENCES.bedtime, enabled: false } }
    expect(labels(trayView(base, at('10:00'), off).menu).some((label) => label.startsWith('Bedtime'))).toBe(
      false,
    )
  })
})

describe('command line', () => {
  it.each([
    [['--pause', '30m'], { type: 'pause', duration: '30m' }],
    [['--pause=2h'], { type: 'pause', duration: '2h' }],
    [['--pause', 'until-morning'], { type: 'pause', duration: 'until-morning' }],
    [['--pause', 'forever'], { type: 'pause', duration: 'forever' }],
    [['--resume'], { type: 'resume' }],
    [['--break-now'], { type: 'break-now' }],
    [['--stretch-now'], { type: 'stretch-now' }],
    [['--settings'], { type: 'settings' }],
    [['--quit'], { type: 'quit' }],
    [[], { type: 'settings' }],
  ])('understands %j', (args, command) => {
    expect(parseCommandLine(args)).toEqual({ ok: true, command })
  })

  it('ignores the switches Chromium and the OS add to a relaunch', () => {
    expect(
      parseCommandLine(['--allow-file-access-from-files', '--enable-logging', '--inspect=9229', '--resume']),
    ).toEqual({
      ok: true,
      command: { type: 'resume' },
    })
  })

  it('says what is allowed, and where the bad argument is, without repeating what was typed', () => {
    expect(parseCommandLine(['--pause', '3h'])).toEqual({
      ok: false,
      message: '--pause needs how long: 30m, 1h, 2h, until-morning, forever.',
    })
    expect(parseCommandLine(['--snooze'])).toEqual({
      ok: false,
      message: expect.stringMatching(/^Argument 1 is not one Limber knows\. Use one of: --pause/),
    })
    expect(parseCommandLine(['--resume=now'])).toEqual({
      ok: false,
      message: expect.stringMatching(/^--resume takes no value\. Use one of: --pause/),
    })
    expect(parseCommandLine(['--settings', 'x'.repeat(5000)])).toEqual({
      ok: false,
      message: expect.stringMatching(/^Argument 2 is too long \(at most 4096 characters\)\. Use one of/),
    })
    expect(parseCommandLine(['--pause', '1h', '--resume'])).toMatchObject({
      ok: false,
      message: /one command at a time/,
    })
  })
})

describe('history', () => {
  const event = (
    date: string,
    outcome: 'done' | 'snoozed' | 'skipped' | 'timed-out' | 'away',
    kind = 'posture' as const,
  ) => ({
    at: new Date(`${date}T10:00`).getTime(),
    date,
    kind,
    outcome,
  })

  it('counts each outcome per day and kind, and sums a 14-day summary with today last', () => {
    let history: HistoryData = emptyHistory()
    for (const outcome of ['done', 'done', 'snoozed', 'skipped', 'timed-out', 'away'] as const) {
      history = recordOutcome(history, event('2026-03-02', outcome))
    }
    const summary = summarizeHistory(history, '2026-03-02')
    expect(summary.days).toHaveLength(14)
    expect(summary.days[0]!.date).toBe('2026-02-17')
    // Breaks taken: the two done; offered: those, the skipped and the timed-out one (not the one due while away).
    expect(summary.days[13]).toEqual({
      date: '2026-03-02',
      done: 3,
      snoozed: 1,
      skipped: 1,
      timedOut: 1,
      breaksTaken: 2,
      breaksOffered: 4,
    })
    expect(summary.totalDone).toBe(3)
  })

  it('counts the streak back from today, or from yesterday while today has no break yet', () => {
    let history = emptyHistory()
    for (const date of ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']) {
      history = recordOutcome(history, event(date, 'done'))
    }
    expect(summarizeHistory(history, '2026-03-02').streak).toBe(4)
    history = recordOutcome(history, event('2026-03-02', 'done'))
    expect(summarizeHistory(history, '2026-03-02').streak).toBe(5)
    expect(summarizeHistory(history, '2026-03-04').streak).toBe(0)
  })

  it('keeps daily counts for good but bounds the raw log by age and length', () => {
    let history = emptyHistory()
    history = recordOutcome(history, event('2025-11-01', 'done'))
    history = recordOutcome(history, event('2026-03-02', 'done'))
    expect(history.log.map((e) => e.date)).toEqual(['2026-03-02'])
    expect(Object.keys(history.days)).toEqual(['2025-11-01', '2026-03-02'])
    for (let i = 0; i < LOG_MAX_ENTRIES + 10; i++)
      history = recordOutcome(history, event('2026-03-02', 'skipped'))
    expect(history.log).toHaveLength(LOG_MAX_ENTRIES)
  })

  it('reads back only well-formed entries from a stored file', () => {
    const parsed = parseHistory({
      days: {
        '2026-03-02': { posture: { done: 2, bogus: 5, skipped: -1 } },
        nonsense: {},
        __proto__: { x: 1 },
      },
      log: [{ at: 1, date: '2026-03-02', kind: 'posture', outcome: 'done' }, { at: 'x' }, null],
    })
    expect(parsed.days).toEqual({ '2026-03-02': { posture: { done: 2 } } })
    expect(parsed.log).toHaveLength(1)
    expect(parseHistory('garbage')).toEqual(emptyHistory())
  })
})
