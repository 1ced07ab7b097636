// A busy probe made of several yes-or-no sources, one per desktop (GNOME's setting, KDE's server…): the sources that
// answer are found once; at each check they are all asked, one "yes" is enough, and a source that fails does not
// hide another that answers. The Linux Do Not Disturb and idle-inhibitor probes are built this way.
import type { BusyReason, DetectorWhy } from '../../app/platform'
import type { BusyProbe } from './probe'

/** One desktop's way of telling a yes-or-no busy state. */
export interface YesNoSource {
  name: string
  ask(signal: AbortSignal): Promise<boolean>
}

export function yesNoProbe(
  name: string,
  reason: BusyReason,
  sources: readonly YesNoSource[],
  /** Why this system cannot tell, when no source answers. */
  noneAnswered: DetectorWhy,
): BusyProbe {
  let answering: readonly YesNoSource[] = []
  return {
    name,
    reasons: [reason],
    async available(signal) {
      const tried = await Promise.all(
        sources.map((source) =>
          source.ask(signal).then(
            () => true,
            () => false,
          ),
        ),
      )
      answering = sources.filter((_, index) => tried[index])
      return answering.length > 0 ? { available: true } : { available: false, why: [noneAnswered] }
    },
    async check(signal): Promise<BusyReason[]> {
      const answers = await Promise.allSettled(answering.map((source) => source.ask(signal)))
      if (answers.some((answer) => answer.status === 'fulfilled' && answer.value)) return [reason]
      const failed = answers.find((answer) => answer.status === 'rejected')
      if (failed && answers.every((answer) => answer.status === 'rejected')) throw failed.reason
      return []
    },
  }
}
