// Routines from a physiotherapist, lived through the doors a user takes: "Import a routine…" in Settings (the IPC
// call the window makes, over the file dialog) and `limber --import-routine FILE` (a second launch's command line).
// The file is untrusted: each kind of mistake is named by its field and stretch and keeps nothing; hostile files
// (markup, links, bidi controls, deep nesting, huge lists, prototype keys, too large) are refused or cleaned. An
// imported routine comes at its own days and times, can stand in for the automatic choice of stretch breaks, keeps
// a sore back off the floor, and goes out again (on its own, and in "Export my data") as the same file.
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import type { BreakContent } from '../../main/app/ipc-contract'
import { STRETCHES } from '../../main/core/content'
import { FIRM_GRACE_SECONDS } from '../../main/core/firm/answers'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { entryLength } from '../../renderer/break/routine'
import { entriesOf, timedOf } from '../../renderer/break/routine-entries'
import { shownReminders, useTestApp, type Started } from './test-app'
import { inTimeZone, MemoryStore, TestPlatform } from './test-platform'

inTimeZone('Europe/Berlin')

const EXAMPLE = readFileSync(new URL('../../docs/routine-example.json', import.meta.url), 'utf8')
const FILE = '/home/test/Downloads/morning.json'

/** A change to the example: the field's dotted path (list items by number) and its new value (undefined: gone). */
type Edit = [path: string, value: unknown]

/** The documented example with `edits` made to a copy of it. */
function example(...edits: Edit[]): string {
  const routine: unknown = JSON.parse(EXAMPLE)
  for (const [path, value] of edits) {
    const keys = path.split('.')
    const last = keys.pop() ?? ''
    let at: unknown = routine
    for (const key of keys) at = typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined
    if (typeof at !== 'object' || at === null) throw new Error(`the example has no ${path}`)
    if (value === undefined) Reflect.deleteProperty(at, last)
    else Reflect.set(at, last, value)
  }
  return JSON.stringify(routine, null, 2)
}

/** The example's stretches from `from` on (or up to `to`). */
function exampleStretches(from: number, to?: number): unknown[] {
  const stretches: unknown = JSON.parse(EXAMPLE).stretches
  return Array.isArray(stretches) ? stretches.slice(from, to) : []
}

/** No breaks of their own, so what is seen is the routine's. */
const quiet = {
  ...structuredClone(DEFAULT_PREFERENCES),
  posture: { ...DEFAULT_PREFERENCES.posture, enabled: false },
  stretch: { ...DEFAULT_PREFERENCES.stretch, enabled: false },
  bedtime: { ...DEFAULT_PREFERENCES.bedtime, enabled: false },
}

const testApp = useTestApp()
function start(at = '2026-03-02T07:00'): Started {
  return testApp.start(at, { preferences: quiet })
}

/** Settings → Stretches → "Import a routine…", choosing `text` as a file in the dialog. */
async function importInSettings(started: Started, text: string) {
  started.platform.files.set(FILE, text)
  started.platform.fileToOpen = FILE
  return started.call('routines:import')
}

/** What the break window plays, step by step: each stretch by its name, each move by its title and its time. */
function playedSteps(content: BreakContent): string[] {
  return (content.routine ?? []).map((entry) =>
    entry.kind === 'move'
      ? `${entry.move.title} (${entry.move.seconds} s)`
      : (content.stretches.find((stretch) => stretch.id === entry.id)?.name ?? `? ${entry.id}`),
  )
}

