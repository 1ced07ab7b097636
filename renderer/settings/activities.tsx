// The Activities section: optional strength and yoga sessions, and the user's own reminders (add, edit, remove).
// Lists are sent whole, as the contract asks. After a removal the focus moves to the reminder that took its
// place (or to Add), never to the page.
import { useEffect, useRef } from 'preact/hooks'
import type { CustomReminderPreferences, Preferences, SessionPreferences } from '../../main/core/preferences'
import { SESSIONS_PAUSED } from '../../main/core/content/sore-back'
import { NumberField, TextField, TimeField, Toggle, Weekdays, forgetErrors } from './fields'
import { ruleFor } from './rules'
import { Section } from './sections'
import { notice, save, status } from './state'

/** The most own reminders the preferences keep (the schema's limit). */
const MAX_CUSTOM = ruleFor('activities.custom')?.maxItems ?? 50

export function Activities({ prefs }: { prefs: Preferences }) {
  const a = prefs.activities
  return (
    <Section
      id="activities"
      title="Activities"
      intro="A strong core, back and belly together, carries your back. Two to four sessions a week of 30 to 45 minutes suit most people; yoga is one of the kindest choices."
    >
      {status.value?.soreBack && (a.strength.enabled || a.yoga.enabled) && (
        <p class="warning">{SESSIONS_PAUSED}</p>
      )}
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
      <div class="stack" hidden={!s.enabled}>
        <Weekdays path={`${base}.weekdays`} label={`${props.title} days`} value={s.weekdays} />
        <div class="grid">
          <TimeField path={`${base}.time`} context={props.title} label="At" value={s.time} />
          <NumberField
            path={`${base}.durationMinutes`}
            context={props.title}
            label="For"
            unit="min"
            value={s.durationMinutes}
          />
        </div>
      </div>
    </div>
  )
}

let lastAdded: string | null = null

function CustomReminders({ list }: { list: CustomReminderPreferences[] }) {
  const group = useRef<HTMLDivElement>(null)
  /** After a removal: the position whose reminder (or, past the end, the Add button) takes the focus. */
  const focusAfterRemoval = useRef<number | null>(null)
  useEffect(() => {
    const index = focusAfterRemoval.current
    if (index === null || !group.current) return
    focusAfterRemoval.current = null
    const items = group.current.querySelectorAll<HTMLElement>('.custom')
    const item = items[Math.min(index, items.length - 1)]
    const target =
      item?.querySelector<HTMLElement>('input[type=text]') ?? group.current.querySelector<HTMLElement>('.add')
    target?.focus()
  }, [list])

  const replace = (index: number, item: CustomReminderPreferences) => ({
    activities: { custom: list.map((old, i) => (i === index ? item : old)) },
  })
  const remove = async (index: number, item: CustomReminderPreferences) => {
    forgetErrors('activities.custom.')
    focusAfterRemoval.current = index
    const ok = await save('activities.custom', {
      activities: { custom: list.filter((other) => other.id !== item.id) },
    })
    if (ok) notice.value = { text: `Removed “${item.title}”.` }
    else focusAfterRemoval.current = null
  }
  const full = list.length >= MAX_CUSTOM
  return (
    <div class="group" ref={group}>
      <h3 class="sub">Your own reminders</h3>
      <p class="hint">
        For anything else: a glass of water, an appointment, taking off a brace after a while (support is
        good, but worn for too long it lets the muscles weaken).
      </p>
      {list.length === 0 && <p class="muted">No reminders of your own yet.</p>}
      <ul class="custom-list">
        {list.map((item, index) => (
          <CustomItem
            key={item.id}
            item={item}
            index={index}
            patch={(next) => replace(index, next)}
            onRemove={() => void remove(index, item)}
          />
        ))}
      </ul>
      <div class="add-row">
        <button
          type="button"
          class="add"
          disabled={full}
          aria-describedby={full ? 'custom-limit' : undefined}
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
        {full && (
          <p id="custom-limit" class="warning">
            <span aria-hidden="true">⚠ </span>
            You have {MAX_CUSTOM} reminders of your own, the most Limber keeps. Remove one to add another.
          </p>
        )}
      </div>
    </div>
  )
}

function CustomItem(props: {
  item: CustomReminderPreferences
  index: number
  patch: (item: CustomReminderPreferences) => object
  onRemove: () => void
}) {
  const { item, index } = props
  const base = `activities.custom.${index}`
  const context = `Reminder ${index + 1}`
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
    props.patch({ ...item, [key]: value })
  return (
    <li class="custom">
      <div class="grid">
        <TextField
          path={`${base}.title`}
          context={context}
          label="Name"
          value={item.title}
          patch={patch('title')}
          inputRef={(el) => (title.current = el)}
        />
        <TimeField
          path={`${base}.time`}
          context={context}
          label="At"
          value={item.time}
          patch={patch('time')}
        />
      </div>
      <Weekdays
        path={`${base}.weekdays`}
        context={context}
        label="Days"
        value={item.weekdays}
        patch={patch('weekdays')}
      />
      <div class="row-between">
        <Toggle
          path={`${base}.enabled`}
          context={context}
          label="On"
          value={item.enabled}
          patch={patch('enabled')}
        />
        <button type="button" class="quiet" onClick={props.onRemove}>
          Remove
          <span class="sr-only">
            {' '}
            reminder {index + 1}, “{item.title}”
          </span>
        </button>
      </div>
    </li>
  )
}
