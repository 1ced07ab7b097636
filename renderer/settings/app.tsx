// The settings window's frame: a side navigation beside one scrolling column of sections, so every setting can
// be reached by keyboard, by search (Ctrl+F) and by scrolling. Only that column scrolls: the window itself never
// does, so the navigation stays in view. Changes apply as they are made; there is no Save. On the very first
// start the column shows the welcome instead.
import { useEffect, useState } from 'preact/hooks'
import { Activities } from './activities'
import { Bedtime } from './bedtime'
import { Progress } from './progress'
import { Breaks, ColdAndHeat, General, Section, Stretches } from './sections'
import { SoreBackSettings } from './sore-back'
import { notice, prefs, status, welcomeOpen } from './state'
import { Today } from './today'
import { Welcome, openWelcome } from './welcome'

const NAV = [
  ['today', 'Today'],
  ['breaks', 'Posture breaks'],
  ['stretches', 'Stretches'],
  ['bedtime', 'Bedtime'],
  ['activities', 'Activities'],
  ['general', 'General'],
  ['therapy', 'Cold and heat'],
  ['sore-back', 'Sore back'],
  ['progress', 'Progress'],
  ['about', 'About'],
] as const

export function App() {
  const p = prefs.value
  if (!p) return <p class="loading">Loading your settings…</p>
  return (
    <div class="layout">
      <Nav />
      <main id="content" tabIndex={-1}>
        {welcomeOpen.value ? (
          <Welcome prefs={p} />
        ) : (
          <>
            <Today />
            <Breaks prefs={p} />
            <Stretches prefs={p} />
            <Bedtime prefs={p} />
            <Activities prefs={p} />
            <General prefs={p} />
            <ColdAndHeat prefs={p} />
            <SoreBackSettings prefs={p} />
            <Progress />
            <About />
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
  if (welcomeOpen.value) {
    welcomeOpen.value = false
    requestAnimationFrame(go)
  } else go()
}

function Nav() {
  const current = useCurrentSection()
  return (
    <nav aria-label="Settings sections">
      <h1 class="brand">
        <span class="logo" aria-hidden="true" />
        Limber<span class="sr-only"> settings</span>
      </h1>
      <ul>
        {NAV.map(([id, label]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={!welcomeOpen.value && current === id ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault()
                jumpTo(id)
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
      <p class="notice" role="status">
        {notice.value.text}
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
  return (
    <Section id="about" title="About Limber">
      <p>
        Limber sits in your tray and nudges you to look after your back while you work: a posture reset, a
        short stretch, time to get up and move, and in the evening a reminder to wind down and get to bed on
        time.
      </p>
      <div class="disclaimer">
        <p>
          <strong>Limber is not medical advice.</strong> Its suggestions are general ones for everyday back
          care, and they are no substitute for a doctor or physiotherapist.
        </p>
        <p>
          If your back pain is severe, does not get better, or keeps coming back, please see a doctor. Stop
          any stretch that hurts.
        </p>
      </div>
      <div class="row-buttons">
        <button type="button" onClick={openWelcome}>
          Show the welcome again
        </button>
      </div>
      <p class="muted">Version {status.value?.version ?? 'unknown'}</p>
      {status.value?.logFile && (
        <p class="muted">
          Log file, to attach to a problem report: <span class="log-file">{status.value.logFile}</span>
        </p>
      )}
    </Section>
  )
}
