// Reads macOS Focus (Do Not Disturb) state (pure). Two sources: the Focus database,
// ~/Library/DoNotDisturb/DB/Assertions.json (macOS 12 and later; readable on 13 and later only with Full Disk
// Access), where a Focus the user turned on is an assertion record; and, without that access, the menu bar's
// Focus item, which macOS shows only while a Focus is on when set to "Show When Active" (the default).

/** The largest Focus database read: it holds a record per Focus turned on, a few kilobytes at most. */
export const ASSERTIONS_MAX_BYTES = 1024 * 1024

/** Assertions.json: `data[].storeAssertionRecords[]`, one record per Focus turned on by hand or by a shortcut. */
export function focusOnFromAssertions(json: string): boolean {
  if (json.length > ASSERTIONS_MAX_BYTES) {
    throw new Error(
      `Assertions.json holds ${json.length} characters, more than a Focus database (${ASSERTIONS_MAX_BYTES})`,
    )
  }
  const parsed = JSON.parse(json) as { data?: { storeAssertionRecords?: unknown[] }[] }
  if (!Array.isArray(parsed.data)) throw new Error('Assertions.json has no "data" list')
  return parsed.data.some((entry) => (entry.storeAssertionRecords ?? []).length > 0)
}

/**
 * The menu bar's Focus item: `defaults read com.apple.controlcenter "NSStatusItem Visible FocusModes"` prints 1
 * while it shows. That means "a Focus is on" only when the item shows when active (its setting, read with
 * `defaults -currentHost read com.apple.controlcenter FocusModes`, is absent or 2); with "Always Show" (18)
 * or "Don't Show" (8) it says nothing, and this answers undefined.
 */
export function focusOnFromMenuBar(
  visibleStdout: string,
  modeStdout: string | undefined,
): boolean | undefined {
  const mode = modeStdout?.trim()
  if (mode !== undefined && mode !== '' && mode !== '2') return undefined
  const visible = visibleStdout.trim()
  if (visible !== '0' && visible !== '1')
    throw new Error(`defaults answered "${visible.slice(0, 20)}", not 0 or 1`)
  return visible === '1'
}
