// macOS: is a Focus (Do Not Disturb) on? Reads the Focus database when macOS lets us (macOS 12, or 13 and later
// with Full Disk Access), else the menu bar's Focus item through `defaults`. Apple offers apps outside the App
// Store no API for this (INFocusStatusCenter needs an App Store-only entitlement). Parsing: answers/macos-focus.ts.
import { readFile, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { BusyReason } from '../../app/platform'
import { ASSERTIONS_MAX_BYTES, focusOnFromAssertions, focusOnFromMenuBar } from './answers/macos-focus'
import { runCommand } from './command'
import type { BusyProbe } from './probe'

const ASSERTIONS = join(homedir(), 'Library', 'DoNotDisturb', 'DB', 'Assertions.json')

/** The Focus database's text; a file larger than any Focus database is not read at all. */
async function readAssertions(): Promise<string> {
  const { size } = await stat(ASSERTIONS)
  if (size > ASSERTIONS_MAX_BYTES)
    throw new Error(`Assertions.json is ${size} bytes, more than a Focus database`)
  return readFile(ASSERTIONS, 'utf8')
}

/** The menu bar's Focus item: visible now, and its "show" setting (undefined when never changed). */
async function menuBarFocus(signal: AbortSignal): Promise<boolean | undefined> {
  const read = (args: string[]) => runCommand('defaults', args, { signal }).catch(() => undefined)
  const [visible, mode] = await Promise.all([
    read(['read', 'com.apple.controlcenter', 'NSStatusItem Visible FocusModes']),
    read(['-currentHost', 'read', 'com.apple.controlcenter', 'FocusModes']),
  ])
  // The key is written the first time the item shows: absent means no Focus has been on.
  return focusOnFromMenuBar(visible ?? '0', mode)
}

export function macFocusProbe(): BusyProbe {
  let source: 'database' | 'menu bar' = 'database'
  return {
    name: 'macos-focus',
    reasons: ['do-not-disturb'],
    async available(signal) {
      try {
        focusOnFromAssertions(await readAssertions())
        source = 'database'
        return { available: true }
      } catch {
        source = 'menu bar'
      }
      if ((await menuBarFocus(signal)) !== undefined) return { available: true }
      // macOS keeps Focus private: Full Disk Access, or the menu bar's Focus item on "Show When Active".
      return { available: false, why: ['needs-full-disk-access'] }
    },
    async check(signal): Promise<BusyReason[]> {
      const on =
        source === 'database' ? focusOnFromAssertions(await readAssertions()) : await menuBarFocus(signal)
      return on ? ['do-not-disturb'] : []
    },
  }
}
