// A button that asks before it acts, in a modal <dialog> of our own (window.confirm would block the window and
// cannot be styled or themed). Cancel has the focus first, so Enter never resets by accident.
import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { t } from './texts'

interface ConfirmProps {
  /** Names the dialog and its parts, unique in the window ("confirm": the reset dialog). */
  id?: string
  label: string
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => Promise<void> | void
  /** A choice to make before confirming (shown under the body). */
  children?: ComponentChildren
}

export function ConfirmButton(props: ConfirmProps) {
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const id = props.id ?? 'confirm'

  // A layout effect: the dialog is open, Cancel focused, in the same task as the click that asked, never a frame
  // later (a quick Enter, or a test reading the focus, must find Cancel; on a busy machine a frame can be late).
  useLayoutEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) {
      el.showModal()
      cancel.current?.focus()
    } else if (!open && el.open) {
      el.close()
    }
  }, [open])

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {props.label}
      </button>
      <dialog
        ref={dialog}
        class={id === 'confirm' ? 'confirm' : 'ask'}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => setOpen(false)}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        <p id={`${id}-body`}>{props.body}</p>
        {props.children}
        <div class="row-buttons end">
          <button type="button" ref={cancel} onClick={() => setOpen(false)}>
            {t().cancel}
          </button>
          <button
            type="button"
            class="primary"
            onClick={async () => {
              setOpen(false)
              await props.onConfirm()
            }}
          >
            {props.confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  )
}
