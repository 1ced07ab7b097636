// Progress's figures that measure back health, not clicks: this week against the user's goals (long sitting bouts
// on work days, breaks taken of those offered) in plain words, today's longest stretch and breaks, why these
// figures, and the goals to change. Main works them out from the history (main/app/records/back-figures.ts).
import type { ComponentChildren } from 'preact'
import type { BackGoals, DayHistory, GoalState, WeekVerdict } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences/index'
import { NumberField } from './fields'
import { fmt, t } from './texts'

export function BackFigures(props: {
  week: DayHistory | undefined
  today: DayHistory | undefined
  goals: BackGoals | undefined
  prefs: Preferences
}) {
  const { week, today, goals, prefs } = props
  const verdict = week?.verdict
  const texts = t().progress
  if (!verdict || !goals) return null
  return (
    <section class="back-figures" aria-labelledby="back-figures-title">
      <h3 id="back-figures-title" class="sub">
        {texts.backTitle}
      </h3>
      <p class="muted">{verdict.complete ? texts.weekDone : texts.soFar}</p>
      <ul class="verdicts">
        <Verdict state={verdict.sitting}>
          {texts.sittingLine({
            good: verdict.goodDays,
            days: verdict.workdaysAtComputer,
            bouts: goals.longBoutsPerDay,
          })}{' '}
          {texts.sittingGoal({ want: Math.min(goals.goodDays, goals.workdays), of: goals.workdays })}
        </Verdict>
        <Verdict state={verdict.breaks}>
          {breaksLine(verdict)} {texts.breaksGoal({ percent: goals.breaksTakenPercent })}
        </Verdict>
      </ul>
      {today && (
        <p class="back-today">
          {t().today.longBouts({ count: today.longBouts ?? 0 })}{' '}
          {texts.todayLine({
            longest: fmt().minutes(today.longestMinutes ?? 0),
            taken: today.breaksTaken ?? 0,
            offered: today.breaksOffered ?? 0,
          })}
        </p>
      )}
      <p class="muted">{texts.why({ minutes: goals.boutMinutes })}</p>
      <details class="goals">
        <summary>{texts.goals}</summary>
        <div class="grid">
          <NumberField
            path="goals.longBoutsPerDay"
            label={texts.goalBouts}
            unit=""
            value={prefs.goals.longBoutsPerDay}
          />
          <NumberField
            path="goals.goodDays"
            label={texts.goalDays}
            unit=""
            value={prefs.goals.goodDays}
            hint={texts.goalDaysHint({ days: goals.workdays })}
          />
          <NumberField
            path="goals.breaksTakenPercent"
            label={texts.goalBreaks}
            unit=""
            value={prefs.goals.breaksTakenPercent}
            hint={texts.goalBreaksHint}
          />
        </div>
      </details>
    </section>
  )
}

function breaksLine(verdict: WeekVerdict): string {
  const texts = t().progress
  if (verdict.breaksOffered === 0) return texts.breaksNone
  const percent = Math.round((verdict.breaksTaken / verdict.breaksOffered) * 100)
  return texts.breaksLine({ taken: verdict.breaksTaken, offered: verdict.breaksOffered, percent })
}

/** One goal's line: where the week stands in a word (not by colour alone), then the figures. */
function Verdict(props: { state: GoalState; children: ComponentChildren }) {
  const texts = t().progress
  const word: Record<GoalState, string> = {
    met: texts.goalMet,
    'not-yet': texts.goalNotYet,
    missed: texts.goalMissed,
    'no-data': texts.goalNoData,
  }
  return (
    <li class={`verdict ${props.state}`}>
      <strong>{word[props.state]}</strong> {props.children}
    </li>
  )
}
