// The About section: what Limber is, that it is not medical advice and when to see a doctor, the welcome again,
// the version, its updates, and where the log file is.
import { Section } from './section'
import type { SectionProps } from './section-view'
import { status } from './state'
import { t, words } from './texts'
import { Updates } from './updates'
import { WarningSigns } from '../shared/warning-signs'
import '../shared/warning-signs.css'
import './about.css'

export function About({ prefs, showWelcome }: SectionProps) {
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
        <button type="button" onClick={showWelcome}>
          {about.welcomeAgain}
        </button>
      </div>
      <p class="muted">{about.version({ version: status.value?.version ?? about.unknown })}</p>
      <Updates prefs={prefs} />
      {status.value?.logFile && (
        <p class="muted">
          {about.logFile} <span class="log-file">{status.value.logFile}</span>
        </p>
      )}
    </Section>
  )
}

export default About
