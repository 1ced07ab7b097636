// A key shown on the button it presses ("S" on Snooze), once the window's keys act (key-guard.ts): a hint for a
// key that does nothing yet would mislead. Screen readers get the key from the button's aria-keyshortcuts instead.

export function Key({ children }: { children: string }) {
  return (
    <kbd class="key" aria-hidden="true">
      {children}
    </kbd>
  )
}
