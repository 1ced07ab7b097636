// Windows: full screen, presenting, quiet time and Focus Assist / Do Not Disturb, through two calls made with
// koffi (a maintained FFI library with prebuilt binaries; no native build): SHQueryUserNotificationState
// (shell32, documented) and NtQueryWnfStateData (ntdll, undocumented but stable since Windows 10 1803, the
// call windows-focus-assist makes). The meaning of the answers is in answers/windows-notification-state.ts.
import type { BusyReason } from '../../app/platform'
import { failed, focusAssistReasons, notificationStateReasons } from './answers/windows-notification-state'
import type { BusyProbe } from './probe'

/** WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED: the shell's state name for the active Focus Assist profile. */
const QUIET_HOURS_STATE = new Uint32Array([0xa3bf1c75, 0x0d83063e])

interface WindowsCalls {
  notificationState(): number
  /** The active Focus Assist profile, or undefined when this Windows does not publish one. */
  focusAssistProfile(): number | undefined
}

let calls: Promise<WindowsCalls> | undefined

/** Binds the two Windows calls once (koffi loads only on Windows, and only when first asked). */
function windowsCalls(): Promise<WindowsCalls> {
  return (calls ??= import('koffi').then(({ default: koffi }) => {
    const shell32 = koffi.load('shell32.dll')
    const ntdll = koffi.load('ntdll.dll')
    const query = shell32.func('long __stdcall SHQueryUserNotificationState(_Out_ int *pquns)')
    const wnf = ntdll.func(
      'long __stdcall NtQueryWnfStateData(const uint32_t *stateName, void *typeId, void *scope, uint32_t *changeStamp, uint32_t *buffer, uint32_t *bufferSize)',
    )
    return {
      notificationState() {
        const state: [number | null] = [null]
        const hr = query(state) as number
        if (failed(hr) || state[0] === null)
          throw new Error(`SHQueryUserNotificationState failed (0x${(hr >>> 0).toString(16)})`)
        return state[0]
      },
      focusAssistProfile() {
        const stamp = new Uint32Array(1)
        const profile = new Uint32Array(1)
        const size = new Uint32Array([4])
        const status = wnf(QUIET_HOURS_STATE, null, null, stamp, profile, size) as number
        if (failed(status)) return undefined
        return profile[0]
      },
    }
  }))
}

export function windowsNotificationStateProbe(): BusyProbe {
  return {
    name: 'windows-notification-state',
    reasons: ['full-screen', 'presenting', 'do-not-disturb'],
    async available() {
      const windows = await windowsCalls()
      notificationStateReasons(windows.notificationState())
      return { available: true }
    },
    async check(): Promise<BusyReason[]> {
      const windows = await windowsCalls()
      const reasons = notificationStateReasons(windows.notificationState())
      const profile = windows.focusAssistProfile()
      return profile === undefined ? reasons : [...reasons, ...focusAssistReasons(profile)]
    },
  }
}
