// A break window that opened by itself (no notification could be shown) must not answer what the user was typing
// into another app: "yes sounds good" must not snooze it (S), and Enter must not record a whole break. Its keys
// act only once the user has reached for it: a click anywhere in it, or a focus they gave it (a focus that comes
// the moment it opens is the window manager's, not theirs). Main opens such a window without focus too
// (showInactive); this is the second lock, for systems that focus new windows anyway.
import { useLayoutEffect, useState } from 'preact/hooks'

/** A focus this soon after the window opened came with it (a window manager focusing new windows). */
const FOCUS_GRACE_MS = 1_000
/**
 * The keys that act in the break window: Done (Enter), Snooze (S), Skip (Esc), the routine's Pause (P), I'm ready
 * (R), and Space on any button.
 */
const ACTING_KEYS = new Set(['Enter', ' ', 's', 'S', 'Escape', 'p', 'P', 'r', 'R'])

/**
 * Whether the window's keys act: at once when the user asked for the window, otherwise from the first click or
 * the first focus the user gave it. Until then, the acting keys are swallowed before anything sees them.
 */
export function useKeysAct(userAsked: boolean): boolean {
  const [reached, setReached] = useState(false)
  const acts = userAsked || reached
  // Layout effects: the guard is in place from the first render, and is lifted the moment the user reaches for it
  // (a key pressed right after that acts), not a frame later.
  useLayoutEffect(() => {
    if (acts) return
    const opened = performance.now()
    let blurred = false
    let lifted = false
    const reach = () => {
      lifted = true
      setReached(true)
    }
    // A click made with a pointer (a click the keyboard makes has no detail, and the keys are swallowed anyway).
    // The click, not the press: by then the press has put the focus where it goes.
    const onClick = (event: MouseEvent) => {
      if (event.detail > 0) reach()
    }
    const onFocus = () => {
      if (blurred || performance.now() - opened >= FOCUS_GRACE_MS) reach()
    }
    const onBlur = () => {
      blurred = true
    }
    const swallow = (event: KeyboardEvent) => {
      if (lifted || !ACTING_KEYS.has(event.key)) return
      event.preventDefault()
      event.stopImmediatePropagation()
    }
    window.addEventListener('click', onClick, true)
    window.addEventListener('focus', onFocus)
    window.addEventListener('blur', onBlur)
    window.addEventListener('keydown', swallow, true)
    window.addEventListener('keyup', swallow, true)
    window.addEventListener('keypress', swallow, true)
    return () => {
      window.removeEventListener('click', onClick, true)
      window.removeEventListener('focus', onFocus)
      window.removeEventListener('blur', onBlur)
      window.removeEventListener('keydown', swallow, true)
      window.removeEventListener('keyup', swallow, true)
      window.removeEventListener('keypress', swallow, true)
    }
  }, [acts])
  return acts
}