describe('a valid routine file', () => {
  it('is imported from Settings: its name and stretches listed, kept in its own store', async () => {
    const started = start()
    const result = await importInSettings(started, EXAMPLE)
    expect(result).toMatchObject({
      ok: true,
      message: 'Imported the routine “Morning back routine”, with 5 stretches.',
    })
    const [routine] = await started.call('routines:get')
    expect(routine?.name).toBe('Morning back routine')
    expect(routine?.stretches.map((s) => s.name)).toEqual([
      'Seated cat and cow',
      expect.any(String),
      'Wall slide',
      expect.any(String),
      'Bridge',
    ])
    expect(started.platform.routinesStore.writes).toBe(1)
    expect(started.platform.fileDialogs[0]?.title).toBe('Import a routine')
  })

  it('speaks the language in use when the routine has it', async () => {
    const started = testApp.start('2026-03-02T07:00', { preferences: { ...quiet, language: 'de' } })
    await importInSettings(started, EXAMPLE)
    const [routine] = await started.call('routines:get')
    expect(routine?.name).toBe('Morgenroutine für den Rücken')
    expect(routine?.stretches[2]?.name).toBe('Rutschen an der Wand')
  })

  it('is imported from the command line, relative to where it was typed, and says so', () => {
    const started = start()
    started.platform.files.set('/home/ana/physio/morning.json', EXAMPLE)
    const answer = started.app.handleCommandLine(['--import-routine', 'physio/morning.json'], '/home/ana')
    expect(answer).toMatchObject({
      ok: true,
      message: 'Imported the routine “Morning back routine”, with 5 stretches.',
    })
    expect(started.platform.informed.at(-1)).toEqual({ title: 'Routine imported', body: answer.message })
  })

  it('of the same name updates the one kept, and how it is used stays', async () => {
    const started = start()
    const first = await importInSettings(started, EXAMPLE)
    if (!first.ok) throw new Error(first.message)
    await started.call('routines:use', { id: first.routine.id, forBreaks: true })
    const again = await importInSettings(started, example(['stretches', exampleStretches(0, 4)]))
    expect(again).toMatchObject({
      ok: true,
      replaced: true,
      message: 'Updated the routine “Morning back routine”: it now has 4 stretches.',
    })
    const list = await started.call('routines:get')
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ forBreaks: true })
  })
})

/** Each kind of mistake, and the words that name it: the field (and the stretch), then what it may hold. */
const MISTAKES: [string, Edit, string][] = [
  [
    'a hold out of range',
    ['stretches.2.hold', 200],
    'stretches[2].hold: a whole number of seconds from 5 to 120, got 200.',
  ],
  [
    'a hold that is not whole',
    ['stretches.0.hold', 12.5],
    'stretches[0].hold: a whole number of seconds from 5 to 120, got 12.5.',
  ],
  [
    'repetitions out of range',
    ['stretches.4.repetitions', 0],
    'stretches[4].repetitions: a whole number from 1 to 10, got 0.',
  ],
  ['an unknown field', ['stretches.2.colour', 'red'], 'stretches[2].colour: not a field a routine has.'],
  [
    'a missing title',
    ['stretches.2.title', undefined],
    'stretches[2].title: missing; give the text by language',
  ],
  [
    'a newer version',
    ['limberRoutine', 2],
    'limberRoutine: 1 (this Limber reads version 1 of the routine format), got 2.',
  ],
  [
    'a stretch not in the library',
    ['stretches.1.stretch', 'headstand'],
    'stretches[1].stretch: "headstand" is not a stretch in Limber\'s library.',
  ],
  [
    'sides not one of the words',
    ['stretches.2.sides', 'left'],
    'stretches[2].sides: "both" or "each", got "left".',
  ],
  [
    'a position not one of the words',
    ['stretches.2.position', 'bed'],
    'stretches[2].position: "desk", "standing" or "floor", got "bed".',
  ],
  [
    'an intensity not one of the words',
    ['stretches.2.intensity', 'hard'],
    'stretches[2].intensity: "gentle", "moderate" or "strong", got "hard".',
  ],
  [
    'a text missing a language',
    ['stretches.2.steps.de', undefined],
    "stretches[2].steps: give it in the same languages as the routine's name (en, de).",
  ],
  ['a language that is no tag', ['name', { english: 'Morning' }], 'name.english: not a language tag'],
  ['no stretches', ['stretches', []], 'stretches: a list of 1 to 20 stretches, got a list of 0.'],
  [
    'an empty step',
    ['stretches.2.steps.en.1', ''],
    'stretches[2].steps.en[1]: a text of 1 to 400 characters',
  ],
  [
    'a figure out of range',
    ['stretches.4.figure.poses.1.right.knee', 200],
    'stretches[4].figure.poses[1].right.knee: must be a number from 0 to 155 (degrees), got 200.',
  ],
  ['not an object', ['stretches', 'all'], 'stretches: a list of 1 to 20 stretches, got "all".'],
]

