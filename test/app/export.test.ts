// "Export my data": the user picks a folder, Limber writes the history, check-ins, sitting figures and preferences
// as CSV and JSON into a new folder there, never over anything, and says plainly what went wrong when it cannot.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { TestPlatform, inTimeZone, useFakeClock } from './test-platform'
import { answerDoneOnShow, useTestApp, type Started } from './test-app'

inTimeZone('Europe/Berlin')

const testApp = useTestApp()

/** A morning (from 07:00) with breaks done, a check-in with a tricky word, and a changed preference. */
async function morning(platform = new TestPlatform()): Promise<Started> {
  await platform.preferencesStore.write({
    ...structuredClone(DEFAULT_PREFERENCES),
    checkIn: { enabled: true },
  })
  const run = testApp.start('2026-03-02T07:00', { platform })
  answerDoneOnShow(run)
  run.platform.work(40)
  await run.call('check-in:save', { pain: 5, word: '=sore, "tight"' })
  await run.call('prefs:set', { snoozeMinutes: 10 })
  run.platform.work(30)
  return run
}

const exported = async (s: Started) => await s.call('data:export', undefined, 'settings')
const FOLDER = '/home/test/Documents/Limber export 2026-03-02'
const file = (s: Started, name: string) => {
  const contents = s.platform.writtenFiles.get(`${FOLDER}/${name}`)
  if (contents === undefined) throw new Error(`${name} was not written`)
  return contents
}
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

