// Windows: is a camera or microphone in use (a call)? Reads the privacy consent store with reg.exe, which every
// Windows has; Windows 10 1903 and later keep the times there. The reading is in answers/windows-capture.ts.
import type { BusyReason } from '../../app/platform'
import { appsUsingDevice } from './answers/windows-capture'
import { runCommand } from './command'
import type { BusyProbe } from './probe'

const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'
/** The consent-store devices a call uses. */
export const CALL_DEVICES = ['webcam', 'microphone'] as const

export function windowsCaptureProbe(): BusyProbe {
  const query = (device: string, signal: AbortSignal) =>
    runCommand('reg.exe', ['query', `${CONSENT_STORE}\\${device}`, '/s'], { signal })
  return {
    name: 'windows-capture',
    reasons: ['call'],
    async available(signal) {
      try {
        await runCommand('reg.exe', ['query', CONSENT_STORE], { signal })
        return { available: true }
      } catch {
        // Windows 10 1903 and later keep a record of camera and microphone use; older ones do not.
        return { available: false, why: ['no-capture-record'] }
      }
    },
    async check(signal): Promise<BusyReason[]> {
      // A device no app has asked for yet has no key (reg.exe then fails): that one is simply not in use.
      const answers = await Promise.allSettled(CALL_DEVICES.map((device) => query(device, signal)))
      const read = answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : []))
      if (read.length === 0 && answers[0]?.status === 'rejected') throw answers[0].reason
      return read.some((answer) => appsUsingDevice(answer, process.execPath).length > 0) ? ['call'] : []
    },
  }
}
