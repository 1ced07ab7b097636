// Reads which apps are using the camera or the microphone on Windows (pure), from the privacy consent store that
// drives the taskbar's "in use" icon: HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\
// ConsentStore\<webcam|microphone>\… holds, per app, LastUsedTimeStart and LastUsedTimeStop (FILETIMEs); an app
// using the device now has started (Start > 0) and not stopped (Stop = 0). The input is `reg query … /s` output.

/** One app's key in the consent store and its last-use times. */
export interface ConsentEntry {
  /** The registry key, e.g. …\webcam\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe */
  key: string
  start?: bigint
  stop?: bigint
}

/** Splits `reg query <key> /s` output into keys with their LastUsedTimeStart/Stop values. */
export function parseRegQuery(text: string): ConsentEntry[] {
  const entries: ConsentEntry[] = []
  let current: ConsentEntry | undefined
  for (const line of text.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      current = { key: line.trim() }
      entries.push(current)
      continue
    }
    // reg.exe prints values as: four spaces, name, four spaces, type, four spaces, data.
    const value = /^ {4}(LastUsedTimeStart|LastUsedTimeStop) {4}REG_QWORD {4}0x([0-9a-fA-F]+)\s*$/.exec(line)
    if (value && current) {
      const time = BigInt(`0x${value[2]}`)
      if (value[1] === 'LastUsedTimeStart') current.start = time
      else current.stop = time
    }
  }
  return entries
}

/** The app a consent-store key stands for: "Zoom.exe" (a desktop app's path, '#' for '\') or a package name. */
export function appOfKey(key: string): string {
  const last = key.split('\\').pop() ?? key
  return last.split('#').pop() ?? last
}

/**
 * The apps using the device now. `ownExecutable` (this app's path) is left out: the key of a desktop app is its
 * path with every '\' written as '#'.
 */
export function appsUsingDevice(regQueryOutput: string, ownExecutable = ''): string[] {
  const own = ownExecutable.replaceAll('\\', '#').toLowerCase()
  return parseRegQuery(regQueryOutput)
    .filter((entry) => entry.start !== undefined && entry.start > 0n && entry.stop === 0n)
    .filter((entry) => !own || !entry.key.toLowerCase().endsWith(`\\${own}`))
    .map((entry) => appOfKey(entry.key))
}
