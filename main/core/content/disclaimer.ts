// The health disclaimer shown in the settings window and the first-run notes: Limber is a reminder app,
// not a medical service, and it never advises on medication.

export const DISCLAIMER_SHORT = 'Limber gives general wellbeing reminders, not medical advice.'

export const DISCLAIMER: readonly string[] = [
  'Limber is a reminder app. It offers general wellbeing suggestions, not medical advice, and it is not a ' +
    'substitute for a doctor or physiotherapist.',
  'If your back pain is severe, keeps coming back, or does not get better, please see a doctor.',
  'Limber never recommends medicines or doses. Ask a doctor or pharmacist about those.',
  'Stop any stretch or exercise that causes pain.',
]
