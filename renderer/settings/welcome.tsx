// The first-run welcome, shown in place of the sections on the very first start (and again from About): what
// Limber will do today with the settings as they are, the three choices that matter most, a test reminder that
// proves notifications reach the screen, and where the tray icon lives.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { UpcomingItem } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences'
import { clockMinutes, formatAt, formatClock, formatDays, formatSeconds, plural } from '../shared/format'
import { NaturalBreaksFields, WorkHoursFields } from './choices'
import { TimeField } from './fields'
import { upcoming, useBridge, welcomeOpen } from './state'

type System = 'windows' | 'mac' | 'linux'

/** The desktop we run on, for directions that differ between them (the tray's place, notification settings). */
function system(): System {
  const agent = navigator.userAgent
  if (/Windows/i.test(agent)) return 'windows'
  if (/Mac OS X|Macintosh/i.test(agent)) return 'mac'
  return 'linux'
}

const TRAY_PLACE: Record<System, string> = {
  windows:
    'Limber lives in the notification area at the right end of the taskbar. If its icon is not there, click the ^ arrow beside it; you can drag the icon out to keep it in sight.',
  mac: 'Limber lives in the menu bar at the top right of the screen.',
  linux:
    'Limber lives in the tray of your desktop’s top or bottom bar. On GNOME, tray icons appear once the AppIndicator extension is on.',
}

const ALLOW_NOTIFICATIONS: Record<System, string> = {
  windows:
    'Open Settings › System › Notifications: turn notifications on, allow Limber, and check that Do not disturb is off.',
  mac: 'Open System Settings › Notifications › Limber and allow notifications; check that a Focus is not silencing them.',
  linux:
    'Open your desktop’s notification settings (on GNOME: Settings › Notifications) and allow Limber; check that Do Not Disturb is off. Some minimal desktops need a notification service, such as dunst or mako.',
}

export function Welcome({ prefs }: { prefs: Preferences }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus({ preventScroll: true }), [])
  return (
    <section id="welcome" aria-labelledby="welcome-title" class="card welcome">
      <h2 id="welcome-title" tabIndex={-1} ref={heading}>
        Welcome to Limber
      </h2>
      <p class="intro">
        Limber looks after your back while you work: posture breaks, short guided stretches, and in the
        evening a nudge to wind down and get to bed on time.
      </p>
      <p class="tray-place">
        <strong>Find it in your tray.</strong> {TRAY_PLACE[system()]} Click its icon for a break now, to
        pause, or to open these settings.
      </p>

      <h3 class="sub">Today, with the settings as they are</h3>
      <ul class="plan">
        {planLines(prefs, upcoming.value).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h3 class="sub">Three choices that matter most</h3>
      <ol class="choices">
        <li>
          <h4>Work hours</h4>
          <WorkHoursFields prefs={prefs} hint="Otherwise, breaks come whenever you use the computer." />
        </li>
        <li>
          <h4>Bedtime and wake time</h4>
          <p class="hint">Limber stays quiet between them, and reminds you to wind down before bed.</p>
          <div class="grid">
            <TimeField path="bedtime.bedtime" label="Bedtime" value={prefs.bedtime.bedtime} />
            <TimeField path="bedtime.wakeTime" label="Wake time" value={prefs.bedtime.wakeTime} />
          </div>
        </li>
        <li>
          <h4>Natural breaks</h4>
          <NaturalBreaksFields
            prefs={prefs}
            hint="Get up for coffee and the break clock starts again, with no reminder to answer."
          />
        </li>
      </ol>

      <h3 class="sub">Make sure you will see reminders</h3>
      <TestReminder />

      <p class="hint">
        Limber is not medical advice. If back pain is severe or keeps coming back, please see a doctor.
      </p>
      <div class="row-buttons">
        <button type="button" class="primary" onClick={closeWelcome}>
          Go to all settings
        </button>
      </div>
    </section>
  )
}

