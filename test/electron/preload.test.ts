// The preload bridge: one function per IPC call of the contract, events only from the contract, and never
// ipcRenderer itself.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { callsTo, ipcRenderer, recorded } from './electron-double'
import { BRIDGE_CHANNELS, type LimberBridge } from '../../main/app/ipc-contract'

vi.mock('electron', () => import('./electron-double'))

let bridge: LimberBridge
beforeAll(async () => {
  await import('../../main/electron/windows/preload')
  bridge = recorded.exposed.get('limber') as LimberBridge
})

describe('preload bridge', () => {
  it('exposes only window.limber, with one function per call of the contract plus on()', () => {
    expect([...recorded.exposed.keys()]).toEqual(['limber'])
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(BRIDGE_CHANNELS), 'on'].sort())
    for (const value of Object.values(bridge)) expect(value).toBeTypeOf('function')
    expect(Object.values(bridge)).not.toContain(ipcRenderer)
  })

  it('calls each channel with the payload the contract names', async () => {
    recorded.calls.length = 0
    expect(await bridge.getPreferences()).toEqual({ answered: 'prefs:get' })
    await bridge.setPreferences({ snoozeMinutes: 10 })
    await bridge.resetPreferences()
    await bridge.getUpcoming()
    await bridge.getHistory()
    await bridge.getStatus()
    await bridge.getStretches()
    await bridge.getBreak()
    await bridge.act('r1', 'snooze')
    await bridge.pause('1h')
    await bridge.resume()
    await bridge.breakNow()
    await bridge.stretchNow()
    await bridge.startTherapy('ice')
    await bridge.stopTherapy()
    expect(callsTo('ipcRenderer.invoke')).toEqual([
      ['prefs:get', undefined],
      ['prefs:set', { snoozeMinutes: 10 }],
      ['prefs:reset', undefined],
      ['upcoming:get', undefined],
      ['history:get', undefined],
      ['status:get', undefined],
      ['stretches:get', undefined],
      ['break:get', undefined],
      ['reminder:act', { id: 'r1', action: 'snooze' }],
      ['pause:start', { duration: '1h' }],
      ['pause:resume', undefined],
      ['break:now', undefined],
      ['stretch:now', undefined],
      ['therapy:start', { mode: 'ice' }],
      ['therapy:stop', undefined],
    ])
  })

  it('passes an event on with its payload only, and stops when unsubscribed', () => {
    const received: unknown[][] = []
    const unsubscribe = bridge.on('status:changed', (...args: unknown[]) => received.push(args))
    ipcRenderer.emit('status:changed', { sender: ipcRenderer }, { paused: null })
    unsubscribe()
    ipcRenderer.emit('status:changed', { sender: ipcRenderer }, { paused: { until: 1 } })
    expect(received).toEqual([[{ paused: null }]])
    expect(ipcRenderer.listenerCount('status:changed')).toBe(0)
  })

  it('subscribes to the contract events only', () => {
    const on = bridge.on as (event: string, listener: () => void) => () => void
    expect(() => on('prefs:get', () => {})).toThrow(/Unknown event/)
    expect(() => on('electron-store-get-data', () => {})).toThrow(/Unknown event/)
    expect(ipcRenderer.eventNames()).toEqual([])
  })
})