describe('a routine file with a mistake is refused, naming the field and the stretch, and nothing is kept', () => {
  it.each(MISTAKES)('%s', async (_name, change, words) => {
    const started = start()
    const result = await importInSettings(started, example(change))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toBe(`The routine in "${FILE}" was not imported. Nothing was changed.`)
    expect(result.problems.join('\n')).toContain(words)
    expect(await started.call('routines:get')).toEqual([])
    expect(started.platform.routinesStore.writes).toBe(0)
  })

  it('a file that is not JSON names the line', async () => {
    const started = start()
    const text = '{\n  "limberRoutine": 1,\n  "name": { "en": "Morning" }\n  "stretches": []\n}'
    const result = await importInSettings(started, text)
    expect(!result.ok && result.problems[0]).toBe('The file is not valid JSON (the problem is on line 4).')
    const unsure = await importInSettings(started, '{ "limberRoutine": 1, "name": , }')
    expect(!unsure.ok && unsure.problems[0]).toMatch(/^The file is not valid JSON\.|line 1\)\.$/)
  })

  it('the command line answers why not, in a notification', () => {
    const started = start()
    started.platform.files.set(FILE, example(['stretches.2.hold', 200]))
    const answer = started.app.handleCommandLine(['--import-routine', FILE])
    expect(answer.ok).toBe(false)
    expect(started.platform.informed.at(-1)).toEqual({
      title: 'The routine was not imported',
      body: `The routine in "${FILE}" was not imported. Nothing was changed.\nstretches[2].hold: a whole number of seconds from 5 to 120, got 200.`,
    })
  })

  it('the command line without a file, or with one that is not there, says what it needs', () => {
    const started = start()
    expect(started.app.handleCommandLine(['--import-routine']).message).toContain(
      '--import-routine needs the path of a routine file.',
    )
    started.app.handleCommandLine(['--import-routine', '/nowhere/routine.json'])
    expect(started.platform.informed.at(-1)?.body).toContain('There is no file "/nowhere/routine.json".')
  })
})

describe('a hostile routine file', () => {
  it.each([
    [
      'an HTML tag',
      '<img src=x onerror=alert(1)>Knee hug',
      'stretches[2].title.en: plain text only, with no HTML or other markup.',
    ],
    ['an entity', 'Knee &lt;hug&gt;', 'stretches[2].title.en: plain text only'],
    ['a link', 'See https://example.com/hug', 'stretches[2].title.en: no links or web addresses.'],
    ['a bare web address', 'www.example.com', 'stretches[2].title.en: no links'],
    ['a script address', 'javascript:alert(1)', 'stretches[2].title.en: no links'],
    ['a markdown link', '[Knee hug](example.org)', 'stretches[2].title.en: no links'],
  ])('with %s in a title is refused', async (_name, title, words) => {
    const started = start()
    const result = await importInSettings(started, example(['stretches.2.title.en', title]))
    expect(!result.ok && result.problems.join('\n')).toContain(words)
    expect(await started.call('routines:get')).toEqual([])
  })

  it('with bidi controls keeps the text without them', async () => {
    const started = start()
    await importInSettings(started, example(['stretches.2.title.en', 'Wall \u202Eslide\u202C\u2066']))
    const [routine] = await started.call('routines:get')
    expect(routine?.stretches[2]?.name).toBe('Wall slide')
  })

  it('too large is refused before it is read', async () => {
    const started = start()
    const result = await importInSettings(started, ' '.repeat(300 * 1024) + EXAMPLE)
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^The file is too large \(30\d KB\): a routine file is at most 256 KB\.$/),
    ])
  })

  it('nested deep is refused without walking it', async () => {
    const started = start()
    const result = await importInSettings(started, '['.repeat(100_000) + ']'.repeat(100_000))
    expect(!result.ok && result.problems).toEqual(['The file is nested too deeply to be a routine.'])
  })

  it('with a huge list is refused by its length', async () => {
    const started = start()
    const result = await importInSettings(
      started,
      JSON.stringify({ ...JSON.parse(EXAMPLE), stretches: Array(100_000).fill(1) }),
    )
    expect(!result.ok && result.problems).toEqual([
      'stretches: a list of 1 to 20 stretches, got a list of 100000.',
    ])
  })

  it('with prototype keys is refused and pollutes nothing', async () => {
    const started = start()
    const text = EXAMPLE.replace(
      '"limberRoutine": 1,',
      '"limberRoutine": 1, "__proto__": { "polluted": true },',
    ).replace('"en": "Wall slide",', '"en": "Wall slide", "constructor": "x",')
    const result = await importInSettings(started, text)
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining(['__proto__: not a field a routine has.']),
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(await started.call('routines:get')).toEqual([])
  })
})

