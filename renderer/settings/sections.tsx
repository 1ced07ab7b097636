// The simpler settings sections: posture breaks, stretches (with every stretch's steps and who should ask first),
// general behaviour, and cold and heat (how to use each safely, and their timings). Each reads the preferences signal and saves through the fields.
import type { ComponentChildren } from 'preact'
import type { Preferences } from '../../main/core/preferences/index'
import { NaturalBreaksFields, WorkHoursFields } from './choices'
import { NumberField, Toggle } from './fields'
import { ConfirmButton } from './confirm'
import { DontInterrupt } from './dont-interrupt'
import { showAllStored, useBridge, prefs as prefsSignal } from './state'
import { LanguageField } from './language'
import { StretchCues } from './stretch-cues'
import { StretchList } from './stretch-list'
import { t } from './texts'

export function Section(props: {
  id: string
  title: string
  intro?: ComponentChildren
  children: ComponentChildren
}) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} class="card">
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {props.title}
      </h2>
      {props.intro !== undefined && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  )
}

export function Breaks({ prefs }: { prefs: Preferences }) {
  const p = prefs.posture
  const texts = t().breaks
  return (
    <Section id="breaks" title={texts.title} intro={texts.intro}>
      <Toggle path="posture.enabled" label={texts.on} value={p.enabled} />
      <div class="grid" hidden={!p.enabled}>
        <NumberField path="posture.everyMinutes" label={texts.every} unit="min" value={p.everyMinutes} />
        <NumberField
          path="posture.durationSeconds"
          label={texts.length}
          unit="s"
          value={p.durationSeconds}
          hint={texts.lengthHint}
        />
      </div>
    </Section>
  )
}

export function Stretches({ prefs }: { prefs: Preferences }) {
  const s = prefs.stretch
  const texts = t().stretches
  return (
    <Section id="stretches" title={texts.title} intro={texts.intro}>
      <p class="caution">{texts.caution}</p>
      <Toggle path="stretch.enabled" label={texts.on} value={s.enabled} />
      <Toggle path="stretch.deskOnly" label={texts.deskOnly} value={s.deskOnly} hint={texts.deskOnlyHint} />
      <div class="grid" hidden={!s.enabled}>
        <NumberField path="stretch.everyMinutes" label={texts.every} unit="min" value={s.everyMinutes} />
        <NumberField
          path="stretch.stretchesPerBreak"
          label={texts.perBreak}
          unit=""
          value={s.stretchesPerBreak}
        />
        <NumberField
          path="stretch.holdSeconds"
          label={texts.hold}
          unit="s"
          value={s.holdSeconds}
          hint={texts.holdHint}
        />
        <NumberField
          path="stretch.repetitions"
          label={texts.reps}
          unit=""
          value={s.repetitions}
          hint={texts.repsHint}
        />
      </div>
      <StretchCues prefs={prefs} />
      <StretchList prefs={prefs} />
    </Section>
  )
}

export function General({ prefs }: { prefs: Preferences }) {
  const texts = t().general
  return (
    <Section id="general" title={texts.title}>
      <Toggle path="startAtLogin" label={texts.atLogin} value={prefs.startAtLogin} />
      <LanguageField value={prefs.language} />
      <h3 class="sub">{texts.naturalBreaks}</h3>
      <NaturalBreaksFields prefs={prefs} />
      <h3 class="sub">{texts.reminders}</h3>
      <div class="grid">
        <NumberField path="snoozeMinutes" label={texts.snooze} unit="min" value={prefs.snoozeMinutes} />
        <NumberField
          path="notifications.headsUpSeconds"
          label={texts.headsUp}
          unit="s"
          value={prefs.notifications.headsUpSeconds}
          hint={texts.headsUpHint}
        />
      </div>
      <Toggle path="notifications.sound" label={texts.sound} value={prefs.notifications.sound} />
      <Toggle path="breakWindow.fullScreen" label={texts.fullScreen} value={prefs.breakWindow.fullScreen} />
      <DontInterrupt prefs={prefs} />
      <h3 class="sub">{texts.workHours}</h3>
      <WorkHoursFields prefs={prefs} />
      <h3 class="sub">{texts.startOver}</h3>
      <ResetDefaults />
    </Section>
  )
}

function ResetDefaults() {
  const bridge = useBridge()
  const texts = t().general.reset
  return (
    <ConfirmButton
      label={texts.label}
      title={texts.title}
      body={texts.body}
      confirmLabel={texts.confirm}
      onConfirm={async () => {
        prefsSignal.value = await bridge.resetPreferences()
        showAllStored()
      }}
    />
  )
}

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
