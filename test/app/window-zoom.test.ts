// Issue 22: the windows zoom with Ctrl+plus, Ctrl+minus and Ctrl+0 again. Each press is one browser step for the
// window it was pressed in; main keeps each window's zoom with the preferences, so it is remembered when that window
// opens again and after a restart, and has the shell apply it.
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../main/core/preferences/index'
import { useTestApp } from './test-app'

const testApp = useTestApp()

describe('zooming a window', () => {
  it('steps as a browser does, for the window the keys were pressed in only', async () => {
    const s = testApp.start('2026-03-02T10:00')
    const zoom = async (step: 'in' | 'out' | 'reset', window: 'settings' | 'break' = 'settings') =>
      (await s.call('window:zoom', { step }, window)).factor
    expect(await zoom('in')).toBe(1.1)
    expect(await zoom('in')).toBe(1.25)
    expect(await zoom('in')).toBe(1.5)
    expect(await zoom('in')).toBe(1.75)
    expect(await zoom('in')).toBe(2)
    expect(await zoom('out', 'break')).toBe(0.9)
    // The shell was told each change, for that window alone.
    expect(s.platform.zooms.slice(-2)).toEqual([
      ['settings', 2],
      ['break', 0.9],
    ])
    expect((await s.call('prefs:get')).zoom).toEqual({ settings: 2, break: 0.9 })
    expect(await zoom('reset')).toBe(1)
    expect(await zoom('reset', 'break')).toBe(1)
  })

  it('stops at 300% and 50%', async () => {
    const s = testApp.start('2026-03-02T10:00')
    for (let i = 0; i < 20; i++) await s.call('window:zoom', { step: 'in' }, 'settings')
    expect((await s.call('window:zoom', { step: 'in' }, 'settings')).factor).toBe(3)
    for (let i = 0; i < 20; i++) await s.call('window:zoom', { step: 'out' }, 'settings')
    expect((await s.call('window:zoom', { step: 'out' }, 'settings')).factor).toBe(0.5)
  })

  it('is remembered after a restart: the shell hears each window’s zoom at start', async () => {
    const s = testApp.start('2026-03-02T10:00', {
      preferences: { ...DEFAULT_PREFERENCES, zoom: { settings: 2, break: 1.25 } },
    })
    expect(s.platform.zooms).toEqual([
      ['settings', 2],
      ['break', 1.25],
    ])
  })

  it('refuses a step it does not know, naming the field', async () => {
    const s = testApp.start('2026-03-02T10:00')
    expect(await s.app.handleIpc('window:zoom', { step: 'huge' }, 'settings')).toEqual({
      error: expect.stringMatching(/step/),
    })
  })
})
