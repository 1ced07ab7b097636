// One IPC call to the app running in the page, typed by the contract: the preview's bridge and scenarios call the
// app only through its own IPC door (LimberApp.handleIpc), as a window would.
import type { LimberApp } from '../../main/app'
import type { IpcAnswer, IpcChannel, IpcPayload, PageKind } from '../../main/app/ipc-contract'

export function askApp<C extends IpcChannel>(
  app: LimberApp,
  channel: C,
  payload: IpcPayload<C>,
  sender: PageKind,
): Promise<IpcAnswer<C>> {
  // The app answers each channel as the contract says (its IPC tests check it), as the preload takes it too.
  return app.handleIpc(channel, payload, sender) as Promise<IpcAnswer<C>>
}
