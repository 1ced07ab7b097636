// Decides from CoreAudio's and CoreMediaIO's answers (pure) whether a call is on: a camera running in any
// process (kCMIODevicePropertyDeviceIsRunningSomewhere), or another process recording audio — per process on
// macOS 14.2 and later (kAudioProcessPropertyIsRunningInput), else per input device
// (kAudioDevicePropertyDeviceIsRunningSomewhere, which a headset also reports while it only plays sound).

export interface CaptureAnswers {
  /** Every camera: is it running somewhere? */
  cameras: boolean[]
  /** Every device with input streams: is it running somewhere? */
  inputDevices: boolean[]
  /** macOS 14.2+: every process CoreAudio knows, with whether it records now; undefined on older systems. */
  audioProcesses?: { pid: number; recording: boolean }[]
}

export function macCallInProgress(answers: CaptureAnswers, ownPid: number): boolean {
  if (answers.cameras.some(Boolean)) return true
  if (answers.audioProcesses) return answers.audioProcesses.some((p) => p.recording && p.pid !== ownPid)
  return answers.inputDevices.some(Boolean)
}

/** A four-character code, as CoreAudio's constants are: fourCC('gone') is …DeviceIsRunningSomewhere. */
export function fourCC(code: string): number {
  if (code.length !== 4) throw new Error(`a four-character code has 4 characters, got "${code}"`)
  return [...code].reduce((value, char) => value * 256 + char.charCodeAt(0), 0)
}
