// What the running app offers the shell that hosts it (main/electron, the preview, or the tests), and the shape of
// its entry point, `startLimber(platform)` (index.ts).
import type { Catalog } from '../../locales/catalog'
import type { IpcAnswer, IpcChannel, IpcPayload } from './doors/ipc-channels'
import type { PageKind, Platform, WindowKind } from './platform'

/** A call main refused (an unknown channel, the wrong window, a bad payload, a failing handler), and why. */
export interface IpcRefusal {
  error: string
}

/** What a call of `C` answers: the contract's answer, or a refusal. */
export type IpcReply<C extends IpcChannel> = IpcAnswer<C> | IpcRefusal

export function isRefusal(reply: unknown): reply is IpcRefusal {
  return typeof reply === 'object' && reply !== null && 'error' in reply && typeof reply.error === 'string'
}

/** What the running app offers the shell that hosts it (main/electron, or the tests). */
export interface LimberApp {
  /**
   * Answers one IPC call from a window. `sender` is the kind of our own page the message came from (the shell
   * checks the sender frame's URL before calling); the payload is untrusted and validated here. Never throws:
   * a bad payload answers `{ error: message }` (prefs:set answers field errors, as its contract says).
   */
  handleIpc(channel: string, payload: unknown, sender: PageKind): Promise<unknown>
  /**
   * The same door for code in this process that speaks the contract (the preview's bridge, the tests): the same
   * checks, with the answer typed by the channel.
   */
  call<C extends IpcChannel>(
    channel: C,
    payload: IpcPayload<C> | undefined,
    sender: PageKind,
  ): Promise<IpcReply<C>>
  /**
   * A launch's command line (argv without the executable and app path), and the folder it was typed in (`cwd`:
   * a relative file path is taken from there). Answers what happened; `told`: the app has told the user already.
   */
  handleCommandLine(args: readonly string[], cwd?: string): { ok: boolean; message: string; told?: boolean }
  /** Called by the shell when a window closed (by the user or the OS). */
  windowClosed(kind: WindowKind): void
  /** The words of the shell's own dialogs, in the language in use (an older app without it: English). */
  dialogTexts?(): DialogTexts
  dispose(): void
}

/** The shell's dialogs' words: the catalogs' `app.dialogs`. */
export type DialogTexts = Catalog['app']['dialogs']

/** The app's entry point: `startLimber(platform)` in main/app/index.ts returns a LimberApp. */
export type StartLimber = (platform: Platform) => LimberApp
