// Preferences as the product promises them: the defaults are valid, every bad value gets a message naming the field
// and what is allowed, garbage never throws or pollutes, and migration keeps every value it can.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_VERSION,
  mergePreferences,
  migratePreferences,
  validatePreferences,
  type Preferences,
} from '../main/core/preferences/index'

/** The defaults with one dotted field replaced. */
function withField(path: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(DEFAULT_PREFERENCES)) as Record<string, unknown>
  const keys = path.split('.')
  let node = copy
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[keys[keys.length - 1]!] = value
  return copy
}

function errorsFor(input: unknown) {
  const result = validatePreferences(input)
  if (result.ok) throw new Error('expected the preferences to be rejected')
  return result.errors
}

/** Whole-number fields of the contract with their allowed ranges. */
const RANGES: [path: string, min: number, max: number][] = [
  ['posture.everyMinutes', 5, 240],
  ['posture.durationSeconds', 10, 600],
  ['stretch.everyMinutes', 10, 480],
  ['stretch.stretchesPerBreak', 1, 6],
  ['stretch.holdSeconds', 8, 30],
  ['stretch.repetitions', 1, 10],
  ['bedtime.windDownMinutes', 0, 240],
  ['bedtime.getReadyMinutes', 0, 120],
  ['naturalBreaks.idleMinutes', 1, 60],
  ['snoozeMinutes', 1, 60],
]
const SWITCHES = [
  'posture.enabled',
  'stretch.enabled',
  'bedtime.enabled',
  'naturalBreaks.enabled',
  'dontInterrupt.fullScreen',
  'dontInterrupt.calls',
  'dontInterrupt.doNotDisturb',
]
const TIMES = ['bedtime.bedtime', 'bedtime.wakeTime']

