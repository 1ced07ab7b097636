// The preload script of every window: exposes the typed bridge of the IPC contract as `window.limber` through
// contextBridge, one function per channel of the contract's table (its name and its arguments from there). The page
// never gets ipcRenderer itself, nor the IPC event (whose `sender` is ipcRenderer).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC_CHANNEL_NAMES,
  IPC_CHANNELS,
  IPC_EVENTS,
  type IpcChannel,
  type IpcEvents,
} from '../../app/ipc-contract'

/** The bridge function of one channel: its arguments made into the payload, and main's answer. */
function call(channel: IpcChannel): (...args: never[]) => Promise<unknown> {
  const send: (...args: never[]) => unknown = IPC_CHANNELS[channel].send
  return (...args) => ipcRenderer.invoke(channel, send(...args))
}

const calls = Object.fromEntries(
  IPC_CHANNEL_NAMES.map((channel) => [IPC_CHANNELS[channel].bridge, call(channel)]),
)

/**
 * The bridge is built from the same table its type (LimberBridge, what the windows see as `window.limber`) is derived
 * from: each channel's function sends what the channel's `send` makes of the arguments, and answers main's answer.
 */
const bridge = {
  ...calls,
  on<E extends keyof IpcEvents>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
    if (!IPC_EVENTS.includes(event)) throw new Error(`Unknown event ${JSON.stringify(event)}`)
    const forward = (_event: IpcRendererEvent, payload: IpcEvents[E]) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
}

contextBridge.exposeInMainWorld('limber', bridge)
