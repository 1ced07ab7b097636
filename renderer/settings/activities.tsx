// The Activities section: optional strength and yoga sessions, and the user's own reminders (add, edit, remove).
// Lists are sent whole, as the contract asks. After a removal the focus moves to the reminder that took its
// place (or to Add), never to the page.
import { useEffect, useRef } from 'preact/hooks'
import type {
  CustomReminderPreferences,
  Preferences,
  SessionPreferences,
} from '../../main/core/preferences/index'
import { NumberField, TextField, TimeField, Toggle, Weekdays, forgetErrors } from './fields'
import { ruleFor } from './rules'
import { Section } from './section'
import { save } from './saving'
import { notice, status } from './state'
import { t } from './texts'
import './activities.css'

/** The most own reminders the preferences keep (the schema's limit). */
const MAX_CUSTOM = ruleFor('activities.custom')?.maxItems ?? 50

export function Activities({ prefs }: { prefs: Preferences }) {
  const a = prefs.activities
  const texts = t().activities
  return (
    <Section id="activities" title={texts.title} intro={texts.intro}>
      {status.value?.soreBack && (a.strength.enabled || a.yoga.enabled) && (
        <p class="warning">{texts.paused}</p>
      )}
      <Session kind="strength" session={a.strength} />
      <Session kind="yoga" session={a.yoga} />
      <CustomReminders list={a.custom} />
    </Section>
  )
}

function Session(props: { kind: 'strength' | 'yoga'; session: SessionPreferences }) {
  const base = `activities.${props.kind}`
  const s = props.session
  const texts = t().activities
  const words = texts[props.kind]
  return (
    <div class="group">
      <h3 class="sub">{words.title}</h3>
      <Toggle path={`${base}.enabled`} label={words.on} value={s.enabled} />
      <div class="stack" hidden={!s.enabled}>
        <Weekdays path={`${base}.weekdays`} label={words.days} value={s.weekdays} />
        <div class="grid">
          <TimeField path={`${base}.time`} context={words.title} label={texts.at} value={s.time} />
          <NumberField
            path={`${base}.durationMinutes`}
            context={words.title}
            label={texts.for}
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
    if (ok) notice.value = { text: t().activities.removed({ title: item.title }) }
    else focusAfterRemoval.current = null
  }
  const full = list.length >= MAX_CUSTOM
  const texts = t().activities
  return (
    <div class="group" ref={group}>
      <h3 class="sub">{texts.own}</h3>
      <p class="hint">{texts.ownHint}</p>
      {list.length === 0 && <p class="muted">{texts.none}</p>}
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
              title: texts.fresh,
              time: '12:00',
              weekdays: [1, 2, 3, 4, 5],
            }
            void save('activities.custom', { activities: { custom: [...list, item] } })
          }}
        >
          {texts.add}
        </button>
        {full && (
          <p id="custom-limit" class="warning">
            <span aria-hidden="true">⚠ </span>
            {texts.full({ max: MAX_CUSTOM })}
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
  const texts = t().activities
  const context = texts.item({ n: index + 1 })
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
          label={texts.name}
          value={item.title}
          patch={patch('title')}
          inputRef={(el) => (title.current = el)}
        />
        <TimeField
          path={`${base}.time`}
          context={context}
          label={texts.at}
          value={item.time}
          patch={patch('time')}
        />
      </div>
      <Weekdays
        path={`${base}.weekdays`}
        context={context}
        label={texts.days}
        value={item.weekdays}
        patch={patch('weekdays')}
      />
      <div class="row-between">
        <Toggle
          path={`${base}.enabled`}
          context={context}
          label={texts.on}
          value={item.enabled}
          patch={patch('enabled')}
        />
        <button
          type="button"
          class="quiet"
          aria-label={texts.removeFor({ n: index + 1, title: item.title })}
          onClick={props.onRemove}
        >
          {texts.remove}
        </button>
      </div>
    </li>
  )
}

export default Activities
