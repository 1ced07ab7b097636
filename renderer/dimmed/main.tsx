// The calm dimmed screen a full-screen break puts on each other display: it says, in words, that a break is on
// another screen, and offers one way to bring it here. Nothing else: no controls to trap the keyboard, no timer, no
// motion. Its display comes in the page's address (`?display=<id>`), so "Show the break here" can say which.
import { render } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import type { DimmedState, LimberBridge } from '../../main/app/ipc-contract'
import { getBridge, markRendered } from '../shared/bridge'
import { renderOnChange, signal } from '../shared/signal'
import { createTexts } from '../shared/texts'
import type { DimmedTexts } from '../../locales/catalog'
import '../shared/theme.css'
import './dimmed.css'

// The dimmed screen shows words only: it formats nothing.
const texts = createTexts<DimmedTexts, null>('dimmed', () => null)
const t = () => texts.texts().breakWindow.dimmed
const state = signal<DimmedState | null>(null)
/** The display this page covers, as the shell named it; null in a page opened without one. */
const display = displayOf(location.search)

function displayOf(search: string): number | null {
  const value = Number(new URLSearchParams(search).get('display') ?? Number.NaN)
  return Number.isSafeInteger(value) ? value : null
}

function Dimmed({ bridge }: { bridge: LimberBridge }) {
  const words = t()
  const heading = useRef<HTMLHeadingElement>(null)
  const showing = state.value?.breakShowing ?? false
  useEffect(() => {
    document.title = `${words.title} · Limber`
  }, [words.title])
  return (
    <main class="dimmed" aria-labelledby="dimmed-title">
      <h1 id="dimmed-title" tabIndex={-1} ref={heading}>
        {words.title}
      </h1>
      <p>{showing ? words.body : words.over}</p>
      {showing && display !== null && (
        <button type="button" onClick={() => void bridge.bringBreakHere(display)}>
          {words.bringHere}
        </button>
      )}
    </main>
  )
}

const root = document.getElementById('app')
if (root) {
  const bridge = getBridge()
  void bridge.getDimmed().then(async (answer) => {
    await texts.load(answer.language)
    state.value = answer
    const draw = () => render(<Dimmed bridge={bridge} />, root)
    renderOnChange(draw)
    draw()
    markRendered()
  })
}
