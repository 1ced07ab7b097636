// The window-side bridge of the IPC contract (`window.limber`), built over a transport: Electron's preload passes
// ipcRenderer (main/electron/preload.ts), the browser preview passes the running app itself (renderer/preview).
// One place says which channel each bridge function calls and with which payload, so both bridges are the same.
import {
  BRIDGE_CHANNELS,
  IPC_EVENTS,
  type IpcAnswer,
  type IpcChannel,
  type IpcEvent,
  type IpcEvents,
  type IpcPayload,
  type LimberBridge,
} from './ipc-contract'

/** How a bridge reaches main: one call per channel, and a subscription per event (answering its unsubscribe). */
export interface BridgeTransport {
  invoke<C extends IpcChannel>(channel: C, payload?: IpcPayload<C>): Promise<IpcAnswer<C>>
  subscribe<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void
}

export function bridgeOver({ invoke, subscribe }: BridgeTransport): LimberBridge {
  return {
    getPreferences: () => invoke(BRIDGE_CHANNELS.getPreferences),
    setPreferences: (patch) => invoke(BRIDGE_CHANNELS.setPreferences, patch),
    resetPreferences: () => invoke(BRIDGE_CHANNELS.resetPreferences),
    getUpcoming: () => invoke(BRIDGE_CHANNELS.getUpcoming),
    getHistory: () => invoke(BRIDGE_CHANNELS.getHistory),
    getStatus: () => invoke(BRIDGE_CHANNELS.getStatus),
    getStretches: () => invoke(BRIDGE_CHANNELS.getStretches),
    getBreak: () => invoke(BRIDGE_CHANNELS.getBreak),
    act: (id, action) => invoke(BRIDGE_CHANNELS.act, { id, action }),
    pause: (duration) => invoke(BRIDGE_CHANNELS.pause, { duration }),
    resume: () => invoke(BRIDGE_CHANNELS.resume),
    breakNow: () => invoke(BRIDGE_CHANNELS.breakNow),
    stretchNow: () => invoke(BRIDGE_CHANNELS.stretchNow),
    startTherapy: (mode) => invoke(BRIDGE_CHANNELS.startTherapy, { mode }),
    stopTherapy: () => invoke(BRIDGE_CHANNELS.stopTherapy),
    getWelcome: () => invoke(BRIDGE_CHANNELS.getWelcome),
    markWelcomeSeen: () => invoke(BRIDGE_CHANNELS.markWelcomeSeen),
    sendTestReminder: () => invoke(BRIDGE_CHANNELS.sendTestReminder),
    getBusyDetectors: () => invoke(BRIDGE_CHANNELS.getBusyDetectors),
    startSoreBack: (days) => invoke(BRIDGE_CHANNELS.startSoreBack, { days }),
    endSoreBack: () => invoke(BRIDGE_CHANNELS.endSoreBack),
    putAwaySoreBackNotices: () => invoke(BRIDGE_CHANNELS.putAwaySoreBackNotices),
    setBrace: (on) => invoke(BRIDGE_CHANNELS.setBrace, { on }),
    saveCheckIn: (pain, word) =>
      invoke(BRIDGE_CHANNELS.saveCheckIn, word === undefined ? { pain } : { pain, word }),
    dismissCheckIn: () => invoke(BRIDGE_CHANNELS.dismissCheckIn),
    exportData: () => invoke(BRIDGE_CHANNELS.exportData),
    on(event, listener) {
      if (!IPC_EVENTS.includes(event)) throw new Error(`Unknown event ${JSON.stringify(event)}`)
      return subscribe(event, listener)
    },
  }
}