describe('export my data', () => {
  it('asks for a folder and writes five files into a new folder there', async () => {
    const s = await morning()
    expect(await exported(s)).toEqual({
      ok: true,
      folder: FOLDER,
      files: [
        'limber-days.csv',
        'limber-weeks.csv',
        'limber-events.csv',
        'limber-preferences.csv',
        'limber-data.json',
      ],
    })
    expect(s.platform.folderDialogs).toEqual([{ title: 'Export my data', buttonLabel: 'Export here' }])
  })

  it('writes a row a day with the breaks, the sitting figures and the check-in, safe for spreadsheets', async () => {
    const s = await morning()
    await exported(s)
    const days = lines(file(s, 'limber-days.csv'))
    expect(file(s, 'limber-days.csv').startsWith('\uFEFF')).toBe(true)
    expect(days[0]).toBe(
      'date,breaks_done,snoozed,skipped,timed_out,missed,minutes_at_computer,longest_minutes_without_break,' +
        'long_sitting_bouts,breaks_taken,breaks_offered,back_pain_0_to_10,check_in_word',
    )
    // 07:30 posture, 08:00 stretch, both done; 70 minutes at the computer, 30 at most without a break, so no long
    // bout; two breaks taken of two offered.
    expect(days[1]).toBe(`2026-03-02,2,0,0,0,0,70,30,0,2,2,5,"'=sore, ""tight"""`)
    expect(days).toHaveLength(2)
  })

  it('writes every event, and the preferences as setting and value', async () => {
    const s = await morning()
    await exported(s)
    // Answered a moment after each showing (a person reacts after the call returns).
    expect(lines(file(s, 'limber-events.csv'))).toEqual([
      'time_utc,date,reminder,outcome',
      expect.stringMatching(/^2026-03-02T06:30:00\.\d{3}Z,2026-03-02,posture,done$/),
      expect.stringMatching(/^2026-03-02T07:00:00\.\d{3}Z,2026-03-02,stretch,done$/),
    ])
    const prefs = lines(file(s, 'limber-preferences.csv'))
    expect(prefs[0]).toBe('setting,value')
    expect(prefs).toContain('snoozeMinutes,10')
    expect(prefs).toContain('bedtime.bedtime,22:30')
    expect(prefs).toContain('workHours.weekdays,1 2 3 4 5')
    expect(prefs).toContain('checkIn.enabled,true')
  })

  it('writes everything as kept into one JSON file', async () => {
    const s = await morning()
    await exported(s)
    const json = JSON.parse(file(s, 'limber-data.json'))
    expect(json).toMatchObject({
      format: 'limber-export',
      exportedAt: '2026-03-02T07:10:00.000Z',
      appVersion: '0.0.0-test',
      checkIns: { '2026-03-02': { pain: 5, word: '=sore, "tight"' } },
      sitting: { '2026-03-02': { active: 70 * 60, longest: 30 * 60, longBouts: 0 } },
    })
    expect(json.preferences.snoozeMinutes).toBe(10)
    expect(json.history.log).toHaveLength(2)
  })

  it('never overwrites: a second export today goes into a numbered folder', async () => {
    const s = await morning()
    await exported(s)
    const before = new Map(s.platform.writtenFiles)
    expect(await exported(s)).toMatchObject({ ok: true, folder: `${FOLDER} (2)` })
    for (const [path, contents] of before) expect(s.platform.writtenFiles.get(path)).toBe(contents)
  })

  it('writes nothing when the user cancels the folder dialog', async () => {
    const s = await morning()
    s.platform.exportFolder = null
    expect(await exported(s)).toEqual({
      ok: false,
      cancelled: true,
      message: 'Export cancelled: nothing was written.',
    })
    expect(s.platform.writtenFiles.size).toBe(0)
  })

  it('says what went wrong when the folder cannot be written', async () => {
    const s = await morning()
    s.platform.exportFolder = '/media/usb'
    s.platform.writeFails = "EACCES: permission denied, mkdir '/media/usb/Limber export 2026-03-02'"
    expect(await exported(s)).toEqual({
      ok: false,
      cancelled: false,
      message: 'Limber could not write into /media/usb: permission denied. Nothing there was changed.',
    })
    // The log says what failed and the system's code, never the folder (a folder's path names its user).
    expect(s.platform.events('export-failed')).toEqual([
      { event: 'export-failed', step: 'write', code: 'EACCES' },
    ])
    expect(JSON.stringify(s.platform.logs)).not.toMatch(/media|usb|Documents/)
  })

  it('refuses a folder the dialog gives without its full path, and writes nothing anywhere', async () => {
    const s = await morning()
    for (const folder of ['', 'Documents', './Documents', '../..']) {
      s.platform.exportFolder = folder
      expect(await exported(s)).toEqual({
        ok: false,
        cancelled: false,
        message: `Limber exports only into a folder given by its full path, and “${folder}” is not one. Nothing was written: choose the folder again.`,
      })
    }
    expect(s.platform.writtenFiles.size).toBe(0)
  })

  it('opens one folder dialog at a time: clicks while it is open get that export’s answer', async () => {
    const s = await morning()
    // The dialog stays open until the user picks the folder.
    let pick = (_folder: string) => {}
    s.platform.chooseFolder = async (request) => {
      s.platform.folderDialogs.push(request)
      return new Promise<string>((resolve) => (pick = resolve))
    }
    const answers = Promise.all([exported(s), exported(s), exported(s)])
    await Promise.resolve()
    expect(s.platform.folderDialogs).toHaveLength(1)
    pick('/home/test/Documents')
    const [first, ...others] = await answers
    expect(first).toMatchObject({ ok: true, folder: FOLDER })
    expect(others).toEqual([first, first])
    expect(new Set([...s.platform.writtenFiles.keys()].map((path) => path.split('/').at(-2)))).toEqual(
      new Set(['Limber export 2026-03-02']),
    )
    // Once it is over, the next click starts a new export (its own dialog, its own folder).
    const again = exported(s)
    await Promise.resolve()
    pick('/home/test/Documents')
    expect(await again).toMatchObject({ ok: true, folder: `${FOLDER} (2)` })
    expect(s.platform.folderDialogs).toHaveLength(2)
  })

  it('says it is not available on a shell that cannot ask for a folder', async () => {
    const platform = new TestPlatform()
    Object.assign(platform, { chooseFolder: undefined })
    const run = testApp.start('2026-03-02T09:00', { platform })
    expect(await exported(run)).toMatchObject({
      ok: false,
      cancelled: false,
      message: expect.stringMatching(/not available/),
    })
  })

  it('is only for the settings window', async () => {
    const s = await morning()
    expect(await s.app.handleIpc('data:export', undefined, 'break')).toEqual({
      error: 'data:export is not available to the break window',
    })
  })
})

/**
 * How a spreadsheet cuts a CSV line into cells with `separator`: `quoted` as RFC 4180 says (a cell that starts
 * with a double quote runs to its closing quote), `plain` as a spreadsheet that ignores quotes does (Excel with
 * ';' as its list separator opening a comma-separated file reads a quote inside a cell as a plain character).
 */
