// The Activities section: optional strength and yoga sessions, and the user's own reminders (add, edit, remove).
// Lists are sent whole, as the contract asks.
import { useEffect, useRef } from 'preact/hooks'
import type { CustomReminderPreferences, Preferences, SessionPreferences } from '../../main/core/preferences'
import { NumberField, TextField, TimeField, Toggle, Weekdays, forgetErrors } from './fields'
import { Section } from './sections'
import { save } from './state'

export function Activities({ prefs }: { prefs: Preferences }) {
  const a = prefs.activities
  return (
    <Section
      id="activities"
      title="Activities"
      intro="A strong core, back and belly together, carries your back. Two to four sessions a week of 30 to 45 minutes suit most people; yoga is one of the kindest choices."
    >
      <Session kind="strength" title="Strength training" session={a.strength} />
      <Session kind="yoga" title="Yoga" session={a.yoga} />
      <CustomReminders list={a.custom} />
    </Section>
  )
}

function Session(props: { kind: 'strength' | 'yoga'; title: string; session: SessionPreferences }) {
  const base = `activities.${props.kind}`
  const s = props.session
  return (
    <div class="group">
      <h3 class="sub">{props.title}</h3>
      <Toggle
        path={`${base}.enabled`}
        label={`Remind me of ${props.title.toLowerCase()}`}
        value={s.enabled}
      />
      <div hidden={!s.enabled}>
        <Weekdays path={`${base}.weekdays`} label={`${props.title} days`} value={s.weekdays} />
        <div class="grid">
          <TimeField path={`${base}.time`} label="At" value={s.time} />
          <NumberField path={`${base}.durationMinutes`} label="For" unit="min" value={s.durationMinutes} />
        </div>
      </div>
    </div>
  )
}

let lastAdded: string | null = null

function CustomReminders({ list }: { list: CustomReminderPreferences[] }) {
  const replace = (index: number, item: CustomReminderPreferences) => ({
    activities: { custom: list.map((old, i) => (i === index ? item : old)) },
  })
  return (
    <div class="group">
      <h3 class="sub">Your own reminders</h3>
      <p class="hint">
        For anything else: a glass of water, an appointment, taking off a brace after a while (support is
        good, but worn for too long it lets the muscles weaken).
      </p>
      {list.length === 0 && <p class="muted">No reminders of your own yet.</p>}
      <ul class="custom-list">
        {list.map((item, index) => (
          <CustomItem key={item.id} item={item} index={index} replace={replace} list={list} />
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          const id = `r-${Date.now().toString(36)}`
          lastAdded = id
          const item: CustomReminderPreferences = {
            id,
            enabled: true,
            title: 'New reminder',
            time: '12:00',
            weekdays: [1, 2, 3, 4, 5],
          }
          void save('activities.custom', { activities: { custom: [...list, item] } })
        }}
      >
        Add a reminder
      </button>
    </div>
  )
}

function CustomItem(props: {
  item: CustomReminderPreferences
  index: number
  list: CustomReminderPreferences[]
  replace: (index: number, item: CustomReminderPreferences) => object
}) {
  const { item, index } = props
  const base = `activities.custom.${index}`
  const title = useRef<HTMLInputElement | null>(null)
  useEffect(() => {
    // A new reminder's title is selected so the user can type its name straight away.
    if (lastAdded === item.id) {
      lastAdded = null
      title.current?.focus()
      title.current?.select()
    }
  }, [item.id])
  const patch = (key: keyof CustomReminderPreferences) => (value: never) =>
    props.replace(index, { ...item, [key]: value })
  return (
    <li class="custom">
      <div class="grid">
        <TextField
          path={`${base}.title`}
          label="Reminder"
          value={item.title}
          patch={patch('title')}
          inputRef={(el) => (title.current = el)}
        />
        <TimeField path={`${base}.time`} label="At" value={item.time} patch={patch('time')} />
      </div>
      <Weekdays
        path={`${base}.weekdays`}
        label={`Days for “${item.title}”`}
        value={item.weekdays}
        patch={patch('weekdays')}
      />
      <div class="row-between">
        <Toggle path={`${base}.enabled`} label="On" value={item.enabled} patch={patch('enabled')} />
        <button
          type="button"
          class="quiet"
          onClick={() => {
            forgetErrors('activities.custom.')
            void save('activities.custom', {
              activities: { custom: props.list.filter((other) => other.id !== item.id) },
            })
          }}
        >
          Remove<span class="sr-only"> “{item.title}”</span>
        </button>
      </div>
    </li>
  )
}
