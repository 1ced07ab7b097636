// One of a few choices as radio buttons in a fieldset (firm mode's level): its legend is the field's name, its
// messages sit under it as every field's do (fields.tsx), and the arrow keys move between the choices, as in any
// radio group. Apart from fields.tsx so that only the part that shows one loads it.
import { commit, describedBy, fieldId, messagesFor, Messages, Named, nameOf, type FieldProps } from './fields'
import { fieldLabels } from './saving'
import './radio-choices.css'

export function Choices<T extends string>(
  props: FieldProps & { value: T; choices: readonly { value: T; label: string }[] },
) {
  const id = fieldId(props.path)
  fieldLabels.set(props.path, nameOf(props))
  const messages = messagesFor(props.path, props.hint)
  return (
    <fieldset id={id} class="choices" aria-describedby={describedBy(messages)}>
      <legend>
        <Named {...props} />
      </legend>
      {props.choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={id}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => commit(props, choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
      <Messages {...messages} />
    </fieldset>
  )
}
