// "Export my data": the user picks a folder, Limber writes the history, check-ins, sitting figures and preferences
// as CSV and JSON into a new folder there, never over anything, and says plainly what went wrong when it cannot.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { TestPlatform, inTimeZone } from './test-platform'
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
  it('asks for a folder and writes four files into a new folder there', async () => {
    const s = await morning()
    expect(await exported(s)).toEqual({
      ok: true,
      folder: FOLDER,
      files: ['limber-days.csv', 'limber-events.csv', 'limber-preferences.csv', 'limber-data.json'],
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
        'back_pain_0_to_10,check_in_word',
    )
    // 07:30 posture, 08:00 stretch, both done; 70 minutes at the computer, 30 at most without a break.
    expect(days[1]).toBe(`2026-03-02,2,0,0,0,0,70,30,5,"'=sore, ""tight"""`)
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
      sitting: { '2026-03-02': { active: 70 * 60, longest: 30 * 60 } },
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
    expect(s.platform.events('export-failed')).toEqual([{ event: 'export-failed', step: 'write' }])
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