describe('the file dialog', () => {
  it('is one at a time: a second import while it is open is told so', async () => {
    const started = start()
    let close = () => {}
    started.platform.dialogOpenUntil = new Promise((resolve) => (close = resolve))
    started.platform.files.set(FILE, EXAMPLE)
    started.platform.fileToOpen = FILE
    const first = started.call('routines:import')
    const second = await started.call('routines:import')
    expect(second).toMatchObject({
      ok: false,
      message: 'A file dialog is already open: finish with it first.',
    })
    close()
    expect(await first).toMatchObject({ ok: true })
  })

  it('cancelled imports nothing', async () => {
    const started = start()
    started.platform.fileToOpen = null
    expect(await started.call('routines:import')).toMatchObject({ ok: false, cancelled: true })
    expect(started.platform.routinesStore.writes).toBe(0)
  })
})

describe('using a routine', () => {
  it('comes as its own reminder at its days and times, with its own stretches', async () => {
    const started = start('2026-03-02T07:00') // a Monday
    const result = await importInSettings(started, EXAMPLE)
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', {
      id: result.routine.id,
      reminder: { enabled: true, times: ['18:00', '07:30'], weekdays: [1, 3] },
    })
    // The user looks at each one as it comes, and does it.
    const content: unknown[] = []
    started.platform.onNotified = (n) => {
      content.push(started.app.call('break:get', undefined, 'break'))
      void started.app.handleIpc('reminder:act', { id: n.id, action: 'done' }, 'break')
    }
    started.platform.work(24 * 60 + 60) // to Tuesday 08:00: nothing on Tuesday
    expect(shownReminders(started.platform)).toEqual([
      '07:30 Morning back routine',
      '18:00 Morning back routine',
    ])
    const shown = await content[0]
    expect(shown).toMatchObject({
      kind: 'routine',
      routineLine: { name: 'Morning back routine', note: null },
    })
    expect(
      (shown as { stretches: { name: string; holdSeconds: number }[] }).stretches.map((s) => [
        s.name,
        s.holdSeconds,
      ]),
    ).toEqual([
      ['Seated cat and cow', 15],
      [expect.any(String), 10],
      ['Wall slide', 10],
      [expect.any(String), 20],
      ['Bridge', 8],
    ])
  })

  it('as its own reminder, plays in its own order with a move wherever it changes place, and has the cues', async () => {
    const started = testApp.start('2026-03-02T07:00', {
      preferences: { ...quiet, stretch: { ...quiet.stretch, soundCues: true } },
    })
    const result = await importInSettings(started, EXAMPLE)
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', {
      id: result.routine.id,
      reminder: { enabled: true, times: ['07:30'], weekdays: [1] },
    })
    started.platform.work(31)
    const shown = await started.call('break:get', undefined, 'break')
    expect(shown?.kind).toBe('routine')
    expect(shown && playedSteps(shown)).toEqual([
      'Seated cat and cow',
      'Seated pelvic tilt',
      'Stand up (15 s)',
      'Wall slide',
      'Get down onto the floor (30 s)',
      'Knee to chest',
      'Bridge',
      'Get up slowly (30 s)',
    ])
    expect(shown?.cues).toEqual({ tones: true, voice: false })
  })

  it('used for firm stretch breaks, stays until its holds and its move from the desk to standing are over', async () => {
    // The example's desk and standing stretches: a floor stretch would keep the break gentle. The library's own
    // choice would be all on the floor, but the routine stands in for it: those count for nothing.
    const started = testApp.start('2026-03-02T10:00', {
      preferences: {
        ...quiet,
        stretch: {
          ...DEFAULT_PREFERENCES.stretch,
          enabled: true,
          disabledStretches: STRETCHES.filter((one) => one.position !== 'floor').map((one) => one.id),
        },
        firmMode: { ...DEFAULT_PREFERENCES.firmMode, level: 'firm' },
      },
    })
    const result = await importInSettings(started, example(['stretches', exampleStretches(0, 3)]))
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', { id: result.routine.id, forBreaks: true })
    started.platform.work(DEFAULT_PREFERENCES.stretch.everyMinutes) // due; the user is typing
    started.platform.idle = 5 // a pause: its window opens, firm
    vi.advanceTimersByTime(2_000)
    const openedBy = Date.now()
    expect(started.platform.openWindows.has('break')).toBe(true)
    const shown = await started.call('break:get', undefined, 'break')
    if (!shown) throw new Error('no break on screen')
    expect(shown.answers).toMatchObject({ stays: true })
    expect(playedSteps(shown)).toEqual([
      'Seated cat and cow',
      'Seated pelvic tilt',
      'Stand up (15 s)',
      'Wall slide',
    ])
    // The routine as the break window's own clock plays it, nobody pressing "I'm ready".
    const plays = entriesOf(shown).reduce((sum, entry) => sum + entryLength(timedOf(entry)), 0)
    started.platform.work((openedBy + plays + FIRM_GRACE_SECONDS * 1000 - 3_000 - Date.now()) / 60_000)
    expect(started.platform.openWindows.has('break')).toBe(true)
    started.platform.work(4 / 60)
    expect(started.platform.openWindows.has('break')).toBe(false)
  })

  it('stands in for the automatic choice in stretch breaks', async () => {
    const started = start()
    const result = await importInSettings(started, EXAMPLE)
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', { id: result.routine.id, forBreaks: true })
    await started.call('stretch:now', undefined, 'settings')
    const shown = await started.call('break:get', undefined, 'break')
    expect(shown?.kind).toBe('stretch')
    expect(shown?.stretches.map((s) => s.name)).toContain('Wall slide')
    expect(shown?.stretches).toHaveLength(5)
    expect(shown?.stretches.find((s) => s.name === 'Bridge')?.figure?.description).toContain('lifts the hips')
  })

  it('with a stretch on the floor, is never made firmer by firm mode (a floor stretch may always be skipped)', async () => {
    const started = testApp.start('2026-03-02T10:00', {
      preferences: {
        ...quiet,
        stretch: { ...DEFAULT_PREFERENCES.stretch, enabled: true },
        firmMode: { ...DEFAULT_PREFERENCES.firmMode, level: 'firm' },
      },
    })
    const result = await importInSettings(started, EXAMPLE)
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', { id: result.routine.id, forBreaks: true })
    started.platform.work(DEFAULT_PREFERENCES.stretch.everyMinutes + 2)
    const shown = await started.call('break:get', undefined, 'break')
    expect(shown?.kind).toBe('stretch')
    expect(shown?.stretches.map((s) => s.position)).toContain('floor')
    expect(shown?.answers).toMatchObject({ skip: true, stays: false })
  })

  it('on a sore-back day leaves out what is not gentle or is on the floor, and says so', async () => {
    const started = start()
    const result = await importInSettings(started, EXAMPLE)
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', { id: result.routine.id, forBreaks: true })
    started.app.handleCommandLine(['--sore-back', '2d'])
    await started.call('stretch:now', undefined, 'settings')
    const shown = await started.call('break:get', undefined, 'break')
    expect(shown?.stretches.map((s) => [s.position, s.intensity])).toEqual([
      ['desk', 'gentle'],
      ['desk', 'gentle'],
      ['standing', 'gentle'],
    ])
    expect(shown?.routineLine?.note).toBe(
      '2 stretches of your routine are left out today: on a sore back, only gentle stretches at the desk or standing.',
    )
    const [listed] = await started.call('routines:get')
    expect(listed?.stretches.map((s) => s.soreBackOk)).toEqual([true, true, true, false, false])
  })

  it('on a sore-back day with nothing gentle in it, gentle stretches of the library come instead, and it says so', async () => {
    const started = start()
    const result = await importInSettings(started, example(['stretches', exampleStretches(3)]))
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', { id: result.routine.id, forBreaks: true })
    started.app.handleCommandLine(['--sore-back', '2d'])
    await started.call('stretch:now', undefined, 'settings')
    const shown = await started.call('break:get', undefined, 'break')
    expect(shown?.stretches.length).toBeGreaterThan(0)
    expect(shown?.stretches.every((s) => s.intensity === 'gentle' && s.position !== 'floor')).toBe(true)
    expect(shown?.routineLine?.note).toContain('None of your routine’s stretches suits a sore back today')
  })

  it('removed, it is no longer planned or listed', async () => {
    const started = start()
    const result = await importInSettings(started, EXAMPLE)
    if (!result.ok) throw new Error(result.message)
    await started.call('routines:use', {
      id: result.routine.id,
      reminder: { enabled: true, times: ['07:30'], weekdays: [0, 1, 2, 3, 4, 5, 6] },
    })
    expect((await started.call('upcoming:get')).map((u) => u.title)).toContain('Morning back routine')
    expect(await started.call('routines:remove', { id: result.routine.id })).toEqual({ ok: true })
    expect((await started.call('upcoming:get')).map((u) => u.title)).not.toContain('Morning back routine')
    expect(await started.call('routines:get')).toEqual([])
  })

  it('is kept across a restart, and a stored entry this version cannot read is set aside as a copy', async () => {
    const platform = new TestPlatform({ preferences: new MemoryStore(quiet) })
    const started = testApp.start('2026-03-02T07:00', { platform })
    await importInSettings(started, EXAMPLE)
    started.app.dispose()
    const stored = structuredClone(platform.routinesStore.value) as { routines: unknown[] }
    platform.routinesStore.value = { ...stored, routines: [...stored.routines, { id: 'broken', routine: 5 }] }
    const again = testApp.again({ platform })
    expect((await again.call('routines:get')).map((r) => r.name)).toEqual(['Morning back routine'])
    expect(platform.routinesStore.backups.map((b) => b.label)).toEqual(['unreadable'])
  })
})

