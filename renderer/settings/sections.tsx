// The simpler settings sections: posture breaks, stretches (with every stretch's steps), general behaviour and
// cold/heat timings. Each reads the preferences signal and saves through the fields.
import type { ComponentChildren } from 'preact'
import type { Preferences } from '../../main/core/preferences'
import { NaturalBreaksFields, WorkHoursFields } from './choices'
import { NumberField, Toggle } from './fields'
import { ConfirmButton } from './confirm'
import { DontInterrupt } from './dont-interrupt'
import { showAllStored, useBridge, prefs as prefsSignal } from './state'
import { StretchList } from './stretch-list'

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
  return (
    <Section
      id="breaks"
      title="Posture breaks"
      intro="A short pause to stand, move and sit back down well. Small, frequent movement keeps a back from stiffening."
    >
      <Toggle path="posture.enabled" label="Remind me to take posture breaks" value={p.enabled} />
      <div class="grid" hidden={!p.enabled}>
        <NumberField path="posture.everyMinutes" label="Break every" unit="min" value={p.everyMinutes} />
        <NumberField
          path="posture.durationSeconds"
          label="Break length"
          unit="s"
          value={p.durationSeconds}
          hint="10–600 seconds (up to 10 minutes)"
        />
      </div>
    </Section>
  )
}

export function Stretches({ prefs }: { prefs: Preferences }) {
  const s = prefs.stretch
  return (
    <Section
      id="stretches"
      title="Stretches"
      intro="A short guided routine. Move slowly, never bounce, and stop at a gentle pull, never pain."
    >
      <Toggle path="stretch.enabled" label="Remind me to stretch" value={s.enabled} />
      <Toggle
        path="stretch.deskOnly"
        label="Desk only: no floor stretches during work hours"
        value={s.deskOnly}
        hint="With work hours off: none at all."
      />
      <div class="grid" hidden={!s.enabled}>
        <NumberField path="stretch.everyMinutes" label="Stretch every" unit="min" value={s.everyMinutes} />
        <NumberField
          path="stretch.stretchesPerBreak"
          label="Stretches per break"
          unit=""
          value={s.stretchesPerBreak}
        />
        <NumberField
          path="stretch.holdSeconds"
          label="Hold each stretch"
          unit="s"
          value={s.holdSeconds}
          hint="8–30 seconds; 8–10 is plenty for most people"
        />
        <NumberField
          path="stretch.repetitions"
          label="Repetitions"
          unit=""
          value={s.repetitions}
          hint="1–10; one-sided stretches take turns, at least once on each side"
        />
      </div>
      <StretchList prefs={prefs} />
    </Section>
  )
}

export function General({ prefs }: { prefs: Preferences }) {
  return (
    <Section id="general" title="General">
      <Toggle path="startAtLogin" label="Start Limber when I log in" value={prefs.startAtLogin} />
      <h3 class="sub">Natural breaks</h3>
      <NaturalBreaksFields prefs={prefs} />
      <h3 class="sub">Reminders</h3>
      <div class="grid">
        <NumberField path="snoozeMinutes" label="Snooze for" unit="min" value={prefs.snoozeMinutes} />
        <NumberField
          path="notifications.headsUpSeconds"
          label="Heads-up before a break"
          unit="s"
          value={prefs.notifications.headsUpSeconds}
          hint="0 (off) to 300 seconds"
        />
      </div>
      <Toggle
        path="notifications.sound"
        label="Play a soft sound with reminders"
        value={prefs.notifications.sound}
      />
      <Toggle
        path="breakWindow.fullScreen"
        label="Show breaks full screen"
        value={prefs.breakWindow.fullScreen}
      />
      <DontInterrupt prefs={prefs} />
      <h3 class="sub">Work hours</h3>
      <WorkHoursFields prefs={prefs} />
      <h3 class="sub">Start over</h3>
      <ResetDefaults />
    </Section>
  )
}

function ResetDefaults() {
  const bridge = useBridge()
  return (
    <ConfirmButton
      label="Reset all settings…"
      title="Reset all settings?"
      body="Every setting goes back to how Limber started. Your progress history stays."
      confirmLabel="Reset settings"
      onConfirm={async () => {
        prefsSignal.value = await bridge.resetPreferences()
        showAllStored()
      }}
    />
  )
}

export function ColdAndHeat({ prefs }: { prefs: Preferences }) {
  const t = prefs.therapy
  return (
    <Section
      id="therapy"
      title="Cold and heat"
      intro="Timings for the ice and heat timer in the tray menu. Always keep a cloth between the pack and your skin."
    >
      <Therapy mode="ice" title="Ice" t={t} />
      <Therapy mode="heat" title="Heat" t={t} />
    </Section>
  )
}

function Therapy({ mode, title, t }: { mode: 'ice' | 'heat'; title: string; t: Preferences['therapy'] }) {
  const on = mode === 'ice' ? t.iceOnMinutes : t.heatOnMinutes
  const off = mode === 'ice' ? t.iceOffMinutes : t.heatOffMinutes
  const cycles = mode === 'ice' ? t.iceCycles : t.heatCycles
  return (
    <>
      <h3 class="sub">{title}</h3>
      <div class="grid three">
        <NumberField path={`therapy.${mode}OnMinutes`} context={title} label="On" unit="min" value={on} />
        <NumberField path={`therapy.${mode}OffMinutes`} context={title} label="Off" unit="min" value={off} />
        <NumberField path={`therapy.${mode}Cycles`} context={title} label="Rounds" unit="" value={cycles} />
      </div>
    </>
  )
}