/** Closes the welcome and shows the sections from the top, with the focus on "Today". */
export function closeWelcome(): void {
  welcomeOpen.value = false
  requestAnimationFrame(() => {
    document.getElementById('content')?.scrollTo(0, 0)
    document.getElementById('today-title')?.focus({ preventScroll: true })
  })
}

/** Opens the welcome again (from About), at the top of the content column. */
export function openWelcome(): void {
  welcomeOpen.value = true
  document.getElementById('content')?.scrollTo(0, 0)
}

function TestReminder() {
  const bridge = useBridge()
  const [answer, setAnswer] = useState<'sending' | 'shown' | 'not-shown' | null>(null)
  const help = ALLOW_NOTIFICATIONS[system()]
  return (
    <div class="test-reminder">
      <button
        type="button"
        disabled={answer === 'sending'}
        onClick={async () => {
          setAnswer('sending')
          const result = await bridge.sendTestReminder()
          setAnswer(result.shown ? 'shown' : 'not-shown')
        }}
      >
        Send a test reminder
      </button>
      <p role="status" class={answer === 'not-shown' ? 'warning' : 'hint'}>
        {answer === 'shown' &&
          `Sent: a notification titled “Limber test reminder” should be on your screen now. Not there? ${help}`}
        {answer === 'not-shown' &&
          `This system could not show a notification. ${help} Until then, Limber shows each reminder in a small window of its own.`}
      </p>
    </div>
  )
}

/** What Limber will do today, in a few plain lines, from the preferences and the planner's next reminders. */
function planLines(prefs: Preferences, items: UpcomingItem[]): string[] {
  const lines: string[] = []
  const { posture, stretch, bedtime, workHours, naturalBreaks } = prefs
  if (posture.enabled) {
    lines.push(
      `A posture break after every ${posture.everyMinutes} minutes at the computer, ${formatSeconds(posture.durationSeconds)} long.`,
    )
  }
  if (stretch.enabled) {
    lines.push(
      `A guided stretch break every ${stretch.everyMinutes} minutes: ${plural(stretch.stretchesPerBreak, 'stretch', 'stretches')}, each held ${stretch.holdSeconds} seconds.`,
    )
  }
  if (posture.enabled || stretch.enabled) {
    lines.push(
      workHours.enabled
        ? `Breaks only in work hours: ${formatClock(workHours.start)} to ${formatClock(workHours.end)}, ${formatDays(workHours.weekdays)}.`
        : 'Breaks whenever you use the computer, outside the night.',
    )
    if (naturalBreaks.enabled) {
      lines.push(
        `Time away from the computer for ${plural(naturalBreaks.idleMinutes, 'minute')} or more counts as a break.`,
      )
    }
  }
  if (bedtime.enabled) {
    const steps = [
      bedtime.windDownMinutes > 0 ? `wind down at ${before(bedtime.bedtime, bedtime.windDownMinutes)}` : '',
      bedtime.getReadyMinutes > 0
        ? `get ready for bed at ${before(bedtime.bedtime, bedtime.getReadyMinutes)}`
        : '',
      `bedtime at ${formatClock(bedtime.bedtime)}`,
    ].filter(Boolean)
    const said = steps.join(', ')
    lines.push(
      `In the evening: ${said}. Quiet from then until ${formatClock(bedtime.wakeTime)} (different on evenings you set).`,
    )
  }
  const next = items[0]
  if (next) lines.push(`Next: ${next.title} ${formatAt(next.at, Date.now())}.`)
  if (lines.length === 0)
    lines.push('Nothing: every reminder is off. Turn on the ones you want below or in the settings.')
  return lines
}

/** The clock time `minutes` before "HH:MM", formatted. */
function before(hhmm: string, minutes: number): string {
  const at = ((((clockMinutes(hhmm) ?? 0) - minutes) % 1440) + 1440) % 1440
  const time = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`
  return formatClock(time)
}
