// About → Updates: what became of the installed app's updates (up to date, downloading, ready, or why it failed,
// said quietly here and never as a dialog), "Check for updates", "Restart to update", and the setting that turns
// automatic updates off. A copy the system manages (deb, rpm, snap, flatpak) says where its updates come from.
import type { UpdateStatus } from '../../main/app/ipc-contract'
import type { Preferences } from '../../main/core/preferences/index'
import { Toggle } from './fields'
import { status, useBridge } from './state'
import { t } from './texts'

export function Updates({ prefs }: { prefs: Preferences }) {
  const bridge = useBridge()
  const update = status.value?.update
  if (!update) return null
  const texts = t().about.updates
  if (update.source !== 'self') {
    return (
      <div class="updates">
        <h3 class="sub">{texts.title}</h3>
        <p class="muted" data-update-line>
          {update.source === 'system' ? texts.system({ kind: update.package ?? '' }) : texts.none}
        </p>
      </div>
    )
  }
  const busy = update.phase === 'checking' || update.phase === 'downloading'
  const answer = (next: Promise<NonNullable<typeof status.value>>) =>
    void next.then((value) => {
      status.value = value
    })
  return (
    <div class="updates">
      <h3 class="sub">{texts.title}</h3>
      <Toggle path="updates.automatic" label={texts.automatic} value={prefs.updates.automatic} />
      <p class="muted" data-update-line role="status">
        {line(update)}
      </p>
      <div class="row-buttons">
        {update.phase === 'ready' ? (
          <button
            type="button"
            disabled={update.restartWaiting}
            onClick={() => answer(bridge.installUpdate())}
          >
            {texts.restart}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => answer(bridge.checkForUpdates())}>
            {texts.check}
          </button>
        )}
      </div>
    </div>
  )
}

/** The one line About says about updates now. */
function line(update: UpdateStatus): string {
  const texts = t().about.updates
  const version = update.version ?? ''
  switch (update.phase) {
    case 'idle':
      return ''
    case 'checking':
      return texts.checking
    case 'latest':
      return texts.latest
    case 'downloading':
      return texts.downloading({ version, percent: update.percent ?? 0 })
    case 'ready':
      return update.restartWaiting ? texts.restartWaiting : texts.ready({ version })
    case 'failed':
      return texts.failed[update.failure ?? 'other']
  }
}
