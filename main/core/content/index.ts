// Everything the user reads about back care, in one place: stretches and their rotation, tips, evening,
// therapy and activity texts, and the disclaimer. Plain data, so every screen and notification shares one wording.

export * from './notice'
export * from './stretches'
export * from './rotation'
export * from './posture-tips'
export * from './movement'
export * from './wind-down'
export * from './therapy'
export * from './activities'
export * from './disclaimer'
export * from './sore-back'
