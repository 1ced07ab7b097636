// The IPC contract between the windows and main, the stable place to import it from (the windows, the preload,
// the preview and the tests do): the table of channels and the types derived from it (doors/ipc-channels.ts), the
// data main answers with (doors/ipc-answers.ts), and the values commands take (doors/choices.ts). Importing this
// costs a window nothing at run time when it imports types only, as the lint rules require of the windows.
export * from './doors/choices'
export type * from './doors/ipc-answers'
export * from './doors/ipc-channels'
export type { BusyDetector, BusyDetectors, BusyReason, DetectorWhy, PageKind, WindowKind } from './platform'
export { bridgeOver, type BridgeTransport } from './ipc-bridge'
export type { UpdateStatus } from './updates/updates'
