// Limber in the user's language, as main speaks it: the tray menu and tooltip, reminder notifications and command-
// line answers in the language the preference names or the system prefers (English when it speaks none of ours),
// times as that locale writes them, and a change of language applied at once, without a restart.
// Each text is compared with the German catalog's own message, and must differ from the English one: until the
// German catalog lands that second check fails, which is what it is for.
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../locales/index'
import type { AppStatus, BreakContent } from '../../main/app/ipc-contract'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { inTimeZone, MemoryStore, POSTURE, TestPlatform } from './test-platform'
import { type Started, useTestApp } from './test-app'

inTimeZone('Europe/Berlin')

const de = CATALOGS.de
const en = CATALOGS.en

const testApp = useTestApp()
let run: Started | null = null

function start(options: { language?: string; systemLanguages?: readonly string[] } = {}): Started {
  run = testApp.start('2026-03-02T08:00', {
    preferences: { ...DEFAULT_PREFERENCES, language: options.language ?? 'system' },
    ...(options.systemLanguages ? { systemLanguages: options.systemLanguages } : {}),
  })
  return run
}

/** The labels of the tray menu's fixed items, which every language has. */
function fixedItems(texts: typeof en): string[] {
  const tray = texts.app.tray
  return [tray.breakNow, tray.stretchNow, tray.therapy, tray.pause, tray.settings, tray.quit]
}

function expectGermanTray(platform: TestPlatform): void {
  for (const label of fixedItems(de)) expect(platform.menuLabels).toContain(label)
  expect(platform.menuLabels).toContain(de.content.soreBack.start)
  // The first line and the tooltip: "Posture break in 30 min", as German says it.
  const next = de.app.tray.nextIn({ name: de.app.names.posture.short, duration: '30 Min.' })
  expect(platform.menuLabels[0]).toBe(next)
  expect(platform.tray.tooltip).toBe(de.app.tray.tooltip({ status: next }))
  // And it is German, not English.
  expect(fixedItems(de)).not.toEqual(fixedItems(en))
  expect(platform.menuLabels).not.toContain(en.app.tray.breakNow)
}

