// Every IPC handler and the command-line parser fed malformed input: wrong types, missing fields, huge numbers,
// megabyte strings, prototype-pollution keys. No throw escapes, nothing invalid is stored, no prototype changes.
import { beforeEach, describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../main/app/doors/command-line'
import { IPC_CHANNEL_NAMES } from '../../main/app/ipc-contract'
import { DEFAULT_PREFERENCES, validatePreferences } from '../../main/core/preferences/index'
import { type Started, useTestApp } from './test-app'

const MEGABYTE = 'x'.repeat(1024 * 1024)

function hostilePayloads(): unknown[] {
  const deep: Record<string, unknown> = {}
  let node = deep
  for (let i = 0; i < 200; i++) node = node.next = {} as Record<string, unknown>
  return [
    undefined,
    null,
    0,
    -1,
    Number.MAX_VALUE,
    Number.NaN,
    Infinity,
    1e308,
    '',
    MEGABYTE,
    true,
    [],
    [MEGABYTE],
    {},
    { id: 42, action: 'done' },
    { id: MEGABYTE, action: 'done' },
    { id: 'x', action: 'explode' },
    { duration: '3h' },
    { duration: 1e308 },
    { mode: 'lava' },
    { stretch: { holdSeconds: 1e308 } },
    { stretch: { holdSeconds: '10' } },
    { snoozeMinutes: -5 },
    { bedtime: { bedtime: MEGABYTE } },
    { activities: { custom: [{ id: 'a', enabled: true, title: MEGABYTE, time: '10:00', weekdays: [1] }] } },
    JSON.parse('{"__proto__":{"polluted":true}}'),
    JSON.parse('{"stretch":{"__proto__":{"polluted":true}}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
    { constructor: { prototype: { polluted: true } } },
    JSON.parse('{"id":"x","action":"done","__proto__":{"polluted":true}}'),
    deep,
    new Date(),
    () => 1,
    Symbol('s'),
    BigInt(1),
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('hostile')
        },
        get() {
          throw new Error('hostile')
        },
      },
    ),
  ]
}

const testApp = useTestApp()
let run: Started
beforeEach(() => {
  run = testApp.start('2026-03-02T10:00')
})

