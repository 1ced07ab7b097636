// Limber's entry point for a shell (main/electron, the preview, or the tests): `startLimber(platform)` starts the
// running app and answers with what the shell calls into: IPC calls, second-launch command lines, window closes,
// dispose. Also everything a shell needs besides: the Platform port it implements, the command line's rules, the
// dialogs' words. The IPC contract's types are in ./ipc-contract (the windows import them from there).
import { resolveLanguage } from '../core/i18n/languages'
import { parseCommandLine } from './doors/command-line'
import { FirstRun } from './doors/first-run'
import { answerChannel, answerIpc, ipcHandlers } from './doors/ipc-handlers'
import { Limber } from './limber'
import type { DialogTexts, IpcRefusal, LimberApp, StartLimber } from './limber-app'
import type { Platform } from './platform'
import { speechFor } from './speech'

export type * from './platform'
export { BUSY_REASONS, DETECTOR_WHYS } from './platform'
export type { DialogTexts, IpcRefusal, IpcReply, LimberApp, StartLimber } from './limber-app'
export { isRefusal } from './limber-app'
export { isShellSwitch, parseCommandLine } from './doors/command-line'
export { checkPlainData } from './doors/ipc-check'

export const startLimber: StartLimber = (platform: Platform): LimberApp => {
  const app = new Limber(platform)
  // The welcome shown once, on the very first start, and its channels (welcome, test reminder).
  const firstRun = new FirstRun(
    platform,
    () => app.getPreferences().notifications.sound,
    () => app.speech().texts.app,
  )
  const handlers = ipcHandlers(app, firstRun, platform)
  firstRun.openWelcomeOnFirstStart(() => platform.openWindow('settings'))
  // Never a throw back into the shell: whatever escapes the door's own checks answers as an internal error.
  const guarded = <T>(answer: () => T | Promise<T>): Promise<T | IpcRefusal> => {
    try {
      return Promise.resolve(answer())
    } catch (error) {
      platform.log('error', 'IPC call failed', error)
      return Promise.resolve({ error: 'internal error' })
    }
  }
  return {
    handleIpc: (channel, payload, sender) =>
      guarded(() => answerIpc(handlers, platform, channel, payload, sender)),
    call: (channel, payload, sender) =>
      guarded(() => answerChannel(handlers, platform, channel, payload, sender)),
    handleCommandLine: (args, cwd) => {
      const texts = app.speech().texts.app
      const parsed = parseCommandLine(args, texts, cwd)
      if (!parsed.ok) return parsed
      try {
        return app.run(parsed.command)
      } catch (error) {
        platform.log('error', 'command failed', error)
        return { ok: false, message: texts.commands.failed }
      }
    },
    windowClosed: (kind) => app.guard(() => app.windowClosed(kind)),
    dialogTexts: () => app.speech().texts.app.dialogs,
    dispose: () => app.dispose(),
  }
}

/** The shell's dialogs' words in the best of Limber's languages for `systemLanguages` (for a start that failed). */
export function systemDialogTexts(systemLanguages: readonly string[]): DialogTexts {
  return speechFor(resolveLanguage('system', systemLanguages)).texts.app.dialogs
}