function spreadsheetCells(csv: string, separator: ',' | ';', quoted: boolean): string[] {
  const text = csv.replace(/^\uFEFF/, '')
  if (!quoted) return text.split(/\r\n|\r|\n/).flatMap((line) => line.split(separator))
  const cells: string[] = []
  let cell = ''
  let at = 0
  while (at < text.length) {
    if (cell === '' && text[at] === '"') {
      at++
      while (at < text.length && !(text[at] === '"' && text[at + 1] !== '"')) {
        cell += text[at]
        at += text[at] === '"' ? 2 : 1
      }
      at++
      continue
    }
    const char = text[at++]!
    if (char === separator || char === '\r' || char === '\n') {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  return [...cells, cell]
}

/** What a spreadsheet would run as a formula: a cell starting with =, +, -, @, tab or CR (spaces and quotes aside). */
const formula = (cell: string) =>
  /^[=+\-@\t\r]/.test(cell.replace(/^[ "]+/, '')) && !/^-?\d+(\.\d+)?$/.test(cell)

const HOSTILE = [
  'a;=HYPERLINK("http://x.example","y")',
  '=1+1',
  '+1',
  '-2+3',
  '@SUM(A1:A9)',
  'sore,=1+1',
  'tight; -1+1',
  'x;"=1"',
  '; "@x',
  'stiff;\t=1',
]

describe('the export opened in a spreadsheet', () => {
  it('holds no cell a spreadsheet would run, split at "," (en) or ";" (de, es, fr, pt-BR), quotes read or not', async () => {
    useFakeClock('2026-03-12T09:00')
    const platform = new TestPlatform()
    await platform.preferencesStore.write({
      ...structuredClone(DEFAULT_PREFERENCES),
      checkIn: { enabled: true },
      activities: {
        ...structuredClone(DEFAULT_PREFERENCES.activities),
        custom: HOSTILE.map((title, index) => ({
          id: `c${index}`,
          enabled: true,
          title,
          time: '18:00',
          weekdays: [1],
        })),
      },
    })
    const checkIns = Object.fromEntries(
      HOSTILE.map((word, index) => [`2026-03-0${index}`.replace('-00', '-10'), { pain: 3, word, at: 0 }]),
    )
    // Two weeks of breaks, so the weeks' file has rows to split too.
    const days = {
      '2026-03-02': { posture: { done: 3, skipped: 1 } },
      '2026-03-10': { stretch: { snoozed: 1 } },
    }
    await platform.historyStore.write({ version: 1, days, log: [], checkIns, sitting: {} })
    const run = testApp.again({ platform })
    expect(await exported(run)).toMatchObject({ ok: true })
    const folder = '/home/test/Documents/Limber export 2026-03-12'
    const dayRows = run.platform.writtenFiles.get(`${folder}/limber-days.csv`)!
    const prefs = run.platform.writtenFiles.get(`${folder}/limber-preferences.csv`)!
    const weeks = run.platform.writtenFiles.get(`${folder}/limber-weeks.csv`)!
    // Every text is kept, as text: read as RFC 4180 says, each is a cell once the apostrophes are taken out.
    const kept = [dayRows, prefs]
      .flatMap((csv) => spreadsheetCells(csv, ',', true))
      .map((c) => c.replaceAll("'", ''))
    for (const text of HOSTILE) expect(kept).toContain(text.replace('\t', ' '))
    // The weeks' file (its verdicts, as 'not-yet', are words of ours) is held to the same rule. Its header and two
    // weeks hold no ';', so split there it is a cell a line.
    const files = [
      [dayRows, 11],
      [prefs, 11],
      [weeks, 3],
    ] as const
    for (const [csv, least] of files) {
      for (const separator of [',', ';'] as const) {
        for (const quoted of [true, false]) {
          const cells = spreadsheetCells(csv, separator, quoted)
          expect(cells.length).toBeGreaterThanOrEqual(least)
          expect(
            cells.filter(formula),
            `split at "${separator}", quotes ${quoted ? 'read' : 'ignored'}`,
          ).toEqual([])
        }
      }
    }
  })

  it('reads the words back as typed, with only an apostrophe before what would have been a formula', async () => {
    const s = await morning()
    await s.app.handleIpc('check-in:save', { pain: 4, word: 'a;=HYPERLINK("x")' }, 'settings')
    await exported(s)
    const [, row] = spreadsheetCells(file(s, 'limber-days.csv'), ',', true).join('\u0000').split('2026-03-02')
    expect(row).toContain(`a;'=HYPERLINK("x")`)
  })
})