describe('IPC handlers under hostile input', () => {
  const channels = IPC_CHANNEL_NAMES

  it('answer every malformed payload on every channel without throwing, storing nothing invalid', async () => {
    const stored = structuredClone(run.platform.preferencesStore.value)
    for (const channel of channels) {
      for (const payload of hostilePayloads()) {
        for (const sender of ['settings', 'break'] as const) {
          const answer = await run.app.handleIpc(channel, payload, sender)
          expect(answer, `${channel} answered`).toBeDefined()
          if (channel === 'prefs:set') {
            // Checked after every call: a later prefs:reset would otherwise hide what a bad set stored.
            expect(
              validatePreferences(run.platform.preferencesStore.value).ok,
              'stored preferences stay valid',
            ).toBe(true)
            expect(
              (answer as { ok?: boolean }).ok === true ||
                (answer as { error?: string }).error !== undefined ||
                'errors' in (answer as object),
            ).toBe(true)
          }
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
    // prefs:reset is among the channels and restores defaults; nothing else may have changed the stored file.
    expect(run.platform.preferencesStore.value).toEqual(stored)
    expect(run.platform.preferencesStore.value).toEqual(DEFAULT_PREFERENCES)
    expect(run.platform.logs.filter((entry) => entry.level === 'error')).toEqual([])
  })

  it('refuses sparse lists of millions of slots at once, naming the field, before anything walks them', async () => {
    const stored = structuredClone(run.platform.preferencesStore.value)
    const cases: [unknown, string][] = [
      [{ activities: { custom: new Array(3e7) } }, 'activities.custom has 30000000 items'],
      [{ bedtime: { overrides: new Array(1.1e8) } }, 'bedtime.overrides has 110000000 items'],
      [new Array(2 ** 32 - 1), 'payload has 4294967295 items'],
    ]
    for (const [payload, message] of cases) {
      expect(await run.app.handleIpc('prefs:set', payload, 'settings')).toMatchObject({
        ok: false,
        errors: [{ message: expect.stringContaining(message) }],
      })
    }
    expect(run.platform.preferencesStore.value).toEqual(stored)
  })

  it('logs a refused payload with its key cut short, never whole', async () => {
    const key = 'k'.repeat(1024 * 1024)
    for (const payload of [{ [key]: Number.NaN }, { stretch: { [key]: () => 1 } }, { [key]: 1 }]) {
      await run.app.handleIpc('prefs:set', payload, 'settings')
      await run.app.handleIpc('reminder:act', payload, 'break')
    }
    const refused = run.platform.logs.filter((line) => line.event?.event === 'ipc-refused')
    expect(refused.length).toBeGreaterThan(0)
    for (const entry of refused) expect(JSON.stringify(entry).length).toBeLessThan(400)
  })

  it('answers unknown channels and the wrong window with an error', async () => {
    expect(await run.app.handleIpc('prefs:delete-everything', {}, 'settings')).toEqual({
      error: expect.stringMatching(/unknown channel/),
    })
    expect(await run.app.handleIpc('__proto__', {}, 'settings')).toEqual({ error: expect.any(String) })
    expect(await run.app.handleIpc('prefs:set', { snoozeMinutes: 10 }, 'break')).toEqual({
      error: expect.stringMatching(/not available to the break window/),
    })
  })

  it('refuses an invalid preference with a message naming the field and range, and keeps what was stored', async () => {
    expect(await run.call('prefs:set', { stretch: { holdSeconds: 90 } })).toEqual({
      ok: false,
      errors: [
        {
          path: 'stretch.holdSeconds',
          message: 'stretch.holdSeconds must be a whole number from 8 to 30, got 90',
        },
      ],
    })
    expect(run.platform.preferencesStore.value).toEqual(DEFAULT_PREFERENCES)
  })

  it('refuses a prototype-pollution key in a preference patch, naming it', async () => {
    expect(
      await run.app.handleIpc('prefs:set', JSON.parse('{"__proto__":{"snoozeMinutes":9}}'), 'settings'),
    ).toMatchObject({ ok: false, errors: [{ path: '__proto__' }] })
    expect(({} as Record<string, unknown>).snoozeMinutes).toBeUndefined()
  })

  it('keeps no bidirectional control in a custom reminder’s title, and refuses a title made only of them', async () => {
    const custom = (title: string) => ({
      activities: { custom: [{ id: 'a', enabled: true, title, time: '10:00', weekdays: [1] }] },
    })
    const kept = (await run.app.handleIpc(
      'prefs:set',
      custom('Walk\u202E\u2066 the dog\u2069'),
      'settings',
    )) as {
      ok: boolean
    }
    expect(kept.ok).toBe(true)
    expect(run.platform.preferencesStore.value).toMatchObject(custom('Walk the dog'))
    const blank = (await run.app.handleIpc('prefs:set', custom('\u202E\u200F'), 'settings')) as {
      ok: boolean
      errors: { path: string }[]
    }
    expect(blank.ok).toBe(false)
    expect(blank.errors[0]?.path).toBe('activities.custom.0.title')
    expect(run.platform.preferencesStore.value).toMatchObject(custom('Walk the dog'))
  })

  it('acts only on the reminder showing now', async () => {
    expect(await run.app.handleIpc('reminder:act', { id: 'posture:old:1', action: 'done' }, 'break')).toEqual(
      { ok: false },
    )
  })
})

describe('the command line under hostile input', () => {
  it('never throws and changes nothing for anything it does not understand', () => {
    const inputs: unknown[][] = [
      ['--pause'],
      ['--pause', '3h'],
      ['--pause='],
      ['--pause=1e308'],
      ['--pause', MEGABYTE],
      ['--sore-back', '4d'],
      ['--sore-back='],
      ['--sore-back=3'],
      ['--sore-back', MEGABYTE],
      ['--sore-back', '3d', '3d'],
      ['--sore-back', '--resume'],
      [MEGABYTE],
      ['--resume=now'],
      ['--settings', '--quit'],
      ['--__proto__'],
      ['__proto__'],
      ['constructor'],
      ['--constructor'],
      [42],
      [null],
      [{}],
      new Array(1000).fill('--resume'),
    ]
    for (const args of inputs) {
      const parsed = parseCommandLine(args)
      expect(parsed.ok, JSON.stringify(args).slice(0, 60)).toBe(false)
      if (!parsed.ok) expect(parsed.message.length).toBeLessThan(300)
      const answer = run.app.handleCommandLine(args as string[])
      expect(answer.ok).toBe(false)
    }
    expect(run.platform.tray.icon).toBe('active')
    expect(run.platform.preferencesStore.value).toEqual(DEFAULT_PREFERENCES)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
