// Answers the windows' IPC calls: one handler per channel of the contract, and each message must come from one of
// our own pages (the sender frame's URL names settings or break on limber://) before the app sees it.
import { ipcMain } from 'electron'
import { BRIDGE_CHANNELS } from '../app/ipc-contract'
import type { Disposable, LimberApp, Platform } from '../app/platform'
import { pageKind } from './pages'

export function handleIpc(app: Pick<LimberApp, 'handleIpc'>, log: Platform['log']): Disposable {
  const channels = Object.values(BRIDGE_CHANNELS)
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const url = event.senderFrame?.url
      const sender = pageKind(url)
      if (sender === undefined) {
        log('warn', `refused IPC ${channel} from a foreign frame`, url)
        throw new Error('Refused: not a Limber page.')
      }
      return app.handleIpc(channel, payload, sender)
    })
  }
  return { dispose: () => channels.forEach((channel) => ipcMain.removeHandler(channel)) }
}
