// The simpler settings sections: posture breaks, stretches (with every stretch's steps), general behaviour and
// cold/heat timings. Each reads the preferences signal and saves through the fields.
import type { ComponentChildren } from 'preact'
import type { Preferences } from '../../main/core/preferences'
import { NumberField, Toggle, TimeField, Weekdays, fieldId } from './fields'
import { ConfirmButton } from './confirm'
import {
  draftsRevision,
  fieldErrors,
  save,
  status,
  stretches,
  useBridge,
  prefs as prefsSignal,
} from './state'

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
        <NumberField path="posture.durationSeconds" label="Break length" unit="s" value={p.durationSeconds} />
      </div>
    </Section>
  )
}

export function Stretches({ prefs }: { prefs: Preferences }) {
  const s = prefs.stretch
  const list = stretches.value
  const disabled = new Set(s.disabledStretches)
  const enabledCount = list.filter((x) => !disabled.has(x.id)).length
  const listError = fieldErrors.value['stretch.disabledStretches']
  return (
    <Section
      id="stretches"
      title="Stretches"
      intro="A short guided routine. Move slowly, never bounce, and stop at a gentle pull, never pain."
    >
      <Toggle path="stretch.enabled" label="Remind me to stretch" value={s.enabled} />
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
        <NumberField path="stretch.repetitions" label="Repetitions" unit="" value={s.repetitions} />
      </div>
      <h3 class="sub">Your stretches</h3>
      <p class="hint" id="stretch-list-hint">
        {enabledCount} of {list.length} turned on.
        {enabledCount === 0 && ' Turn at least one on, or stretch breaks will have nothing to show.'}
        {enabledCount > 0 &&
          enabledCount < s.stretchesPerBreak &&
          ` Breaks will show ${enabledCount}, as fewer are on than the ${s.stretchesPerBreak} asked for.`}
      </p>
      {listError && (
        <p class="error" id={`${fieldId('stretch.disabledStretches')}-error`}>
          {listError}
        </p>
      )}
      <ul class="stretch-list" aria-describedby="stretch-list-hint">
        {list.map((stretch) => {
          const id = `stretch-${stretch.id}`
          return (
            <li key={stretch.id}>
              <div class="toggle">
                <input
                  id={id}
                  type="checkbox"
                  checked={!disabled.has(stretch.id)}
                  onChange={(event) => {
                    const next = new Set(disabled)
                    if (event.currentTarget.checked) next.delete(stretch.id)
                    else next.add(stretch.id)
                    void save('stretch.disabledStretches', { stretch: { disabledStretches: [...next] } })
                  }}
                />
                <label for={id}>
                  {stretch.name} <span class="muted">· {stretch.areaLabel}</span>
                </label>
              </div>
              <details>
                <summary>
                  Steps<span class="sr-only"> for {stretch.name}</span>
                </summary>
                <ol>
                  {stretch.steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
                {stretch.cautions.length > 0 && <p class="hint">{stretch.cautions.join(' ')}</p>}
              </details>
            </li>
          )
        })}
      </ul>
    </Section>
  )
}

export function General({ prefs }: { prefs: Preferences }) {
  const idleUnavailable = status.value?.idleDetection === 'unavailable'
  return (
    <Section id="general" title="General">
      <Toggle path="startAtLogin" label="Start Limber when I log in" value={prefs.startAtLogin} />
      <h3 class="sub">Natural breaks</h3>
      <Toggle
        path="naturalBreaks.enabled"
        label="Count time away from the computer as a break"
        value={prefs.naturalBreaks.enabled}
        hint={
          idleUnavailable
            ? 'Idle time unavailable: this system does not report it, so only locking the screen or sleep count as breaks.'
            : undefined
        }
      />
      <div class="grid" hidden={!prefs.naturalBreaks.enabled}>
        <NumberField
          path="naturalBreaks.idleMinutes"
          label="Away for at least"
          unit="min"
          value={prefs.naturalBreaks.idleMinutes}
        />
      </div>
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
      <h3 class="sub">Work hours</h3>
      <Toggle
        path="workHours.enabled"
        label="Only remind me during work hours"
        value={prefs.workHours.enabled}
      />
      <div hidden={!prefs.workHours.enabled}>
        <div class="grid">
          <TimeField path="workHours.start" label="Start" value={prefs.workHours.start} />
          <TimeField path="workHours.end" label="End" value={prefs.workHours.end} />
        </div>
        <Weekdays path="workHours.weekdays" label="Work days" value={prefs.workHours.weekdays} />
      </div>
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
        fieldErrors.value = {}
        draftsRevision.value++
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
      <h3 class="sub">Ice</h3>
      <div class="grid three">
        <NumberField path="therapy.iceOnMinutes" label="On" unit="min" value={t.iceOnMinutes} />
        <NumberField path="therapy.iceOffMinutes" label="Off" unit="min" value={t.iceOffMinutes} />
        <NumberField path="therapy.iceCycles" label="Rounds" unit="" value={t.iceCycles} />
      </div>
      <h3 class="sub">Heat</h3>
      <div class="grid three">
        <NumberField path="therapy.heatOnMinutes" label="On" unit="min" value={t.heatOnMinutes} />
        <NumberField path="therapy.heatOffMinutes" label="Off" unit="min" value={t.heatOffMinutes} />
        <NumberField path="therapy.heatCycles" label="Rounds" unit="" value={t.heatCycles} />
      </div>
    </Section>
  )
}