describe('the language Limber speaks', () => {
  it('writes the tray menu and tooltip in German when the Language setting says German', () => {
    const { platform } = start({ language: 'de', systemLanguages: ['en-GB'] })
    expectGermanTray(platform)
  })

  it('writes the tray in German when the system prefers German and the setting follows the system', () => {
    const { platform } = start({ systemLanguages: ['de-DE', 'en-US'] })
    expectGermanTray(platform)
  })

  it('tells the windows which language and locale to show', async () => {
    const { call } = start({ systemLanguages: ['de-AT'] })
    const status = await call('status:get', undefined, 'settings')
    expect(status.language).toEqual({ code: 'de', locale: 'de-AT' })
  })

  it('falls back to English for a system language Limber does not speak', async () => {
    const { call, platform } = start({ systemLanguages: ['ja-JP'] })
    for (const label of fixedItems(en)) expect(platform.menuLabels).toContain(label)
    const status = await call('status:get', undefined, 'settings')
    expect(status.language.code).toBe('en')
  })

  it('writes times the way the locale does: 14:30 in Britain and Germany, 2:30 PM in the US', () => {
    const times = (systemLanguages: readonly string[]) => {
      const started = start({ systemLanguages })
      // Nothing wakes the app each minute while only the bedtime is on: the tray says "at" a clock time.
      started.platform.work(1)
      const label = started.platform.menuLabels.find((l) => /22/.test(l) || /10/.test(l)) ?? ''
      started.app.dispose()
      run = null
      return label
    }
    expect(times(['en-GB'])).toContain('22:30')
    expect(times(['en-US'])).toMatch(/10:30\sPM/)
    expect(times(['de-DE'])).toContain('22:30')
  })

  it('sends a posture break and a stretch break in German', () => {
    const { platform } = start({ language: 'de' })
    platform.work(31)
    const posture = platform.notifications.find((n) => n.actions)
    expect(posture?.title).toBe(de.app.notify.postureTitle)
    expect(posture?.body.startsWith(de.app.notify.postureLead)).toBe(true)
    expect(posture?.actionLabels).toEqual({
      start: de.app.notify.start,
      snooze: de.app.notify.snooze,
      skip: de.app.notify.skip,
    })
    platform.answer('skip')
    platform.work(30)
    const stretch = platform.notifications.filter((n) => n.actions).at(-1)
    expect(stretch?.title).toBe(de.app.notify.stretchTitle)
    const names = Object.values(de.content.stretches).map((words) => words.name)
    expect(names.some((name) => stretch?.body.includes(name))).toBe(true)
    expect(de.app.notify.postureTitle).not.toBe(POSTURE)
  })

  it('answers the command line in German', () => {
    const { app } = start({ language: 'de' })
    expect(app.handleCommandLine(['--pause', '1h'])).toEqual({
      ok: true,
      message: de.app.commands.paused['1h'],
    })
    const refused = app.handleCommandLine(['--frobnicate'])
    expect(refused.ok).toBe(false)
    expect(refused.message).toContain(de.app.commandLine.usage)
    expect(de.app.commands.paused['1h']).not.toBe(en.app.commands.paused['1h'])
  })

  it('applies a change of language at once: the tray, the windows and the next notification', async () => {
    const { app, platform } = start({ systemLanguages: ['en-GB'] })
    platform.work(31)
    expect(platform.notifications.at(-1)?.title).toBe(en.app.notify.postureTitle)
    platform.broadcasts.length = 0

    const answer = await app.handleIpc('prefs:set', { language: 'de' }, 'settings')
    expect(answer).toMatchObject({ ok: true })
    // The tray is redrawn in German straight away, not at the next minute.
    for (const label of fixedItems(de)) expect(platform.menuLabels).toContain(label)
    // Both open windows are told, and re-render in place.
    const pushed = (event: string) => platform.broadcasts.filter((b) => b.event === event).at(-1)?.payload
    expect((pushed('status:changed') as AppStatus).language.code).toBe('de')
    const showing = pushed('break:changed') as BreakContent
    expect(showing.language.code).toBe('de')
    expect(showing.title).toBe(de.app.notify.postureTitle)

    platform.answer('skip')
    platform.work(30)
    expect(platform.notifications.filter((n) => n.actions).at(-1)?.title).toBe(de.app.notify.stretchTitle)
    expect(de.app.notify.stretchTitle).not.toBe(en.app.notify.stretchTitle)
  })

  it('names a reminder held for a call in the language in use, for the Today view', async () => {
    const { app, platform } = start({ language: 'de' })
    platform.busy = ['call']
    platform.work(31)
    const status = (await app.handleIpc('status:get', undefined, 'settings')) as AppStatus
    expect(status.held).toMatchObject({ kind: 'posture', reason: 'call', title: de.app.names.posture.title })
    expect(de.app.names.posture.title).not.toBe(en.app.names.posture.title)
  })

  it('follows the system when its language changes and the setting says "system"', () => {
    const { platform } = start({ systemLanguages: ['en-GB'] })
    platform.preferredLanguages = ['de-DE']
    platform.work(1)
    for (const label of fixedItems(de)) expect(platform.menuLabels).toContain(label)
  })
})

describe('the Language setting in the preferences file', () => {
  it('reads an older file without it as "system", keeping a copy of the old file and saying nothing', () => {
    const older: Record<string, unknown> = structuredClone(DEFAULT_PREFERENCES)
    delete older.language
    older.posture = { ...DEFAULT_PREFERENCES.posture, everyMinutes: 40 }
    const store = new MemoryStore(older)
    run = testApp.again({ platform: new TestPlatform({ preferences: store }) })
    expect(store.value).toMatchObject({ language: 'system', posture: { everyMinutes: 40 } })
    expect(store.backups.map((backup) => backup.label)).toEqual(['migrated'])
    expect(run.platform.informed).toEqual([])
  })

  it('resets a language it does not know to "system", naming the field and keeping the file', () => {
    const store = new MemoryStore({ ...DEFAULT_PREFERENCES, language: 'klingon' })
    run = testApp.again({ platform: new TestPlatform({ preferences: store }) })
    expect(store.value).toMatchObject({ language: 'system' })
    expect(store.backups.map((backup) => backup.label)).toEqual(['repaired'])
    expect(store.backups[0]?.value).toMatchObject({ language: 'klingon' })
    expect(run.platform.informed.at(-1)?.body).toMatch(/language/)
  })

  it('refuses a settings change to a language it does not speak, naming the choices, and keeps the old one', async () => {
    const { app, call } = start({ language: 'de' })
    const answer = await app.handleIpc('prefs:set', { language: 'xx' }, 'settings')
    expect(answer).toEqual({
      ok: false,
      errors: [
        { path: 'language', message: 'language must be one of system, en, de, es, fr, pt-BR, got "xx"' },
      ],
    })
    const prefs = await call('prefs:get', undefined, 'settings')
    expect(prefs.language).toBe('de')
  })
})
