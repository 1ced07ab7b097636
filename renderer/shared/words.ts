// Words both windows say the same way, kept in one place (where a stretch is done, how hard it is, which side).
import type { StretchInfo } from '../../main/app/ipc-contract'

/** Where a stretch is done, as a short phrase; desk stretches need no mention. */
export const POSITION_WORDS: Record<StretchInfo['position'], string> = {
  desk: 'at your desk',
  standing: 'standing',
  floor: 'on the floor',
}

export const SIDE_WORDS = { first: 'first side', other: 'other side' } as const

/** How hard a stretch asks of a back, as the stretch list and the break window say it. */
export const INTENSITY_WORDS: Record<StretchInfo['intensity'], string> = {
  gentle: 'gentle',
  moderate: 'moderate',
  strong: 'strong',
}
