// The stretches done standing, away from the desk, and on the floor (the library is in stretches.ts; the
// words of each, by id, in the catalogs' `content.stretches`).
import { stretch, type Stretch } from './stretch-shape'

export const STANDING_AND_FLOOR_STRETCHES: readonly Stretch[] = [
  // Standing
  stretch({
    id: 'standing-back-bend',
    area: 'lower-back',
    position: 'standing',
    intensity: 'moderate',
  }),
  stretch({
    id: 'standing-reach-up',
    area: 'abdominals',
    position: 'standing',
    intensity: 'gentle',
  }),
  stretch({
    id: 'doorway-chest-stretch',
    area: 'upper-back',
    position: 'standing',
    intensity: 'moderate',
  }),
  stretch({
    id: 'standing-hip-flexor',
    oneSided: true,
    area: 'hips',
    position: 'standing',
    intensity: 'moderate',
  }),

  // On the floor
  stretch({
    id: 'knee-to-chest',
    oneSided: true,
    area: 'lower-back',
    position: 'floor',
    intensity: 'gentle',
    holdSeconds: 15,
  }),
  stretch({
    id: 'childs-pose',
    area: 'lower-back',
    position: 'floor',
    intensity: 'gentle',
    holdSeconds: 15,
  }),
  stretch({
    id: 'all-fours-cat-cow',
    area: 'middle-back',
    position: 'floor',
    intensity: 'gentle',
  }),
  stretch({
    id: 'lying-knee-roll',
    oneSided: true,
    area: 'middle-back',
    position: 'floor',
    intensity: 'moderate',
    holdSeconds: 15,
  }),
  stretch({
    id: 'sphinx',
    area: 'abdominals',
    position: 'floor',
    intensity: 'strong',
  }),
  stretch({
    id: 'lying-hamstring',
    oneSided: true,
    area: 'hips',
    position: 'floor',
    intensity: 'moderate',
    holdSeconds: 15,
  }),
]
