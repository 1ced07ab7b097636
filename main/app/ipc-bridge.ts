// The window-side bridge of the IPC contract (`window.limber`), built over a transport from the contract's table
// (doors/ipc-channels.ts): one function per channel, named and shaped there. Electron's preload passes ipcRenderer
// (main/electron/windows/preload.ts), the browser preview passes the running app itself (renderer/preview), so both
// bridges are the same.
import {
  IPC_CHANNEL_NAMES,
  IPC_CHANNELS,
  IPC_EVENTS,
  type IpcAnswer,
  type IpcChannel,
  type IpcEvent,
  type IpcEvents,
  type IpcPayload,
  type LimberBridge,
} from './doors/ipc-channels'

/** How a bridge reaches main: one call per channel, and a subscription per event (answering its unsubscribe). */
export interface BridgeTransport {
  invoke<C extends IpcChannel>(channel: C, payload?: IpcPayload<C>): Promise<IpcAnswer<C>>
  subscribe<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void
}

export function bridgeOver({ invoke, subscribe }: BridgeTransport): LimberBridge {
  // Each channel's function sends what its row's `send` makes of the arguments.
  const call = (channel: IpcChannel): ((...args: never[]) => Promise<unknown>) => {
    const send: (...args: never[]) => IpcPayload<IpcChannel> = IPC_CHANNELS[channel].send
    return (...args) => invoke(channel, send(...args))
  }
  const bridge = {
    ...Object.fromEntries(IPC_CHANNEL_NAMES.map((channel) => [IPC_CHANNELS[channel].bridge, call(channel)])),
    on<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
      if (!IPC_EVENTS.includes(event)) throw new Error(`Unknown event ${JSON.stringify(event)}`)
      return subscribe(event, listener)
    },
  }
  if (!isBridge(bridge)) throw new Error('the bridge lacks a function of the contract')
  return bridge
}

/** Whether `value` has a function for every channel of the table, and `on`: the bridge the windows are given. */
function isBridge(value: object): value is LimberBridge {
  const has = (name: string) => typeof Reflect.get(value, name) === 'function'
  return has('on') && IPC_CHANNEL_NAMES.every((channel) => has(IPC_CHANNELS[channel].bridge))
}
