// Ctrl+plus, Ctrl+minus and Ctrl+0 (⌘ on a Mac) zoom the window, as in any browser. The windows have no menu (it
// carried these keys), so each window asks main for one step; main keeps each window's zoom with the preferences
// and has the shell apply it, now and whenever that window opens again.
import type { LimberBridge } from '../../main/app/ipc-contract'
import type { ZoomStep } from '../../main/core/zoom'

/** The key each step answers to: "+" is Shift+"=" on many layouts, so "=" zooms in too; numpad keys give "+"/"-". */
const STEPS: Readonly<Record<string, ZoomStep>> = { '+': 'in', '=': 'in', '-': 'out', _: 'out', '0': 'reset' }

export function zoomWithKeys(bridge: Pick<LimberBridge, 'zoom'>): void {
  window.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const step = STEPS[event.key]
    if (!step) return
    event.preventDefault()
    void bridge.zoom(step)
  })
}
