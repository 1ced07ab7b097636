// When to see a doctor, in both windows: the warning signs in three tiers, most urgent first (emergency now, a
// doctor today, an appointment soon), and the morning check-in's one line with the emergency signs. Each tier is
// marked three ways, never by colour alone: its words ("Get emergency help now"), a shape of its own (a warning
// triangle, a clock, a calendar) and its frame (the emergency tier's is the heaviest). Each tier is a section
// named by its heading, so a screen reader can list them and jump between them. The words are the windows' own
// (the catalogs' `common.warningSigns`); docs/health-content.md says where each comes from.
import type { ComponentChildren } from 'preact'
import { URGENCIES, signsOf, type Urgency } from '../../main/core/content/warning-signs'
import { words } from './texts'

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const

/**
 * The three tiers, then the reassurance the guidelines give and "not medical advice". `id` makes the ids unique
 * (each tier's heading is `${id}-emergency`, …); `level` is the tiers' heading level where they are shown.
 */
export function WarningSigns(props: { id: string; level: keyof typeof HEADINGS }) {
  const texts = words().warningSigns
  const Heading = HEADINGS[props.level]
  return (
    <div class="warning-signs">
      {URGENCIES.map((urgency) => (
        <section
          key={urgency}
          class={`tier tier-${urgency}`}
          aria-labelledby={`${props.id}-${urgency}`}
          data-urgency={urgency}
        >
          <Heading id={`${props.id}-${urgency}`}>
            <TierMark urgency={urgency} />
            {texts[urgency].title}
          </Heading>
          <p>{texts[urgency].action}</p>
          <ul>
            {signsOf(texts, urgency).map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          {urgency === 'soon' && <p class="muted">{texts.soon.note}</p>}
        </section>
      ))}
      <p>{texts.reassurance}</p>
      <p class="muted">{texts.disclaimer}</p>
    </div>
  )
}

/**
 * The emergency signs in one line, marked as the emergency tier is; `children` is the way to all the signs when it
 * belongs inside the line (the settings window's link; the break window's disclosure follows the line instead).
 */
export function EmergencyLine(props: { children?: ComponentChildren }) {
  return (
    <div class="emergency-line">
      <p>
        <TierMark urgency="emergency" />
        {words().warningSigns.line}
      </p>
      {props.children}
    </div>
  )
}

/** Each tier's shape, drawn in the text's colour: a warning triangle, a clock, a calendar. Decoration only. */
function TierMark({ urgency }: { urgency: Urgency }) {
  return (
    <svg class="tier-mark" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {urgency === 'emergency' && (
        <>
          <path d="M10 1.5 19 18H1Z" fill="currentColor" />
          <path class="ink" d="M10 7v5.5" stroke-width="2.2" stroke-linecap="round" />
          <circle class="ink-dot" cx="10" cy="15.2" r="1.3" />
        </>
      )}
      {urgency === 'today' && (
        <>
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2" />
          <path
            d="M10 5v5l3.5 2.5"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
          />
        </>
      )}
      {urgency === 'soon' && (
        <>
          <rect
            x="2"
            y="4"
            width="16"
            height="14"
            rx="2"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          />
          <path d="M2 8.5h16M6 2v4M14 2v4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </>
      )}
    </svg>
  )
}
