// The settings window's frame: a side navigation beside one scrolling column of sections, so every setting can
// be reached by keyboard, by search (Ctrl+F) and by scrolling. Only that column scrolls: the window itself never
// does, so the navigation stays in view. Changes apply as they are made; there is no Save. On the very first
// start the column shows the welcome instead. What is on screen is drawn first: the first load carries Today (or the
// welcome) alone; the other sections are fetched right after the first render (section-loader.ts) and drawn once
// the first frame is painted, and the column says it is busy until they are all there.
import { useEffect, useState } from 'preact/hooks'
import { SECTIONS } from './section-table'
import { drawnSections, isDrawn, openWelcome, showTheRest, welcomeView, whenDrawable } from './section-loader'
import { notice, prefs, welcomeOpen } from './state'
import { t } from './texts'

export function App() {
  const p = prefs.value
  // After the first frame (an effect runs once it is painted), the sections below the first screen.
  useEffect(showTheRest, [])
  if (!p) return null
  document.title = t().pageTitle
  const Welcome = welcomeOpen.value ? welcomeView() : undefined
  const drawn = drawnSections()
  const busy = !Welcome && drawn.length < SECTIONS.length
  return (
    <div class="layout">
      <Nav />
      <main id="content" tabIndex={-1} aria-busy={busy ? 'true' : undefined}>
        {Welcome ? (
          <Welcome prefs={p} showWelcome={showWelcome} />
        ) : (
          drawn.map(({ id, View }) => <View key={id} prefs={p} showWelcome={showWelcome} />)
        )}
      </main>
    </div>
  )
}

/** Opens the welcome again; a failure to load it leaves the sections as they are. */
function showWelcome(): void {
  openWelcome().catch((error: unknown) => console.error('settings: the welcome:', error))
}

/**
 * Scrolls the content column to a section and moves the focus to its heading, so the next Tab goes to the
 * section's first control. From the welcome, the sections are shown first; a section not drawn yet is waited for
 * (with those above it, which decide where it is), while the focus stays on the link that asked.
 */
function jumpTo(id: string): void {
  const go = () => {
    const section = document.getElementById(id)
    const main = document.getElementById('content')
    if (!section || !main) return
    // The column is the sections' offset parent (position: relative), and the only thing that scrolls.
    main.scrollTo({ top: section.offsetTop - 16 })
    document.getElementById(`${id}-title`)?.focus({ preventScroll: true })
  }
  if (!welcomeOpen.value && isDrawn(id)) {
    go()
    return
  }
  welcomeOpen.value = false
  showTheRest()
  whenDrawable(id).then(
    () => requestAnimationFrame(go),
    (error: unknown) => console.error(`settings: section ${id}:`, error),
  )
}

function Nav() {
  const current = useCurrentSection()
  const nav = t().nav
  return (
    <nav aria-label={nav.label}>
      <h1 class="brand">
        <span class="logo" aria-hidden="true" />
        <span aria-hidden="true">Limber</span>
        <span class="sr-only">{t().pageTitle}</span>
      </h1>
      <ul>
        {SECTIONS.map(({ id, nav: key }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={!welcomeOpen.value && current === id ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault()
                jumpTo(id)
              }}
            >
              {nav[key]}
            </a>
          </li>
        ))}
      </ul>
      <p class="notice" role="status">
        {typeof notice.value.text === 'function' ? notice.value.text() : notice.value.text}
        {notice.value.detail && <span class="sr-only"> {notice.value.detail}</span>}
      </p>
    </nav>
  )
}

/** The section at the top of the scrolling column, to mark it in the navigation. */
function useCurrentSection(): string {
  const [current, setCurrent] = useState(SECTIONS[0]?.id ?? '')
  useEffect(() => {
    const main = document.getElementById('content')
    if (!main) return
    const onScroll = () => {
      const top = main.getBoundingClientRect().top
      let found = SECTIONS[0]?.id ?? ''
      for (const { id } of SECTIONS) {
        const el = document.getElementById(id)
        if (el && el.getBoundingClientRect().top - top <= 80) found = id
      }
      if (main.scrollTop + main.clientHeight >= main.scrollHeight - 2) found = SECTIONS.at(-1)?.id ?? found
      setCurrent(found)
    }
    main.addEventListener('scroll', onScroll, { passive: true })
    return () => main.removeEventListener('scroll', onScroll)
  }, [])
  return current
}
