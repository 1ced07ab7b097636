// IPC from the windows: every channel of the contract is answered, only for the windows we created, and the app
// is told which window is talking by the window's identity, never by the URL its page shows.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { becomeReady, made, pageIn, recorded, resetDouble } from './electron-double'
import { BRIDGE_CHANNELS } from '../../main/app/ipc-contract'
import { handleIpc } from '../../main/electron/windows/ipc'
import { createWindows } from '../../main/electron/windows/windows'

vi.mock('electron', () => import('./electron-double'))

function setup() {
  const handled: unknown[][] = []
  const logged: unknown[][] = []
  const app = {
    handleIpc: async (...args: unknown[]) => {
      handled.push(args)
      return { ok: true }
    },
  }
  const log = (...args: unknown[]) => logged.push(args)
  const windows = createWindows({ preloadPath: '/app/preload.cjs', onClosed: () => {}, log })
  const ipc = handleIpc(app, windows.kindOf, log)
  windows.open('settings')
  windows.open('break')
  const [settings, breakWindow] = made.windows.map(pageIn)
  return { ipc, handled, logged, settings: settings!, breakPage: breakWindow!, windows }
}

/** An IPC call from a frame that is not the top frame of a window we made. */
function callFrom(channel: string, sender: { id: number }, frame: { url: string; parent: unknown } | null) {
  const event = { sender, senderFrame: frame, preventDefault() {}, defaultPrevented: false }
  return recorded.ipcHandlers.get(channel)!(event as unknown as Electron.IpcMainInvokeEvent, undefined)
}

describe('ipc', () => {
  beforeEach(() => {
    resetDouble()
    becomeReady()
  })

  it('handles every channel of the contract, and removes them all on dispose', () => {
    const { ipc } = setup()
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort())
    ipc.dispose()
    expect(recorded.ipcHandlers.size).toBe(0)
  })

  it('hands a message from one of our windows to the app, naming the window it came from', async () => {
    const { handled, settings, breakPage } = setup()
    await settings.invoke('prefs:set', { snoozeMinutes: 5 })
    await breakPage.invoke('reminder:act', { id: 'r1', action: 'done' })
    expect(handled).toEqual([
      ['prefs:set', { snoozeMinutes: 5 }, 'settings'],
      ['reminder:act', { id: 'r1', action: 'done' }, 'break'],
    ])
  })

  it('still knows the break window after its page rewrote its URL to settings.html', async () => {
    const { handled, breakPage } = setup()
    breakPage.replaceState('settings.html')
    await breakPage.invoke('prefs:set', { snoozeMinutes: 30 })
    expect(handled).toEqual([['prefs:set', { snoozeMinutes: 30 }, 'break']])
  })

  it('refuses a window we did not create, a subframe, or a frame that left our origin', () => {
    const { handled, logged } = setup()
    const ours = made.windows[0]!.webContents
    const refused = [
      () => callFrom('prefs:reset', { id: 9999 }, { url: 'limber://app/settings.html', parent: null }),
      () => callFrom('prefs:reset', ours, { url: 'limber://app/settings.html', parent: ours.mainFrame }),
      () => callFrom('prefs:reset', ours, { url: 'https://evil.example/settings.html', parent: null }),
      () => callFrom('prefs:reset', ours, { url: 'file:///app/dist/renderer/settings.html', parent: null }),
      () => callFrom('prefs:reset', ours, { url: 'limber://other/settings.html', parent: null }),
      () => callFrom('prefs:reset', ours, null),
    ]
    for (const call of refused) expect(call).toThrow(/Refused/)
    expect(handled).toEqual([])
    expect(logged.map((entry) => entry[0])).toEqual(refused.map(() => 'warn'))
  })

  it('refuses a sparse array of thirty million slots at once, before anything walks it', () => {
    const { handled, logged, settings } = setup()
    expect(() => settings.invoke('prefs:set', { customReminders: new Array(3e7) })).toThrow(/Refused/)
    expect(() => settings.invoke('prefs:set', new Array(2 ** 32 - 1))).toThrow(/Refused/)
    expect(handled).toEqual([])
    expect(String(logged[0]?.[1])).toMatch(/customReminders has 30000000 items/)
  })

  it('logs a refused URL cut short, never whole', () => {
    const { logged } = setup()
    const ours = made.windows[0]!.webContents
    const url = `https://evil.example/${'x'.repeat(1024 * 1024)}`
    expect(() => callFrom('prefs:get', ours, { url, parent: null })).toThrow(/Refused/)
    expect(JSON.stringify(logged).length).toBeLessThan(1000)
  })
})
