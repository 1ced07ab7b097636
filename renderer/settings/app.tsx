// The settings window's frame: a side navigation beside one scrolling column of sections, so every setting can
// be reached by keyboard, by search (Ctrl+F) and by scrolling. Only that column scrolls: the window itself never
// does, so the navigation stays in view. Changes apply as they are made; there is no Save. On the very first
// start the column shows the welcome instead. What is on screen is drawn first: Today, then (after that first frame)
// the sections below it, so the window shows its data sooner; the column says it is busy until then.
import { useEffect, useState } from 'preact/hooks'
import { Activities } from './activities'
import { Bedtime } from './bedtime'
import { DayLimitSettings } from './day-limit'
import { Progress } from './progress'
import { Breaks, ColdAndHeat, General, Section, Stretches } from './sections'
import { SoreBackSettings } from './sore-back'
import { allSections, notice, prefs, status, welcomeOpen } from './state'
import { Today } from './today'
import { t, words } from './texts'
import { WarningSigns } from '../shared/warning-signs'
import { Welcome, openWelcome } from './welcome'

/** The sections in order: each one's element id and its key in the catalog's `nav`. */
const NAV = [
  ['today', 'today'],
  ['breaks', 'breaks'],
  ['stretches', 'stretches'],
  ['bedtime', 'bedtime'],
  ['activities', 'activities'],
  ['general', 'general'],
  ['therapy', 'therapy'],
  ['sore-back', 'soreBack'],
  ['day-limit', 'dayLimit'],
  ['progress', 'progress'],
  ['about', 'about'],
] as const

export function App() {
  const p = prefs.value
  // After the first frame (an effect runs once it is painted), the sections below Today.
  useEffect(() => {
    allSections.value = true
  }, [])
  if (!p) return null
  document.title = t().pageTitle
  const drawing = !welcomeOpen.value && !allSections.value
  return (
    <div class="layout">
      <Nav />
      <main id="content" tabIndex={-1} aria-busy={drawing ? 'true' : undefined}>
        {welcomeOpen.value ? (
          <Welcome prefs={p} />
        ) : (
          <>
            <Today />
            {!drawing && (
              <>
                <Breaks prefs={p} />
                <Stretches prefs={p} />
                <Bedtime prefs={p} />
                <Activities prefs={p} />
                <General prefs={p} />
                <ColdAndHeat prefs={p} />
                <SoreBackSettings prefs={p} />
                <DayLimitSettings prefs={p} />
                <Progress />
                <About />
              </>
            )}
          </>
        )}
      </main>
    </div>
  )
}

/**
 * Scrolls the content column to a section and moves the focus to its heading, so the next Tab goes to the
 * section's first control. From the welcome, the sections are shown first.
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
  if (welcomeOpen.value || !allSections.value) {
    welcomeOpen.value = false
    allSections.value = true
    requestAnimationFrame(go)
  } else go()
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
        {NAV.map(([id, key]) => (
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
  const [current, setCurrent] = useState<string>('today')
  useEffect(() => {
    const main = document.getElementById('content')
    if (!main) return
    const onScroll = () => {
      const top = main.getBoundingClientRect().top
      let found: string = NAV[0][0]
      for (const [id] of NAV) {
        const el = document.getElementById(id)
        if (el && el.getBoundingClientRect().top - top <= 80) found = id
      }
      if (main.scrollTop + main.clientHeight >= main.scrollHeight - 2) found = 'about'
      setCurrent(found)
    }
    main.addEventListener('scroll', onScroll, { passive: true })
    return () => main.removeEventListener('scroll', onScroll)
  }, [])
  return current
}

function About() {
  const about = t().about
  return (
    <Section id="about" title={about.title}>
      <p>{about.what}</p>
      <div class="disclaimer">
        <p>
          <strong>{about.notAdvice}</strong> {about.general}
        </p>
        <p>{about.doctor}</p>
        <details class="signs">
          <summary>{words().warningSigns.title}</summary>
          <WarningSigns id="about-signs" level={3} />
        </details>
      </div>
      <div class="row-buttons">
        <button type="button" onClick={openWelcome}>
          {about.welcomeAgain}
        </button>
      </div>
      <p class="muted">{about.version({ version: status.value?.version ?? about.unknown })}</p>
      {status.value?.logFile && (
        <p class="muted">
          {about.logFile} <span class="log-file">{status.value.logFile}</span>
        </p>
      )}
    </Section>
  )
}
