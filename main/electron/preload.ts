// The preload script of every window: exposes the typed bridge of the IPC contract as `window.limber` through
// contextBridge. The page never gets ipcRenderer itself, nor the IPC event (whose `sender` is ipcRenderer).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { bridgeOver } from '../app/ipc-bridge'
import type { IpcAnswer, IpcChannel, IpcPayload } from '../app/ipc-contract'

const bridge = bridgeOver({
  invoke: <C extends IpcChannel>(channel: C, payload?: IpcPayload<C>) =>
    ipcRenderer.invoke(channel, payload) as Promise<IpcAnswer<C>>,
  subscribe(event, listener) {
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
})

contextBridge.exposeInMainWorld('limber', bridge)
