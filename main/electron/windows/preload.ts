// The preload script of every window: exposes the typed bridge of the IPC contract as `window.limber` through
// contextBridge, built from the contract's table over ipcRenderer (main/app/ipc-bridge.ts). The page never gets
// ipcRenderer itself, nor the IPC event (whose `sender` is ipcRenderer).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { bridgeOver } from '../../app/ipc-contract'

const bridge = bridgeOver({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(event, listener) {
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
})

contextBridge.exposeInMainWorld('limber', bridge)
