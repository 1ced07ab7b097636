// 'HH:MM', 24-hour: the one pattern for a time of day (the preferences, a routine's reminder times, the IPC table).
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$'
