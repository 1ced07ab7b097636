// The stretches that can be done at a desk, seated, in office clothes (the library is in stretches.ts; the
// words of each, by id, in the catalogs' `content.stretches`).
import { stretch, type Stretch } from './stretch-shape'

export const DESK_STRETCHES: readonly Stretch[] = [
  stretch({
    id: 'seated-cat-cow',
    area: 'middle-back',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'seated-twist',
    oneSided: true,
    area: 'middle-back',
    position: 'desk',
    intensity: 'moderate',
  }),
  stretch({
    id: 'seated-forward-fold',
    area: 'lower-back',
    position: 'desk',
    intensity: 'moderate',
  }),
  stretch({
    id: 'seated-pelvic-tilt',
    area: 'lower-back',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'seated-figure-four',
    oneSided: true,
    area: 'hips',
    position: 'desk',
    intensity: 'moderate',
  }),
  stretch({
    id: 'seated-hamstring',
    oneSided: true,
    area: 'hips',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'seated-side-bend',
    oneSided: true,
    area: 'abdominals',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'chest-opener',
    area: 'upper-back',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'upper-back-round',
    area: 'upper-back',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'neck-side-stretch',
    oneSided: true,
    area: 'neck-shoulders',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'chin-tuck',
    area: 'neck-shoulders',
    position: 'desk',
    intensity: 'gentle',
  }),
  stretch({
    id: 'shoulder-rolls',
    area: 'neck-shoulders',
    position: 'desk',
    intensity: 'gentle',
  }),
]
