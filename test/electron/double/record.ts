// The double's records: what the adapters asked of Electron and what the doubles made, kept beside the doubles
// (never on them, so they carry only Electron's own members), and the compile-time check that keeps them so.
import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import type { BrowserWindow } from './windows'
import type { MenuDouble, NativeImageDouble, Notification, Tray } from './tray'

export type Listener = (...args: never[]) => unknown
export type Handler = (event: Electron.IpcMainInvokeEvent, payload: unknown) => unknown

/** For `satisfies`: only names Electron's type has (where its values are whole Electron objects the double is not). */
export type NamesOf<Real> = Partial<Record<keyof Real, unknown>>

/**
 * Compile-time check: the double declares no public member that Electron's type lacks. When it does, the call
 * fails to compile ("Expected 1 arguments") and the missing argument's type names the invented members.
 */
type Invented<Double, Real> = Exclude<keyof Double, keyof Real>
export function electronHas<Double, Real>(
  ..._nothingInvented: [Invented<Double, Real>] extends [never]
    ? []
    : [inventedMembers: Invented<Double, Real>]
): void {}

/** A fresh, empty user-data folder for each test; the previous one is removed at each reset and after the file. */
export const freshUserData = () => mkdtempSync(join(tmpdir(), 'limber-double-'))
afterAll(() => rmSync(recorded.paths.userData, { recursive: true, force: true }))

export const recorded = {
  calls: [] as { api: string; args: unknown[] }[],
  ipcHandlers: new Map<string, Handler>(),
  ipcListeners: new Map<string, Listener[]>(),
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  permissionRequestHandler: undefined as Listener | undefined,
  permissionCheckHandler: undefined as Listener | undefined,
  devicePermissionHandler: undefined as Listener | undefined,
  sessionEvents: new EventEmitter(),
  exposed: new Map<string, unknown>(),
  singleInstanceLock: true,
  notificationsSupported: true,
  /** The OS refuses to show notifications: each one emits 'failed' when shown. */
  notificationsFail: false,
  /** Page loads fail as a missing page would (ERR_FILE_NOT_FOUND). */
  failLoads: false,
  idleSeconds: 0,
  /** What app.getPreferredSystemLanguages() answers . */
  systemLanguages: ['en-GB'] as string[],
  /** What app.getLocale() answers once ready (before 'ready' it is '' on Windows; the double models that). */
  locale: 'en-GB',
  /** What the next folder dialog answers. */
  openDialog: { canceled: true, filePaths: [] as string[] },
  paths: { userData: freshUserData(), appPath: '/app' },
}

/** Everything the doubles were asked to create, in order (destroyed ones included). */
export const made = {
  windows: [] as BrowserWindow[],
  trays: [] as Tray[],
  notifications: [] as Notification[],
}

export interface WindowRecord {
  options: Electron.BrowserWindowConstructorOptions
  menuRemoved: boolean
  /** The page has a beforeunload handler that refuses to unload. */
  pagePreventsUnload: boolean
  windowOpenHandler?: (details: { url: string }) => { action: string }
}
export interface TrayRecord {
  images: NativeImageDouble[]
  tooltips: string[]
  menus: MenuDouble[]
}
export interface NotificationRecord {
  options: Electron.NotificationConstructorOptions
  shown: boolean
  closed: boolean
}
export const records = new WeakMap<object, WindowRecord | TrayRecord | NotificationRecord>()

export function recordOf(window: BrowserWindow): WindowRecord
export function recordOf(tray: Tray): TrayRecord
export function recordOf(notification: Notification): NotificationRecord
export function recordOf(made: object): WindowRecord | TrayRecord | NotificationRecord {
  const record = records.get(made)
  if (!record) throw new Error('not made by the double')
  return record
}

export function record(api: string, ...args: unknown[]): void {
  recorded.calls.push({ api, args })
}

export function callsTo(api: string): unknown[][] {
  return recorded.calls.filter((call) => call.api === api).map((call) => call.args)
}

/** Makes an Electron-style event whose preventDefault() is remembered. */
export function electronEvent<Params extends object>(params: Params): Electron.Event<Params> {
  let prevented = false
  const event = { ...params, preventDefault: () => void (prevented = true) }
  Object.defineProperty(event, 'defaultPrevented', { get: () => prevented, enumerable: true })
  return event as Electron.Event<Params>
}
