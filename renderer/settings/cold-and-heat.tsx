// The Cold and heat section: how to use each safely, and their timings.
import type { Preferences } from '../../main/core/preferences/index'
import { NumberField } from './fields'
import { Section } from './section'
import { t } from './texts'

/**
 * Heat and cold: the safety lines first (they apply to both), then heat (it has the better evidence for a new bout
 * of back pain) and ice, each with how to use it and its timings.
 */
export function ColdAndHeat({ prefs }: { prefs: Preferences }) {
  const therapy = prefs.therapy
  const texts = t().therapy
  return (
    <Section id="therapy" title={texts.title} intro={texts.intro}>
      <div class="therapy-safety" role="group" aria-labelledby="therapy-safety-title">
        <h3 id="therapy-safety-title" class="sub">
          {texts.safetyTitle}
        </h3>
        <ul>
          {texts.safety.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <Therapy mode="heat" title={texts.heat} how={texts.heatHow} t={therapy} />
      <Therapy mode="ice" title={texts.ice} how={texts.iceHow} t={therapy} />
    </Section>
  )
}

function Therapy(props: {
  mode: 'ice' | 'heat'
  title: string
  how: readonly string[]
  t: Preferences['therapy']
}) {
  const { mode, title, t: timings } = props
  const on = mode === 'ice' ? timings.iceOnMinutes : timings.heatOnMinutes
  const off = mode === 'ice' ? timings.iceOffMinutes : timings.heatOffMinutes
  const cycles = mode === 'ice' ? timings.iceCycles : timings.heatCycles
  const texts = t().therapy
  return (
    <>
      <h3 class="sub">{title}</h3>
      <ul class="how">
        {props.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div class="grid three">
        <NumberField
          path={`therapy.${mode}OnMinutes`}
          context={title}
          label={texts.on}
          unit="min"
          value={on}
        />
        <NumberField
          path={`therapy.${mode}OffMinutes`}
          context={title}
          label={texts.off}
          unit="min"
          value={off}
        />
        <NumberField
          path={`therapy.${mode}Cycles`}
          context={title}
          label={texts.rounds}
          unit=""
          value={cycles}
        />
      </div>
    </>
  )
}

export default ColdAndHeat