describe('a routine goes out as the same file', () => {
  it('exported on its own, it imports again as the same routine', async () => {
    const started = start()
    const result = await importInSettings(started, EXAMPLE)
    if (!result.ok) throw new Error(result.message)
    const out = await started.call('routines:export', { id: result.routine.id })
    expect(out).toMatchObject({ ok: true, file: '/home/test/Documents/routine.json' })
    expect(started.platform.fileDialogs.at(-1)?.defaultName).toBe(
      'Morning back routine (Limber routine).json',
    )
    const written = started.platform.files.get('/home/test/Documents/routine.json') ?? ''
    expect(JSON.parse(written)).toEqual(JSON.parse(EXAMPLE))
    const back = started.app.handleCommandLine(['--import-routine', '/home/test/Documents/routine.json'])
    expect(back.message).toBe('Updated the routine “Morning back routine”: it now has 5 stretches.')
  })

  it('is in "Export my data", as its own routine file and in the JSON of everything', async () => {
    const started = start()
    await importInSettings(started, EXAMPLE)
    const exported = await started.call('data:export')
    if (!exported.ok) throw new Error(exported.message)
    expect(exported.files).toContain('limber-routine-1.json')
    const folder = exported.folder
    const file = started.platform.writtenFiles.get(`${folder}/limber-routine-1.json`) ?? ''
    expect(JSON.parse(file)).toEqual(JSON.parse(EXAMPLE))
    const everything = JSON.parse(started.platform.writtenFiles.get(`${folder}/limber-data.json`) ?? '{}')
    expect(everything.routines[0].file).toEqual(JSON.parse(EXAMPLE))
  })
})
