// How a routine from a physiotherapist may be used, as limits the IPC table and the stored file share (kept apart
// from the file format's schemas so the preload, which builds its bridge from the IPC table, stays small).

/** A routine's own reminder comes at up to this many times a day. */
export const ROUTINE_TIMES_MAX = 4