describe('preferences', () => {
  it('accepts the defaults from the product description', () => {
    const result = validatePreferences(DEFAULT_PREFERENCES)
    expect(result.ok).toBe(true)
    expect(DEFAULT_PREFERENCES).toMatchObject({
      version: PREFERENCES_VERSION,
      posture: { enabled: true, everyMinutes: 30, durationSeconds: 60 },
      stretch: { enabled: true, everyMinutes: 60, stretchesPerBreak: 3, holdSeconds: 10, repetitions: 2 },
      bedtime: {
        enabled: true,
        bedtime: '22:30',
        wakeTime: '06:30',
        windDownMinutes: 120,
        getReadyMinutes: 30,
      },
      naturalBreaks: { enabled: true, idleMinutes: 5 },
      snoozeMinutes: 5,
      // Optional extras start off: no sound, no heads-up, no full-screen break, no work-hours limit.
      notifications: { sound: false, headsUpSeconds: 0 },
      breakWindow: { fullScreen: false },
      // Reminders wait through full-screen apps, presentations, calls and Do Not Disturb.
      dontInterrupt: { fullScreen: true, calls: true, doNotDisturb: true },
      workHours: { enabled: false },
      activities: { strength: { enabled: false }, yoga: { enabled: false }, custom: [] },
    })
  })

  for (const [path, min, max] of RANGES) {
    it(`rejects ${path} outside ${min}–${max}, naming the field and the range`, () => {
      for (const value of [min - 1, max + 1, min + 0.5]) {
        const errors = errorsFor(withField(path, value))
        expect(errors).toHaveLength(1)
        expect(errors[0]!.path).toBe(path)
        expect(errors[0]!.message).toBe(`${path} must be a whole number from ${min} to ${max}, got ${value}`)
      }
      expect(validatePreferences(withField(path, min)).ok).toBe(true)
      expect(validatePreferences(withField(path, max)).ok).toBe(true)
    })

    it(`rejects ${path} of the wrong type`, () => {
      for (const value of [String(min), null, true, [min], { value: min }]) {
        const errors = errorsFor(withField(path, value))
        expect(errors.map((e) => e.path)).toEqual([path])
        expect(errors[0]!.message).toContain(`${path} must be a whole number from ${min} to ${max}`)
      }
    })
  }

  for (const path of SWITCHES) {
    it(`rejects ${path} unless it is true or false`, () => {
      for (const value of ['yes', 1, null, {}]) {
        const errors = errorsFor(withField(path, value))
        expect(errors.map((e) => e.path)).toEqual([path])
        expect(errors[0]!.message).toMatch(new RegExp(`^${path.replace('.', '\\.')} must be a boolean, got `))
      }
    })
  }

  for (const path of TIMES) {
    it(`rejects ${path} unless it is a 24-hour HH:MM time`, () => {
      for (const value of ['24:00', '6:30', '06:60', '', 2230, null]) {
        const errors = errorsFor(withField(path, value))
        expect(errors.map((e) => e.path)).toEqual([path])
        expect(errors[0]!.message).toContain(`${path} must be a time as HH:MM (00:00–23:59)`)
      }
    })
  }

  it('rejects a version other than the current one', () => {
    for (const value of [0, 2, '1', null]) {
      const errors = errorsFor(withField('version', value))
      expect(errors.map((e) => e.path)).toEqual(['version'])
      expect(errors[0]!.message).toContain(`version must be ${PREFERENCES_VERSION}`)
    }
  })

  it('rejects a disabled-stretches list that is not a list of distinct names', () => {
    const path = 'stretch.disabledStretches'
    expect(errorsFor(withField(path, 'cat-cow')).map((e) => e.path)).toEqual([path])
    expect(errorsFor(withField(path, ['cat-cow', 'cat-cow']))[0]!.message).toBe(
      `${path} must not repeat an item`,
    )
    expect(errorsFor(withField(path, [''])).map((e) => e.path)).toEqual([`${path}.0`])
    const tooMany = Array.from({ length: 201 }, (_, i) => `stretch-${i}`)
    expect(errorsFor(withField(path, tooMany))[0]!.message).toBe(`${path} may hold at most 200 items`)
  })

  it('reports every bad field at once', () => {
    const input = withField('snoozeMinutes', 0) as Preferences
    input.stretch.holdSeconds = 90
    const errors = errorsFor(input)
    expect(errors.map((e) => e.path).sort()).toEqual(['snoozeMinutes', 'stretch.holdSeconds'])
    expect(errors.find((e) => e.path === 'stretch.holdSeconds')!.message).toBe(
      'stretch.holdSeconds must be a whole number from 8 to 30, got 90',
    )
  })

  it('never throws and never pollutes, whatever it is given', () => {
    const deepJunk: Record<string, unknown> = {}
    let node = deepJunk
    for (let i = 0; i < 2_000; i++) node = node.next = {}
    const garbage: unknown[] = [
      null,
      undefined,
      [],
      [DEFAULT_PREFERENCES],
      'preferences',
      42,
      NaN,
      true,
      Symbol('x'),
      () => DEFAULT_PREFERENCES,
      deepJunk,
      { posture: { enabled: { enabled: { enabled: [] } } }, stretch: [[[]]], bedtime: 'x'.repeat(1_000_000) },
      JSON.parse('{"__proto__":{"polluted":1}}'),
      JSON.parse('{"posture":{"__proto__":{"polluted":1}},"constructor":{"prototype":{"polluted":1}}}'),
      { ...DEFAULT_PREFERENCES, snoozeMinutes: 'x'.repeat(1_000_000) },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom')
          },
          ownKeys: () => {
            throw new Error('boom')
          },
        },
      ),
    ]
    for (const input of garbage) {
      expect(() => validatePreferences(input)).not.toThrow()
      expect(validatePreferences(input).ok).toBe(false)
      expect(() => migratePreferences(input)).not.toThrow()
      expect(validatePreferences(migratePreferences(input).value).ok).toBe(true)
      expect(() => mergePreferences(DEFAULT_PREFERENCES, input)).not.toThrow()
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    const huge = errorsFor({ ...DEFAULT_PREFERENCES, snoozeMinutes: 'x'.repeat(1_000_000) })
    expect(huge[0]!.message.length).toBeLessThan(200)
  })

  it('refuses a settings change that smuggles in __proto__, keeping the stored values', () => {
    const patch = JSON.parse('{"snoozeMinutes":10,"__proto__":{"polluted":1}}')
    const merged = mergePreferences(DEFAULT_PREFERENCES, patch)
    const result = validatePreferences(merged)
    expect(result.ok).toBe(false)
    expect(DEFAULT_PREFERENCES.snoozeMinutes).toBe(5)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects a bedtime equal to the wake time, for the usual night and for each exception', () => {
    const same = withField('bedtime.wakeTime', DEFAULT_PREFERENCES.bedtime.bedtime)
    expect(errorsFor(same)).toEqual([
      { path: 'bedtime.wakeTime', message: 'bedtime.wakeTime must differ from bedtime.bedtime' },
    ])
    const override = withField('bedtime.overrides', {
      '5': { bedtime: '23:30', wakeTime: '08:00' },
      '6': { bedtime: '00:30', wakeTime: '00:30' },
    })
    expect(errorsFor(override)).toEqual([
      {
        path: 'bedtime.overrides.6.wakeTime',
        message: 'bedtime.overrides.6.wakeTime must differ from bedtime.overrides.6.bedtime',
      },
    ])
  })

  it('answers at once about a settings file holding a huge list, naming the field and its limit', () => {
    // A regression here shows as a test timeout: the uniqueItems check alone took minutes on such a list.
    const huge = Array.from({ length: 200_000 }, (_, i) => `stretch-${i}`)
    const repeating = Array.from({ length: 200_000 }, (_, i) => `stretch-${i % 100}`)
    const path = 'stretch.disabledStretches'
    expect(errorsFor(withField(path, huge))).toEqual([
      { path, message: `${path} may hold at most 200 items` },
    ])
    expect(errorsFor(withField(path, repeating))).toEqual([
      { path, message: `${path} may hold at most 200 items` },
    ])
    const days = Array.from({ length: 200_000 }, (_, i) => i % 7)
    const custom = [{ id: 'water', enabled: true, title: 'Water', time: '15:00', weekdays: days }]
    expect(errorsFor(withField('activities.custom', custom))).toEqual([
      {
        path: 'activities.custom.0.weekdays',
        message: 'activities.custom.0.weekdays may hold at most 7 items',
      },
    ])

    const migrated = migratePreferences(withField(path, huge))
    expect(migrated.value.stretch.disabledStretches).toEqual(huge.slice(0, 200))
    expect(migrated.replaced).toEqual([path])
    const repeated = migratePreferences(
      withField(
        path,
        Array.from({ length: 200_000 }, (_, i) => `s-${i % 3}`),
      ),
    )
    expect(repeated.value.stretch.disabledStretches).toEqual(['s-0', 's-1', 's-2'])
    const customDays = migratePreferences(withField('activities.custom', custom))
    expect(customDays.value.activities.custom).toEqual([])
    expect(validatePreferences(customDays.value).ok).toBe(true)
  })

  it('lets a settings change replace the per-evening exceptions whole, so one can be removed', () => {
    const current = validatePreferences(
      withField('bedtime.overrides', {
        '5': { bedtime: '23:30', wakeTime: '08:00' },
        '6': { bedtime: '23:45', wakeTime: '08:30' },
      }),
    )
    if (!current.ok) throw new Error('test preferences are invalid')
    const merged = mergePreferences(current.value, {
      bedtime: { overrides: { '6': { bedtime: '23:45', wakeTime: '08:30' } } },
    })
    const result = validatePreferences(merged)
    expect(result.ok && result.value.bedtime.overrides).toEqual({
      '6': { bedtime: '23:45', wakeTime: '08:30' },
    })
    const cleared = validatePreferences(mergePreferences(current.value, { bedtime: { overrides: {} } }))
    expect(cleared.ok && cleared.value.bedtime).toEqual({ ...current.value.bedtime, overrides: {} })
    // Other objects still merge key by key.
    const partial = validatePreferences(mergePreferences(current.value, { bedtime: { bedtime: '23:00' } }))
    expect(partial.ok && partial.value.bedtime.overrides).toEqual(current.value.bedtime.overrides)
  })

  describe('migration', () => {
    it('leaves current, valid preferences as they are', () => {
      const stored = withField('posture.everyMinutes', 45)
      const result = migratePreferences(stored)
      expect(result).toEqual({ value: stored, replaced: [], unchanged: true })
    })

    it('gives a file from before "Don\'t interrupt" existed its defaults, keeps every value and reports nothing', () => {
      const stored = withField('posture.everyMinutes', 45) as Record<string, unknown>
      delete stored.dontInterrupt
      const { value, replaced, unchanged } = migratePreferences(stored)
      expect(replaced).toEqual([])
      expect(unchanged).toBe(false) // written back with the new section
      expect(value).toEqual({
        ...stored,
        dontInterrupt: { fullScreen: true, calls: true, doNotDisturb: true, screenKeptOn: false },
      })
      // A section that is there but damaged is still repaired and reported, as any other (a setting it lacks
      // takes its default silently, as every setting a file never had).
      const damaged = migratePreferences({ ...stored, dontInterrupt: { calls: 'yes', fullScreen: false } })
      expect(damaged.value.dontInterrupt).toEqual({
        fullScreen: false,
        calls: true,
        doNotDisturb: true,
        screenKeptOn: false,
      })
      expect(damaged.replaced).toEqual(['dontInterrupt.calls'])
    })

    it('gives settings a file never had their defaults, without calling them reset, and writes them', () => {
      // A file from before the sore-back plan: no soreBack, no checkIn, no stretch.deskOnly.
      const older = structuredClone(DEFAULT_PREFERENCES) as Record<string, unknown>
      delete older.soreBack
      delete older.checkIn
      delete (older.stretch as Record<string, unknown>).deskOnly
      ;(older.posture as Record<string, unknown>).everyMinutes = 45
      const { value, replaced, unchanged } = migratePreferences(older)
      expect(replaced).toEqual([])
      expect(unchanged).toBe(false)
      expect(value.posture.everyMinutes).toBe(45)
      expect(value.soreBack).toEqual(DEFAULT_PREFERENCES.soreBack)
      expect(value.checkIn).toEqual({ enabled: false })
      expect(value.stretch.deskOnly).toBe(false)
      expect(validatePreferences(value).ok).toBe(true)
    })

    it('names the field and its range for a sore-back value out of range', () => {
      expect(errorsFor(withField('soreBack.moveEveryMinutes', 5))).toEqual([
        {
          path: 'soreBack.moveEveryMinutes',
          message: 'soreBack.moveEveryMinutes must be a whole number from 10 to 60, got 5',
        },
      ])
      expect(errorsFor(withField('soreBack.braceMinutes', 600))[0]?.message).toBe(
        'soreBack.braceMinutes must be a whole number from 15 to 240, got 600',
      )
    })

    it('carries an older (version 0) store over, snooze seconds and flat idle minutes included', () => {
      const old = {
        version: 0,
        posture: { enabled: false, everyMinutes: 45, durationSeconds: 90 },
        snoozeSeconds: 600,
        idleMinutes: 7,
      }
      const { value, unchanged } = migratePreferences(old)
      expect(unchanged).toBe(false)
      expect(value.version).toBe(PREFERENCES_VERSION)
      expect(value.posture).toEqual({ enabled: false, everyMinutes: 45, durationSeconds: 90 })
      expect(value.snoozeMinutes).toBe(10)
      expect(value.naturalBreaks).toEqual({ enabled: true, idleMinutes: 7 })
      expect(value.stretch).toEqual(DEFAULT_PREFERENCES.stretch)
      expect(validatePreferences(value).ok).toBe(true)
    })

    it('repairs a damaged store field by field, keeps the valid values and reports what it replaced', () => {
      const damaged = {
        version: PREFERENCES_VERSION,
        posture: { enabled: true, everyMinutes: 25, durationSeconds: 'long' },
        stretch: {
          ...DEFAULT_PREFERENCES.stretch,
          holdSeconds: 90,
          repetitions: 4,
          disabledStretches: ['cat-cow', 3],
        },
        bedtime: { ...DEFAULT_PREFERENCES.bedtime, bedtime: '23:15', wakeTime: '7am' },
        naturalBreaks: null,
        snoozeMinutes: 15,
        activities: {
          ...DEFAULT_PREFERENCES.activities,
          custom: [
            { id: 'water', enabled: true, title: 'Glass of water', time: '15:00', weekdays: [1, 2] },
            { id: 'bad', enabled: true, title: 'Broken', time: '25:00', weekdays: [1] },
          ],
        },
        leftover: true,
      }
      const { value, replaced, unchanged } = migratePreferences(damaged)
      expect(unchanged).toBe(false)
      expect(value.posture).toEqual({ enabled: true, everyMinutes: 25, durationSeconds: 60 })
      expect(value.stretch.holdSeconds).toBe(10)
      expect(value.stretch.repetitions).toBe(4)
      expect(value.stretch.disabledStretches).toEqual(['cat-cow'])
      expect(value.bedtime.bedtime).toBe('23:15')
      expect(value.bedtime.wakeTime).toBe('06:30')
      expect(value.naturalBreaks).toEqual(DEFAULT_PREFERENCES.naturalBreaks)
      expect(value.snoozeMinutes).toBe(15)
      expect(value.activities.custom.map((c) => c.id)).toEqual(['water'])
      expect(replaced).toEqual(
        expect.arrayContaining([
          'posture.durationSeconds',
          'stretch.holdSeconds',
          'stretch.disabledStretches',
          'bedtime.wakeTime',
          'naturalBreaks',
          'activities.custom',
          'leftover',
        ]),
      )
      expect(replaced).not.toContain('posture.everyMinutes')
      expect(validatePreferences(value).ok).toBe(true)
    })

    const reminder = (id: string, title = `Reminder ${id}`) => ({
      id,
      enabled: true,
      title,
      time: '15:00',
      weekdays: [1, 2, 3],
    })
    const withCustom = (custom: unknown[]) => migratePreferences(withField('activities.custom', custom))

    it('keeps the first custom reminder of each id and every valid one after a broken one', () => {
      const twice = withCustom([reminder('a'), reminder('a'), reminder('b'), reminder('b')])
      expect(twice.value.activities.custom.map((c) => c.id)).toEqual(['a', 'b'])
      expect(twice.replaced).toEqual(['activities.custom.1', 'activities.custom.3'])
      expect(validatePreferences(twice.value).ok).toBe(true)

      const blank = withCustom([reminder('x'), reminder('x', '  '), reminder('y')])
      expect(blank.value.activities.custom.map((c) => c.title)).toEqual(['Reminder x', 'Reminder y'])
      expect(blank.replaced).toEqual(['activities.custom.1'])

      // A blank reminder does not take its id away from a good one that follows.
      const blankFirst = withCustom([reminder('x', ''), reminder('x', ' '), reminder('x'), reminder('z')])
      expect(blankFirst.value.activities.custom.map((c) => c.title)).toEqual(['Reminder x', 'Reminder z'])
    })

    it('repairs a bedtime equal to the wake time: the usual times fall back to the defaults, an exception is dropped', () => {
      const stored = withField('bedtime', {
        ...DEFAULT_PREFERENCES.bedtime,
        bedtime: '23:00',
        wakeTime: '23:00',
        overrides: {
          '5': { bedtime: '01:00', wakeTime: '01:00' },
          '6': { bedtime: '00:30', wakeTime: '09:00' },
        },
      })
      const { value, replaced } = migratePreferences(stored)
      expect(value.bedtime.bedtime).toBe(DEFAULT_PREFERENCES.bedtime.bedtime)
      expect(value.bedtime.wakeTime).toBe(DEFAULT_PREFERENCES.bedtime.wakeTime)
      expect(value.bedtime.overrides).toEqual({ '6': { bedtime: '00:30', wakeTime: '09:00' } })
      expect(replaced).toEqual(['bedtime.bedtime', 'bedtime.wakeTime', 'bedtime.overrides.5'])
      expect(validatePreferences(value).ok).toBe(true)
    })

    it('always yields preferences that validate, however the store is damaged', () => {
      const ids = ['a', 'b', 'c']
      const titles = ['Title', '', ' ', 'x'.repeat(81)]
      let seed = 7
      const pick = <T>(list: readonly T[]): T => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
        return list[seed % list.length]!
      }
      for (let n = 0; n < 300; n++) {
        const custom = Array.from({ length: n % 7 }, () => reminder(pick(ids), pick(titles)))
        const stored = withField('activities.custom', custom) as Preferences
        stored.bedtime.wakeTime = pick(['06:30', '22:30', '7am'])
        stored.bedtime.overrides = {
          [String(n % 7)]: { bedtime: '01:00', wakeTime: pick(['01:00', '09:00']) },
        }
        stored.workHours = { ...stored.workHours, enabled: true, end: pick(['09:00', '17:00']) }
        const { value } = migratePreferences(stored)
        expect(validatePreferences(value), JSON.stringify(stored)).toMatchObject({ ok: true })
        const kept = value.activities.custom
        const valid = custom.filter((c) => c.title.trim() !== '' && c.title.length <= 80)
        expect(kept.map((c) => c.id)).toEqual([...new Set(valid.map((c) => c.id))])
      }
    })

    it('starts from the defaults when the store is not an object at all, and says so', () => {
      for (const stored of [null, 'corrupt', [1, 2], 7]) {
        const result = migratePreferences(stored)
        expect(result.value).toEqual(DEFAULT_PREFERENCES)
        expect(result.replaced).toEqual([''])
        expect(result.unchanged).toBe(false)
      }
    })
  })
})
