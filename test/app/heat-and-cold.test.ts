// Heat and cold that cannot hurt, as a user lives it through the app: heat comes first in the tray; a run's first
// notice carries the skin-safety lines; and a run never ends in silence. However it ends (its last round, Stop, a
// new run in its place, a sleep through its end, or an end that came while Limber was not running) the last notice
// says "Take the pack off now". The limits hold everywhere a timing can come from: the settings window, the file
// on disk (migrated with a note, the rest kept) and a run stored by an older version.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { MemoryStore, TestPlatform, inTimeZone, useFakeClock } from './test-platform'
import { hhmm, useTestApp, type StartOptions, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()
let run: Started | null = null
function start(at = '2026-03-02T10:00', options: StartOptions = {}): Started {
  run = testApp.start(at, options)
  return run
}

const TAKE_OFF = 'Take the pack off now'
const therapyNotices = (s: Started) => s.platform.notifications.filter((n) => n.id.startsWith('therapy'))
const told = (s: Started) => therapyNotices(s).map((n) => `${hhmm(n.at)} ${n.title}`)
const lastTitle = (s: Started) => therapyNotices(s).at(-1)?.title

describe('the tray offers heat first', () => {
  it('lists heat before ice in the therapy timer', () => {
    const s = start()
    const labels = s.platform.menuLabels
    expect(labels.findIndex((l) => l.startsWith('Heat ('))).toBeLessThan(
      labels.findIndex((l) => l.startsWith('Ice (')),
    )
  })
})

describe('the first notice of a run', () => {
  it('says, for heat: a layer between, never on numb or broken skin, never fall asleep with it on', () => {
    const s = start()
    s.platform.clickMenu('therapy-heat')
    const first = therapyNotices(s)[0]!
    expect(first.title).toBe('Heat on')
    expect(first.body).toMatch(/layer between heat and skin/)
    expect(first.body).toMatch(/never on numb or broken skin/)
    expect(first.body).toMatch(/fall asleep/)
    expect(first.body).toMatch(/20 minutes on\.$/)
  })

  it('says, for ice: a cloth, never on numb or broken skin, stop if the skin goes very red or white', () => {
    const s = start()
    s.platform.clickMenu('therapy-ice')
    const first = therapyNotices(s)[0]!
    expect(first.title).toBe('Ice on')
    expect(first.body).toMatch(/cloth.*never on numb or broken skin.*very red or white/)
  })
})

describe('a run never ends without “Take the pack off now”', () => {
  it('after heat’s one round', () => {
    const s = start()
    s.platform.clickMenu('therapy-heat')
    s.platform.work(25)
    expect(told(s)).toEqual(['10:00 Heat on', `10:20 ${TAKE_OFF}`])
    expect(therapyNotices(s).at(-1)?.body).toMatch(/last round.*check your skin/i)
  })

  it('after ice’s last round, and not before', () => {
    const s = start()
    s.platform.clickMenu('therapy-ice')
    s.platform.work(3 * 40)
    expect(told(s)).toEqual([
      '10:00 Ice on',
      '10:20 Ice off — time to rest',
      '10:40 Ice on',
      '11:00 Ice off — time to rest',
      '11:20 Ice on',
      `11:40 ${TAKE_OFF}`,
    ])
  })

  it('when the user stops it, from the tray or a window', async () => {
    const s = start()
    s.platform.clickMenu('therapy-heat')
    s.platform.work(5)
    s.platform.clickMenu('therapy-stop')
    expect(told(s)).toEqual(['10:00 Heat on', `10:05 ${TAKE_OFF}`])
    s.platform.work(30)
    expect(therapyNotices(s)).toHaveLength(2)

    await s.app.handleIpc('therapy:start', { mode: 'ice' }, 'settings')
    await s.app.handleIpc('therapy:stop', undefined, 'settings')
    expect(lastTitle(s)).toBe(TAKE_OFF)
  })

  it('when another run takes its place: the old pack comes off before the new one goes on', () => {
    const s = start()
    s.platform.clickMenu('therapy-ice')
    s.platform.work(10)
    s.platform.clickMenu('therapy-heat')
    expect(told(s)).toEqual(['10:00 Ice on', `10:10 ${TAKE_OFF}`, '10:10 Heat on'])
  })

  it('when the machine sleeps through the end: once, on waking', () => {
    const s = start()
    s.platform.clickMenu('therapy-ice')
    s.platform.sleep(3 * 60)
    expect(told(s)).toEqual(['10:00 Ice on', `13:00 ${TAKE_OFF}`])
    expect(s.platform.menuLabels.some((l) => l.startsWith('Ice on'))).toBe(false)
  })

  it('when the run ended while Limber was not running: at the next start', () => {
    const s = start()
    s.platform.clickMenu('therapy-heat')
    s.platform.work(5)
    s.app.dispose()
    // Quit at 10:05; started again at 12:00, long after the heat's round ended at 10:20.
    const platform = new TestPlatform({
      preferences: s.platform.preferencesStore,
      history: s.platform.historyStore,
      state: s.platform.stateStore,
    })
    s.platform.jumpClock(115)
    run = testApp.again({ platform })
    expect(platform.notifications.map((n) => n.title)).toEqual([TAKE_OFF])
    // Said once: not again at the next start.
    run.app.dispose()
    const again = new TestPlatform({
      preferences: platform.preferencesStore,
      history: platform.historyStore,
      state: platform.stateStore,
    })
    run = testApp.again({ platform: again })
    expect(again.notifications).toEqual([])
  })

  it('in every language, in that language', () => {
    const s = start('2026-03-02T10:00', { systemLanguages: ['de-DE'] })
    s.platform.clickMenu('therapy-heat')
    s.platform.work(25)
    expect(therapyNotices(s).map((n) => n.title)).toEqual([
      'Wärme auflegen',
      'Kühl- oder Wärmepack jetzt abnehmen',
    ])
  })
})

describe('limits that cannot run all day', () => {
  const set = async (s: Started, therapy: Partial<typeof DEFAULT_PREFERENCES.therapy>) =>
    await s.call('prefs:set', { therapy }, 'settings')

  it('keeps cold on for 20 minutes a round at most, heat for 30, naming the field and the range', async () => {
    const s = start()
    const cold = await set(s, { iceOnMinutes: 21 })
    expect(cold).toEqual({
      ok: false,
      errors: [
        {
          path: 'therapy.iceOnMinutes',
          message: 'therapy.iceOnMinutes must be a whole number from 5 to 20, got 21',
        },
      ],
    })
    expect((await set(s, { heatOnMinutes: 31 })).ok).toBe(false)
    expect((await set(s, { heatOnMinutes: 30 })).ok).toBe(true)
    expect(s.platform.preferencesStore.value).toMatchObject({
      therapy: { iceOnMinutes: 20, heatOnMinutes: 30 },
    })
  })

  it('keeps cold off at least as long as it was on, and stores nothing that breaks the rule', async () => {
    const s = start()
    const refused = await set(s, { iceOnMinutes: 15, iceOffMinutes: 10 })
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.errors[0]?.path).toBe('therapy.iceOffMinutes')
    expect(s.platform.preferencesStore.value).toMatchObject({
      therapy: { iceOnMinutes: 20, iceOffMinutes: 20 },
    })
    expect((await set(s, { iceOnMinutes: 15, iceOffMinutes: 15 })).ok).toBe(true)
    // Heat has no such rule: its rest may be shorter than its round.
    expect((await set(s, { heatOnMinutes: 30, heatOffMinutes: 10 })).ok).toBe(true)
  })

  it('brings a stored file’s out-of-range timings into range with a note, keeping every other setting', () => {
    const stored = {
      ...structuredClone(DEFAULT_PREFERENCES),
      therapy: { ...DEFAULT_PREFERENCES.therapy, iceOnMinutes: 30, iceOffMinutes: 10, heatOnMinutes: 45 },
      posture: { ...DEFAULT_PREFERENCES.posture, everyMinutes: 45 },
      bedtime: { ...DEFAULT_PREFERENCES.bedtime, bedtime: '23:15' },
      language: 'fr',
    }
    const s = start('2026-03-02T10:00', { preferences: stored })
    expect(s.platform.preferencesStore.value).toEqual({
      ...stored,
      therapy: { ...DEFAULT_PREFERENCES.therapy, iceOnMinutes: 20, iceOffMinutes: 20, heatOnMinutes: 20 },
    })
    // The note, in the user's language, names what changed; the old file is kept beside the new one.
    expect(s.platform.informed).toHaveLength(1)
    expect(s.platform.informed[0]!.body).toMatch(/therapy\.iceOnMinutes/)
    expect(s.platform.informed[0]!.body).toMatch(/therapy\.iceOffMinutes/)
    expect(s.platform.informed[0]!.body).toMatch(/therapy\.heatOnMinutes/)
    expect(s.platform.preferencesStore.backups.map((b) => b.label)).toEqual(['repaired'])
  })

  it('shortens a run stored by an older version with longer rounds, so the pack still comes off in time', () => {
    useFakeClock('2026-03-02T10:10')
    const startedAt = new Date('2026-03-02T10:00').getTime()
    const state = new MemoryStore({
      version: 1,
      therapy: {
        run: { mode: 'ice', startedAt, onMinutes: 45, offMinutes: 10, cycles: 2 },
        notifiedPhase: 0,
      },
    })
    const platform = new TestPlatform({ state })
    run = testApp.again({ platform })
    platform.work(15)
    // On at most 20 minutes (10:20), then off at least as long (20 minutes), then the last round.
    platform.work(60)
    expect(therapyNotices(run).map((n) => `${hhmm(n.at)} ${n.title}`)).toEqual([
      '10:20 Ice off — time to rest',
      '10:40 Ice on',
      `11:00 ${TAKE_OFF}`,
    ])
  })
})
