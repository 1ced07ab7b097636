// The first-run welcome, shown in place of the sections on the very first start (and again from About): what
// Limber will do today with the settings as they are, the three choices that matter most, a test reminder that
// proves notifications reach the screen, and where the tray icon lives.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { UpcomingItem } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences/index'
import { clockMinutes } from '../shared/clock'
import { NaturalBreaksFields, WorkHoursFields } from './choices'
import { FigureView } from '../shared/figure'
import { TimeField } from './fields'
import { stretches, upcoming, useBridge, welcomeOpen } from './state'
import { fmt, t } from './texts'
import { nextLine } from './next-line'
import './welcome.css'

type System = 'windows' | 'mac' | 'linux'

/** The desktop we run on, for directions that differ between them (the tray's place, notification settings). */
function system(): System {
  const agent = navigator.userAgent
  if (/Windows/i.test(agent)) return 'windows'
  if (/Mac OS X|Macintosh/i.test(agent)) return 'mac'
  return 'linux'
}

export function Welcome({ prefs }: { prefs: Preferences }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus({ preventScroll: true }), [])
  const texts = t().welcome
  // Read whole at each use: the welcome brings only these two of Bedtime's texts (section-table.ts).
  // An example of what a stretch break shows: the first stretch's figure, held (its text alternative says what).
  const example = stretches.value.find((s) => s.figure)?.figure
  return (
    <section id="welcome" aria-labelledby="welcome-title" class="card welcome">
      <h2 id="welcome-title" tabIndex={-1} ref={heading}>
        {texts.title}
      </h2>
      <p class="intro">
        {example && <FigureView class="figure example-figure" figure={example} />}
        {texts.intro}
      </p>
      <p class="tray-place">
        <strong>{texts.findIt}</strong> {texts.tray[system()]} {texts.trayUse}
      </p>

      <h3 class="sub">{texts.today}</h3>
      <ul class="plan">
        {planLines(prefs, upcoming.value).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h3 class="sub">{texts.choices}</h3>
      <ol class="choices">
        <li>
          <h4>{texts.workHours}</h4>
          <WorkHoursFields prefs={prefs} hint={texts.workHint} />
        </li>
        <li>
          <h4>{texts.sleep}</h4>
          <p class="hint">{texts.sleepHint}</p>
          <div class="grid">
            <TimeField path="bedtime.bedtime" label={t().bedtime.bed} value={prefs.bedtime.bedtime} />
            <TimeField path="bedtime.wakeTime" label={t().bedtime.wake} value={prefs.bedtime.wakeTime} />
          </div>
        </li>
        <li>
          <h4>{texts.natural}</h4>
          <NaturalBreaksFields prefs={prefs} hint={texts.naturalHint} />
        </li>
      </ol>

      <h3 class="sub">{texts.see}</h3>
      <TestReminder />

      <p class="hint">{texts.advice}</p>
      <div class="row-buttons">
        <button type="button" class="primary" onClick={closeWelcome}>
          {texts.close}
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

function TestReminder() {
  const bridge = useBridge()
  const [answer, setAnswer] = useState<'sending' | 'shown' | 'not-shown' | null>(null)
  const texts = t().welcome
  const help = texts.allow[system()]
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
        {texts.test}
      </button>
      <p role="status" class={answer === 'not-shown' ? 'warning' : 'hint'}>
        {answer === 'shown' && `${texts.sent} ${texts.notThere} ${help}`}
        {answer === 'not-shown' && `${texts.notShown} ${help} ${texts.untilThen}`}
      </p>
    </div>
  )
}

/** What Limber will do today, in a few plain lines, from the preferences and the planner's next reminders. */
function planLines(prefs: Preferences, items: UpcomingItem[]): string[] {
  const texts = t().welcome
  const format = fmt()
  /** "30 minutes": a setting in minutes, written out. */
  const minutes = (count: number) => format.seconds(count * 60)
  const lines: string[] = []
  const { posture, stretch, bedtime, workHours, naturalBreaks } = prefs
  if (posture.enabled) {
    lines.push(
      texts.posture({
        every: minutes(posture.everyMinutes),
        length: format.seconds(posture.durationSeconds),
      }),
    )
  }
  if (stretch.enabled) {
    lines.push(
      texts.stretch({
        every: minutes(stretch.everyMinutes),
        count: stretch.stretchesPerBreak,
        hold: format.seconds(stretch.holdSeconds),
      }),
    )
  }
  if (posture.enabled || stretch.enabled) {
    lines.push(
      workHours.enabled
        ? texts.inHours({
            start: format.clock(workHours.start),
            end: format.clock(workHours.end),
            days: format.days(workHours.weekdays),
          })
        : texts.anyTime,
    )
    if (naturalBreaks.enabled) lines.push(texts.idle({ time: minutes(naturalBreaks.idleMinutes) }))
  }
  if (bedtime.enabled) {
    if (bedtime.windDownMinutes > 0)
      lines.push(texts.windDown({ time: before(bedtime.bedtime, bedtime.windDownMinutes) }))
    if (bedtime.getReadyMinutes > 0)
      lines.push(texts.getReady({ time: before(bedtime.bedtime, bedtime.getReadyMinutes) }))
    lines.push(texts.bed({ bed: format.clock(bedtime.bedtime), wake: format.clock(bedtime.wakeTime) }))
  }
  const next = items[0]
  if (next) lines.push(nextLine(next, Date.now()))
  if (lines.length === 0) lines.push(texts.none)
  return lines
}

/** The clock time `minutes` before "HH:MM", formatted. */
function before(hhmm: string, minutes: number): string {
  const at = ((((clockMinutes(hhmm) ?? 0) - minutes) % 1440) + 1440) % 1440
  const time = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`
  return fmt().clock(time)
}

export default Welcome
