// The General section: start at login, language, natural breaks, snooze and heads-up, sound and full screen,
// don't interrupt, work hours, and starting over with the default settings.
import type { Preferences } from '../../main/core/preferences/index'
import { NaturalBreaksFields, WorkHoursFields } from './choices'
import { NumberField, Toggle } from './fields'
import { ConfirmButton } from './confirm'
import { DontInterrupt } from './dont-interrupt'
import { showAllStored } from './saving'
import { useBridge, prefs as prefsSignal } from './state'
import { LanguageField } from './language'
import { Section } from './section'
import { t } from './texts'

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

export default General
