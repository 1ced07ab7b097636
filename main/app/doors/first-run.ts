// The first run: on the very first start the settings window opens at its welcome, which is shown once (the
// store remembers it) and offers a test reminder that proves notifications reach the screen on this system.
import { logEvent } from '../log-events'
import { Number as TNumber, Object as TObject, type Static } from 'typebox'
import Value from 'typebox/value'
import type { TestReminderResult, WelcomeState } from './ipc-answers'
import type { NotificationRequest, Platform } from '../platform'
import type { AppTexts } from '../speech'
import { CATALOGS } from '../../../locales/index'

/** What the first-run file keeps: when the welcome was first shown (epoch ms). */
const FirstRunSchema = TObject({ welcomeSeenAt: TNumber() })
type FirstRunRecord = Static<typeof FirstRunSchema> & { version: 1 }

/** The test reminder's title in English (the notification itself is in the language in use). */
export const TEST_REMINDER_TITLE = CATALOGS.en.app.notify.testTitle

export class FirstRun {
  private seen: boolean
  private tests = 0

  constructor(
    private readonly platform: Platform,
    /** Whether reminders play a sound, so the test sounds like the real thing. */
    private readonly sound: () => boolean,
    /** Main's words in the language in use. */
    private readonly texts: () => AppTexts = () => CATALOGS.en.app,
  ) {
    this.seen = this.readSeen()
  }

  /** On the very first start, opens the settings window, which then shows the welcome. */
  openWelcomeOnFirstStart(openSettings: () => void): void {
    if (!this.seen) openSettings()
  }

  welcome(): WelcomeState {
    return { show: !this.seen }
  }

  /** The settings window showed the welcome: it is not shown by itself again (About still offers it). */
  markSeen(): { ok: boolean } {
    if (this.seen) return { ok: true }
    this.seen = true
    const record: FirstRunRecord = { version: 1, welcomeSeenAt: this.platform.clock.now() }
    try {
      this.platform.firstRunStore?.write(record)
      return { ok: true }
    } catch (error) {
      this.platform.log('error', 'could not remember that the welcome was shown', error)
      return { ok: false }
    }
  }

  /** Sends a notification like a reminder's; `shown` is false when this system could not show one at all. */
  sendTestReminder(): TestReminderResult {
    const request: NotificationRequest = {
      id: `test-reminder-${++this.tests}`,
      title: this.texts().notify.testTitle,
      body: this.texts().notify.testBody,
      actions: false,
      urgency: 'normal',
      silent: !this.sound(),
    }
    const shown = this.platform.notify(request, () => undefined)
    if (!shown) logEvent(this.platform, { event: 'test-reminder-unshown' })
    return { shown }
  }

  /** The IPC handlers of the first run's channels. */
  get handlers() {
    return {
      'welcome:get': () => this.welcome(),
      'welcome:seen': () => this.markSeen(),
      'reminder:test': () => this.sendTestReminder(),
    } as const
  }

  private readSeen(): boolean {
    const store = this.platform.firstRunStore
    // An older shell that cannot remember must not greet the user at every start.
    if (!store) return true
    try {
      const read = store.read()
      // A damaged file was written once, so the welcome was shown; it is not worth a second greeting.
      if (read.corrupt) return true
      return Value.Check(FirstRunSchema, read.value)
    } catch (error) {
      this.platform.log('warn', 'could not read the first-run file', error)
      return true
    }
  }
}
