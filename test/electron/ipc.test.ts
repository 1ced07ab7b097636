// IPC from the windows: every channel of the contract is answered, and only for our own pages.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { recorded, resetDouble } from './electron-double'
import { BRIDGE_CHANNELS } from '../../main/app/ipc-contract'
import { handleIpc } from '../../main/electron/ipc'

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
  const ipc = handleIpc(app, (...args) => logged.push(args))
  const call = (channel: string, url: string | undefined, payload?: unknown) =>
    recorded.ipcHandlers.get(channel)!({ senderFrame: url === undefined ? null : { url } }, payload)
  return { ipc, handled, logged, call }
}

describe('ipc', () => {
  beforeEach(resetDouble)

  it('handles every channel of the contract, and removes them all on dispose', () => {
    const { ipc } = setup()
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort())
    ipc.dispose()
    expect(recorded.ipcHandlers.size).toBe(0)
  })

  it('hands a message from one of our pages to the app, naming the page it came from', async () => {
    const { handled, call } = setup()
    await call('prefs:set', 'limber://app/settings.html', { snoozeMinutes: 5 })
    await call('reminder:act', 'limber://app/break.html?x=1', { id: 'r1', action: 'done' })
    expect(handled).toEqual([
      ['prefs:set', { snoozeMinutes: 5 }, 'settings'],
      ['reminder:act', { id: 'r1', action: 'done' }, 'break'],
    ])
  })

  it.each([
    'https://evil.example/settings.html',
    'file:///app/dist/renderer/settings.html',
    'limber://other/settings.html',
    'limber://app/preview.html',
    'limber://app/../settings.html.evil',
    'about:blank',
    '',
    undefined,
  ])('refuses IPC from a foreign frame (%s) before the app sees it', (url) => {
    const { handled, logged, call } = setup()
    expect(() => call('prefs:reset', url)).toThrow(/Refused/)
    expect(handled).toEqual([])
    expect(logged[0]?.[0]).toBe('warn')
  })
})
