// Answers the windows' IPC calls: one handler per channel of the contract. A message is handed to the app only when
// it comes from the top frame of a window we created, still on our origin; the app is told which kind of window
// that is, as recorded at creation (windows.ts), so a page that rewrites its own URL cannot pass for the other.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { checkPlainData, type Disposable, type LimberApp, type Platform } from '../../app/index'
import { IPC_CHANNEL_NAMES, type PageKind } from '../../app/ipc-contract'
import { isOurOrigin } from './pages'
import { shorten } from '../files/log'

export function handleIpc(
  app: Pick<LimberApp, 'handleIpc'>,
  kindOf: (webContentsId: number) => PageKind | undefined,
  log: Platform['log'],
): Disposable {
  const channels = IPC_CHANNEL_NAMES
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const sender = senderKind(event, kindOf)
      if (sender === undefined) {
        log('warn', `refused IPC ${channel} from a foreign frame`, shorten(event.senderFrame?.url ?? 'none'))
        throw new Error('Refused: not a Limber page.')
      }
      // Bounded before anything walks it: the app checks again, field by field.
      const problem = checkPlainData(payload)
      if (problem) {
        log('warn', `refused IPC ${channel} from the ${sender} window: ${problem.message}`)
        throw new Error('Refused: the message is not plain data within limits.')
      }
      return app.handleIpc(channel, payload, sender)
    })
  }
  return { dispose: () => channels.forEach((channel) => ipcMain.removeHandler(channel)) }
}

function senderKind(
  event: IpcMainInvokeEvent,
  kindOf: (webContentsId: number) => PageKind | undefined,
): PageKind | undefined {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null || !isOurOrigin(frame.url)) return undefined
  return kindOf(event.sender.id)
}
