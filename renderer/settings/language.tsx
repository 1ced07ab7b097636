// General → Language: the system's language (named, so the user sees what "System default" gives) or one of
// Limber's languages by its own name. Saving it changes the language of both windows, the tray and the next
// notification at once (main pushes the language in use with its status).
import { isOneOf } from '../../main/core/one-of'
import { LANGUAGE_CODES, LANGUAGES, type LanguageSetting } from '../../main/core/i18n/languages'
import { Messages, fieldId } from './fields'
import { fieldErrors, fieldLabels, save } from './saving'
import { status } from './state'
import { t } from './texts'

const PATH = 'language'

export function LanguageField({ value }: { value: LanguageSetting }) {
  const texts = t().general
  const id = fieldId(PATH)
  const error = fieldErrors.value[PATH]
  // What 'system' gives on this computer, as main resolves it (English until main has answered).
  const systemCode = status.value?.systemLanguage ?? 'en'
  const system = LANGUAGES.find((language) => language.code === systemCode)
  fieldLabels.set(PATH, texts.language)
  return (
    <div class="field">
      <label for={id}>{texts.language}</label>
      <div class="control">
        <select
          id={id}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            const chosen = event.currentTarget.value
            if (chosen === 'system' || isOneOf(LANGUAGE_CODES, chosen)) void save(PATH, { language: chosen })
          }}
        >
          <option value="system">{texts.system({ name: system?.name ?? systemCode })}</option>
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name}
            </option>
          ))}
        </select>
      </div>
      <Messages id={id} error={error} />
    </div>
  )
}
