// The emergency way out of a break without Skip (firm mode): Esc held down for three seconds leaves it, and main
// records it as skipped. A tap does nothing, so a stray Esc cannot throw away a break the user chose to keep; letting
// go, or the window losing the keyboard, starts over.
import { useEffect, useRef, useState } from 'preact/hooks'
import { EMERGENCY_HOLD_MS } from '../../main/core/firm/answers'

/**
 * While `active`, holding Esc for EMERGENCY_HOLD_MS calls `leave` once. Answers whether Esc is being held now (the
 * window then says to keep holding). `keysAct`: the window's keys act (key-guard.ts).
 */
export function useHoldToLeave(active: boolean, keysAct: boolean, leave: () => void): boolean {
  const [holding, setHolding] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const leaveRef = useRef(leave)
  leaveRef.current = leave

  useEffect(() => {
    if (!active || !keysAct) return
    const stop = () => {
      if (timer.current !== null) clearTimeout(timer.current)
      timer.current = null
      setHolding(false)
    }
    const down = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.ctrlKey || event.metaKey || event.altKey) return
      event.preventDefault()
      // The key's own repeats keep the hold going; only the first press starts it.
      if (timer.current !== null) return
      setHolding(true)
      timer.current = setTimeout(() => {
        timer.current = null
        setHolding(false)
        leaveRef.current()
      }, EMERGENCY_HOLD_MS)
    }
    const up = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stop()
    }
    document.addEventListener('keydown', down)
    document.addEventListener('keyup', up)
    window.addEventListener('blur', stop)
    return () => {
      stop()
      document.removeEventListener('keydown', down)
      document.removeEventListener('keyup', up)
      window.removeEventListener('blur', stop)
    }
  }, [active, keysAct])

  return holding
}
