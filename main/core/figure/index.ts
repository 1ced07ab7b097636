// The stretch figure: one articulated body (skeleton.ts) posed by joint angles (pose.ts), the library's figures by
// stretch id (library.ts), the way a figure moves (motion.ts) and when (timeline.ts), the film main makes of it
// (film.ts) and a window plays (film-play.ts), and how any pose or figure is checked (pose-check.ts). Pure data and
// pure functions. The windows import the two files they need, never this index: it would bring the library along.
export * from './pose'
export * from './stretch-figure'
export * from './pose-check'
export * from './library'
export * from './film-play'
export * from './timeline'
export { filmOf, pictureOf } from './film'
export { ease, poseAlong, poseOut } from './motion'
export { jointsOf, type Joints } from './skeleton'
