// Français : vouvoiement (« vous »), impératif doux, mots de tous les jours ; espace insécable avant : ; ! ? et
// apostrophe typographique (’). Glossaire, un terme par notion : posture break = pause posture ; stretch break =
// pause étirements ; stretch = étirement ; hold = tenir (la position) ; wind-down = détente du soir ; get ready (for
// bed) = se préparer pour la nuit ; bedtime = heure du coucher (court : coucher) ; snooze = reporter ; pause = mettre
// en pause ; resume = reprendre ; skip = passer ; done = terminé (une pause faite) ; reminder = rappel ; heads-up =
// préavis ; held (busy) = en attente, retardé ; sore-back plan = programme mal de dos ; check-in = point du matin ;
// ice/heat = glace/chaleur (ice pack = poche de glace, cloth = linge ; on/off = temps de pose/repos ; round = cycle ;
// therapy timer = minuteur chaleur/glace) ; brace = ceinture lombaire ; core = tronc (gainage) ; strength training =
// séance de renforcement ; physiotherapist = kinésithérapeute ; not medical advice = pas un avis médical ; work hours
// = heures de travail ; natural breaks = pauses naturelles ; Don't interrupt = Ne pas interrompre ; full screen =
// plein écran ; Do Not Disturb = Ne pas déranger (macOS : Concentration ; Windows : Assistant de concentration /
// Concentration) ; settings = paramètres ; tray = icône de Limber (Windows : zone de notification ; macOS : barre
// des menus) ; log = journal. Une valeur répétée (« toutes les 1 heure ») s’écrit « après chaque période de … ».
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

// Pure: a texts file that says no plural (the check-in's, the dimmed screen's) leaves it out.
const plural = /* @__PURE__ */ pluralFor('fr')

/** Words main and both windows say the same way. */
/** Après deux-points, une minuscule: a sentence that follows a colon starts in lower case. */
const lowerFirst = (text: string) => String(text).charAt(0).toLocaleLowerCase('fr') + String(text).slice(1)

export const common = {
  format: {
    dayAtTime: ({ day, time }) => `${day} à ${time}`,
    dayRange: ({ first, last }) => `du ${first} au ${last}`,
    everyDay: 'tous les jours',
    noDays: 'aucun jour',
    lessThanAMinute: 'moins d’une minute',
  },
  minutes: ({ count }) => plural(count, { one: '# minute', many: '# minutes', other: '# minutes' }),
  position: { desk: 'à votre bureau', standing: 'debout', floor: 'au sol' },
  intensity: { gentle: 'doux', moderate: 'modéré', strong: 'intense' },
  side: { first: 'premier côté', other: 'autre côté' },
  checkIn: {
    pain: 'Douleur de 0 (aucune) à 10 (la pire)',
    word: 'Un mot à ce sujet (facultatif)',
    save: 'Enregistrer',
    skip: 'Pas aujourd’hui',
    choose: 'Choisissez d’abord une note de 0 à 10.',
  },
  start: { heat: 'Lancer le minuteur chaleur', ice: 'Lancer le minuteur glace' },
  stop: { heat: 'Arrêter le minuteur chaleur', ice: 'Arrêter le minuteur glace' },
  therapyLine: {
    'ice-on': ({ round, rounds, left }) =>
      rounds === 1
        ? `Glace posée, encore ${left}`
        : `Glace posée, encore ${left}, cycle ${round} sur ${rounds}`,
    'ice-off': ({ round, rounds, left }) => `Glace retirée, ${left} avant le cycle ${round} sur ${rounds}`,
    'heat-on': ({ round, rounds, left }) =>
      rounds === 1
        ? `Chaleur posée, encore ${left}`
        : `Chaleur posée, encore ${left}, cycle ${round} sur ${rounds}`,
    'heat-off': ({ round, rounds, left }) => `Chaleur retirée, ${left} avant le cycle ${round} sur ${rounds}`,
  },
  warningSigns: {
    title: 'Quand consulter un médecin',
    emergency: {
      title: 'Urgence : appelez les secours',
      action:
        'Appelez tout de suite le numéro d’urgence de votre pays ou rendez-vous aux urgences si, en plus du mal de dos, vous avez :',
      signs: {
        saddle: 'un engourdissement ou des fourmillements autour des parties génitales ou des fesses',
        bladder: 'une difficulté nouvelle à uriner, ou une perte de contrôle de la vessie ou des intestins',
        sexual:
          'des troubles sexuels nouveaux, comme une perte de sensibilité ou une impossibilité d’avoir une érection',
        legs: 'une faiblesse ou un engourdissement dans les deux jambes, ou une faiblesse d’une jambe qui s’aggrave ou vous rend instable à la marche',
        chest: 'une douleur dans la poitrine',
      },
    },
    today: {
      title: 'Consultez un médecin aujourd’hui',
      action:
        'Demandez un rendez-vous en urgence à un médecin dès aujourd’hui, ou appelez le service médical de garde de votre région, si, en plus du mal de dos, vous avez :',
      signs: {
        fever: 'de la fièvre, ou vous vous sentez malade',
        fall: 'une douleur apparue après une chute ou un accident, ou même après une petite chute si vous avez de l’ostéoporose ou prenez des corticoïdes au long cours',
        cancer: 'un cancer, actuel ou passé, ou une perte de poids inexpliquée',
        immunity:
          'des défenses immunitaires affaiblies, un traitement prolongé par corticoïdes, ou vous vous injectez des drogues',
        severe: 'une douleur constante et intense, qui vous réveille la nuit ou ne se calme pas au repos',
        age: 'un mal de dos nouveau, et vous avez plus de 50 ans',
        shape: 'une grosseur ou un gonflement nouveau dans le dos, ou votre dos a changé de forme',
      },
    },
    soon: {
      title: 'Prenez rendez-vous bientôt',
      action: 'Prenez rendez-vous avec un médecin ou un kinésithérapeute si :',
      signs: {
        lasting: 'votre mal de dos ne s’améliore pas au bout de quelques semaines, ou revient sans cesse',
        leg: 'une douleur ou des fourmillements qui descendent dans une jambe ne se calment pas',
      },
      note: 'Une douleur ou des fourmillements dans une seule jambe sont fréquents avec le mal de dos, et ne sont pas une urgence.',
    },
    reassurance: 'La plupart des maux de dos récents vont beaucoup mieux en quelques semaines.',
    disclaimer:
      'Ceci n’est pas un avis médical : Limber ne peut pas savoir ce qui cause votre douleur, et ne conseille jamais de médicaments.',
    line: 'Urgence : appelez les secours si, en plus du mal de dos, vous avez un engourdissement autour des parties génitales ou des fesses, des troubles nouveaux de la vessie, des intestins ou sexuels, une faiblesse ou un engourdissement dans les deux jambes, ou une douleur dans la poitrine.',
    all: 'Tous les signes d’alerte',
  },
} satisfies Catalog['common']

/** The settings window. */
export const settings = {
  pageTitle: 'Paramètres de Limber',
  nav: {
    label: 'Sections des paramètres',
    today: 'Aujourd’hui',
    breaks: 'Pauses posture',
    stretches: 'Étirements',
    bedtime: 'Heure du coucher',
    activities: 'Activités',
    general: 'Général',
    therapy: 'Froid et chaleur',
    soreBack: 'Mal de dos',
    progress: 'Progression',
    about: 'À propos',
    dayLimit: 'Limite quotidienne',
    firm: 'Écrans et mode ferme',
  },
  unit: { min: 'min', s: 's', h: 'h' },
  range: {
    min: ({ min, max }) => `${min} à ${max}\u00a0minutes`,
    s: ({ min, max }) => `${min} à ${max}\u00a0secondes`,
    plain: ({ min, max }) => `${min} à ${max}`,
    h: ({ min, max }) => `${min} à ${max}\u00a0heures`,
  },
  breaks: {
    title: 'Pauses posture',
    intro:
      'Une courte pause pour vous lever, bouger et vous rasseoir correctement. Bouger un peu, souvent, empêche le dos de se raidir.',
    on: 'Me rappeler de faire des pauses posture',
    every: 'Pause toutes les',
    length: 'Durée de la pause',
    lengthHint: '10 à 600 secondes (jusqu’à 10 minutes)',
  },
  stretches: {
    title: 'Étirements',
    intro:
      'Une courte séance guidée. Bougez lentement, sans jamais rebondir, et arrêtez-vous à une légère tension, jamais à la douleur.',
    on: 'Me rappeler de m’étirer',
    deskOnly: 'Au bureau seulement : pas d’étirements au sol pendant les heures de travail',
    deskOnlyHint:
      'Si vous n’avez pas défini d’heures de travail, Limber ne vous propose jamais d’étirement au sol.',
    every: 'Étirements toutes les',
    perBreak: 'Étirements par pause',
    hold: 'Tenir chaque étirement',
    holdHint: '8 à 30 secondes ; 8 à 10 suffisent à la plupart des gens',
    reps: 'Répétitions',
    repsHint: '1 à 10 ; les étirements d’un seul côté alternent, au moins une fois de chaque côté',
    caution:
      'Si vous avez de l’ostéoporose, êtes enceinte ou avez eu récemment une opération de la colonne ou de la hanche, demandez à votre médecin ou kinésithérapeute quels étirements vous conviennent.',
    soundCues:
      'Signaux sonores : un son doux quand une tenue commence, quand elle finit et quand changer de côté',
    voice: 'Lire chaque étape à voix haute et décompter la fin de chaque tenue',
    voiceHint: 'Utilise la voix de votre système dans la langue de Limber.',
    noVoice: 'Votre système n’a pas de voix pour cette langue : rien ne peut être lu à voix haute.',
  },
  general: {
    title: 'Général',
    atLogin: 'Lancer Limber à l’ouverture de session',
    language: 'Langue',
    system: ({ name }) => `Langue du système\u00a0: ${name}`,
    naturalBreaks: 'Pauses naturelles',
    reminders: 'Rappels',
    snooze: 'Reporter de',
    headsUp: 'Préavis avant une pause',
    headsUpHint: '0 (désactivé) à 300 secondes',
    sound: 'Jouer un son doux avec les rappels',
    fullScreen: 'Afficher les pauses en plein écran',
    workHours: 'Heures de travail',
    startOver: 'Repartir de zéro',
    reset: {
      label: 'Réinitialiser tous les paramètres…',
      title: 'Réinitialiser tous les paramètres ?',
      body: 'Chaque paramètre revient à son réglage d’origine. Votre historique de progression est conservé.',
      confirm: 'Réinitialiser',
    },
  },
  therapy: {
    title: 'Froid et chaleur',
    intro:
      'Un minuteur qui vous dit quand poser la poche et quand la retirer\u00a0: lancez-le ici, depuis l’icône de Limber ou dans «\u00a0Aujourd’hui\u00a0». Pour un mal de dos récent, la chaleur est la mieux étayée ; la glace convient à certaines personnes. Choisissez ce qui vous soulage.',
    safetyTitle: 'Chaleur et froid en toute sécurité',
    safety: [
      'Gardez toujours un linge ou un tissu entre la poche et votre peau.',
      'N’appliquez jamais de chaleur ni de froid sur une peau insensible ou abîmée.',
      'Si vous avez du diabète, une atteinte des nerfs (neuropathie), une mauvaise circulation ou un syndrome de Raynaud, demandez d’abord l’avis d’un médecin ou d’un kinésithérapeute.',
      'Ne vous endormez jamais avec un coussin chauffant ou une bouillotte sur vous.',
      'Surveillez votre peau et arrêtez si elle devient très rouge, fait des cloques ou devient blanche.',
    ],
    heat: 'Chaleur',
    heatHow: [
      'Utilisez un coussin chauffant réglé sur faible, avec une épaisseur de tissu entre lui et votre peau.',
      'Pas de coussin chauffant ? Remplissez une chaussette propre de riz sec, fermez-la par un nœud et chauffez-la 20 à 30 secondes au micro-ondes.',
      'Vérifiez d’abord sur votre main que ce n’est pas trop chaud, avant de l’appliquer sur le dos.',
    ],
    ice: 'Glace',
    iceHow: [
      'Vingt minutes de glace, puis au moins vingt minutes sans, et recommencez.',
      'Enveloppez toujours la poche de glace dans un linge ou une serviette. Ne mettez jamais de glace directement sur la peau.',
      'Une poche de gel, de la glace pilée dans un sac ou un sachet de petits pois surgelés, enveloppés dans un torchon, font très bien l’affaire.',
    ],
    on: 'Temps de pose',
    off: 'Repos',
    rounds: 'Cycles',
  },
  about: {
    title: 'À propos de Limber',
    what: 'Limber se tient discrètement dans un coin de votre écran et vous aide à prendre soin de votre dos pendant que vous travaillez : corriger votre posture, faire un court étirement, vous lever et bouger, et le soir, un rappel pour ralentir et vous coucher à l’heure.',
    notAdvice: 'Limber ne donne pas d’avis médical.',
    general:
      'Ses suggestions sont des conseils généraux pour prendre soin de son dos au quotidien ; elles ne remplacent pas un médecin ou un kinésithérapeute.',
    doctor:
      'Si votre mal de dos est intense, ne s’améliore pas ou revient sans cesse, consultez un médecin. Arrêtez tout étirement qui fait mal.',
    welcomeAgain: 'Revoir l’accueil',
    version: ({ version }) => `Version ${version}`,
    unknown: 'inconnue',
    logFile: 'Fichier journal, à joindre à un signalement de problème :',
    updates: {
      title: 'Mises à jour',
      automatic: 'Télécharger et installer les mises à jour automatiquement',
      check: 'Rechercher des mises à jour',
      checking: 'Recherche de mises à jour…',
      latest: 'Limber est à jour.',
      downloading: ({ version, percent }: { version: string; percent: number }) =>
        `Téléchargement de la version ${version} (${percent}\u00a0%)…`,
      ready: ({ version }: { version: string }) =>
        `La version ${version} est prête. Elle s’installera à la fermeture de Limber.`,
      restart: 'Redémarrer pour mettre à jour',
      restartWaiting: 'Limber redémarrera pour se mettre à jour dès la fin de cette pause.',
      failed: {
        offline: 'Pas de connexion\u00a0: cet ordinateur semble hors ligne. Limber réessaiera plus tard.',
        signature:
          'La mise à jour n’a pas été installée\u00a0: le téléchargement ne correspondait pas à la version. Limber réessaiera plus tard.',
        'no-space': 'La mise à jour n’a pas pu être téléchargée\u00a0: il manque de l’espace disque.',
        other: 'Impossible de rechercher des mises à jour. Le fichier journal indique pourquoi.',
      },
      system: ({ kind }: { kind: string }) =>
        `Installé comme paquet ${kind}\u00a0: votre système le met à jour (gestionnaire de paquets ou logithèque), pas Limber.`,
      none: 'Les mises à jour ne concernent que l’application installée.',
    },
  },
  cancel: 'Annuler',
  stretchList: {
    title: 'Vos étirements',
    hint: ({ on, of }) =>
      `${on} sur ${of} activés. Dans la liste, les flèches haut et bas permettent de passer d’un étirement à l’autre.`,
    steps: 'Étapes',
    stepsFor: ({ name }) => `Étapes\u00a0: ${name}`,
  },

  saved: 'Enregistré.',
  note: ({ note }) => `Remarque\u00a0: ${note}`,
  notSaved: ({ field }) => `Non enregistré\u00a0: «\u00a0${field}\u00a0».`,
  quoted: ({ text }) => `«\u00a0${text}\u00a0»`,
  inGroup: ({ group, label }) => `${group}\u00a0: ${label}`,
  differ: ({ field }) => `Doit différer de «\u00a0${field}\u00a0».`,
  differAt: ({ field, time }) => `Doit différer de «\u00a0${field}\u00a0» (${time}).`,
  check: {
    whole: ({ min, max }) => `Saisissez un nombre entier de ${min} à ${max}.`,
    notWhole: ({ text }) =>
      `«\u00a0${text}\u00a0» n’est pas un nombre entier\u00a0: utilisez uniquement les chiffres 0 à 9.`,
    small: ({ text }) => `${text} est trop petit.`,
    large: ({ text }) => `${text} est trop grand.`,
    time: 'Saisissez une heure.',
    timeForm: 'Saisissez une heure sous la forme heures et minutes.',
    text: 'Saisissez un texte.',
    long: ({ max }) =>
      plural(max, {
        one: 'Pas plus de # caractère.',
        many: 'Pas plus de # caractères.',
        other: 'Pas plus de # caractères.',
      }),
    offAtLeast: ({ on }) =>
      `Gardez au moins autant de repos que de temps de pose (${on}), pour que votre peau se réchauffe.`,
    onAtMost: ({ off }) =>
      `Pas plus de temps de pose que de repos (${off}), pour que votre peau se réchauffe.`,
  },
  warn: {
    noWorkDays:
      'Aucun jour de travail choisi : avec les heures de travail activées, il n’y aura aucune pause posture ni pause étirements, quel que soit le jour.',
    allOff:
      'Tous les étirements sont désactivés : les pauses étirements n’ont donc rien à vous proposer, à part vous lever et bouger. Activez-en au moins un.',
    allOffIdle:
      'Tous les étirements sont désactivés. Activez-en au moins un avant de réactiver les pauses étirements.',
    fewOn: ({ on, asked }) =>
      plural(on, {
        one: `Seul # étirement est activé, moins que les ${asked} demandés par pause\u00a0: chaque pause ne montrera que celui-là.`,
        many: `Seuls # étirements sont activés, moins que les ${asked} demandés par pause\u00a0: chaque pause ne montrera que ceux-là.`,
        other: `Seuls # étirements sont activés, moins que les ${asked} demandés par pause\u00a0: chaque pause ne montrera que ceux-là.`,
      }),
    getReady: ({ getReady, windDown }) =>
      `«\u00a0Se préparer pour la nuit\u00a0» (${getReady}\u00a0min avant le coucher) arrive avant «\u00a0Détente du soir\u00a0» (${windDown}\u00a0min). Indiquez moins de minutes que pour la détente du soir, ou désactivez l’un des deux avec 0.`,
    moveOften: ({ every }) =>
      `Pas plus souvent que vos pauses posture habituelles (toutes les ${every}\u00a0min).`,
    headsUp: 'Le préavis ne précède que les pauses posture et étirements, et les deux sont désactivées.',
    noDays: 'Aucun jour choisi : ce rappel ne viendra jamais. Choisissez un jour.',
    noDaysOwn: 'Aucun jour choisi : ce rappel ne viendra jamais. Choisissez un jour, ou désactivez-le.',
  },

  next: {
    today: ({ title, time }) => `À suivre\u00a0: ${title} à ${time}.`,
    later: ({ title, when }) => `À suivre\u00a0: ${title} ${when}.`,
  },
  today: {
    paused: ({ when }) => `En pause jusqu’à ${when}. Aucun rappel d’ici là.`,
    pausedOpen: 'En pause jusqu’à ce que vous repreniez. Aucun rappel d’ici là.',
    resume: 'Reprendre',
    running: 'En marche.',
    held: {
      'full-screen': ({ title }) => `${title} en attente\u00a0: une application est en plein écran.`,
      presenting: ({ title }) => `${title} en attente\u00a0: vous faites une présentation.`,
      call: ({ title }) => `${title} en attente\u00a0: vous êtes en appel.`,
      'do-not-disturb': ({ title }) => `${title} en attente\u00a0: Ne pas déranger est activé.`,
      'screen-kept-on': ({ title }) => `${title} en attente\u00a0: une application garde l’écran allumé.`,
    },
    heldAfter: 'Le rappel arrivera dans la minute qui suit.',
    nothing: 'Rien de prévu dans les prochaines 24 heures.',
    pauseLabel: 'Pause des rappels',
    pauseFor: {
      '30m': 'Pendant 30 minutes',
      '1h': 'Pendant 1 heure',
      '2h': 'Pendant 2 heures',
      'until-morning': 'Jusqu’au matin',
      forever: 'Jusqu’à ce que je reprenne',
    },
    pause: 'Mettre en pause',
    breakNow: 'Pause posture maintenant',
    stretchNow: 'Étirements maintenant',
    comingUp: 'À venir',
    tomorrow: 'Demain',
    whilePaused: 'Rien tant que Limber est en pause.',
    untilPause: ({ when }) => `Rien avant la fin de la pause (${when}).`,
    allOff:
      'Rien de prévu : tous les rappels sont désactivés, ou aucun ne tombe dans les prochaines 24 heures.',
    evening: 'Plus rien aujourd’hui. Bonne soirée !',
    day: 'Plus rien de prévu aujourd’hui.',
    back: ({ pain }) => `Votre dos aujourd’hui\u00a0: ${pain} sur 10.`,
    backWord: ({ pain, word }) => `Votre dos aujourd’hui\u00a0: ${pain} sur 10, «\u00a0${word}\u00a0».`,
    changeCheckIn: 'Modifier',
    question: 'Comment va votre dos aujourd’hui ?',
    painHigh: ({ pain }) =>
      `Vous avez noté votre dos ${pain} sur 10 aujourd’hui. Une douleur aussi forte mérite l’avis d’un médecin\u00a0: prenez rendez-vous, et voyez ci-dessous dans quel délai.`,
    painRising:
      'Votre mal de dos a augmenté à chacun de vos trois derniers points du matin. Une douleur qui s’aggrave mérite l’avis d’un médecin : prenez rendez-vous, et voyez ci-dessous dans quel délai.',
    sitting: ({ time }) => `Devant l’ordinateur aujourd’hui\u00a0: ${time}.`,
    longest: ({ time }) => `Plus longue période sans pause\u00a0: ${time}.`,
    longBouts: ({ count }) =>
      count === 0
        ? 'Aucune longue période assise aujourd’hui.'
        : plural(count, {
            one: '# longue période assise aujourd’hui.',
            other: '# longues périodes assises aujourd’hui.',
          }),
    limitReached: ({ limit }) =>
      `Vous avez atteint votre limite du jour\u00a0: ${limit} devant l’ordinateur. Arrêtez-vous dès que possible.`,
  },
  workHours: {
    on: 'Me rappeler seulement pendant les heures de travail',
    start: 'Début',
    end: 'Fin',
    days: 'Jours de travail',
  },
  natural: {
    on: 'Compter le temps passé loin de l’ordinateur comme une pause',
    noIdle:
      'Temps d’inactivité indisponible : ce système ne le communique pas, seuls le verrouillage de l’écran et la mise en veille comptent comme des pauses.',
    away: 'Absence d’au moins',
  },
  dontInterrupt: {
    title: 'Ne pas interrompre',
    intro: 'Un rappel qui tombe à un moment chargé attend, puis arrive dans la minute qui suit.',
    fullScreen: 'Attendre quand une application est en plein écran ou que je fais une présentation',
    calls: 'Attendre quand je suis en appel (caméra ou micro utilisé)',
    doNotDisturb: 'Attendre quand Ne pas déranger ou Concentration est activé',
    screenKeptOn: 'Attendre quand une application garde l’écran allumé (une vidéo ou un appel)',
    unavailable: ({ why }) => `Indisponible sur ce système. ${why}`,
    partly: {
      'full-screen': ({ why }) =>
        `Les applications en plein écran ne sont pas détectées sur ce système. ${why}`,
      presenting: ({ why }) => `Les présentations ne sont pas détectées sur ce système. ${why}`,
      call: ({ why }) => `Sur ce système, seule la caméra est surveillée, pas le micro. ${why}`,
      'do-not-disturb': ({ why }) => `Ne pas déranger n’est pas toujours détecté sur ce système. ${why}`,
      'screen-kept-on': ({ why }) =>
        `Une application qui garde l’écran allumé n’est pas toujours détectée sur ce système. ${why}`,
    },
    caveat:
      'Si les rappels attendent toute la journée (un micro toujours ouvert, un écran dupliqué), désactivez ce cas ici.',
  },
  bedtime: {
    title: 'Heure du coucher',
    intro:
      'Se coucher et se lever aux mêmes heures chaque jour, week-end compris, aide le corps à se reposer et à récupérer. Avant le coucher, Limber vous suggère de baisser la lumière, de ranger les écrans et de prendre une boisson chaude ou un bain.',
    on: 'Me rappeler de ralentir le soir et d’aller me coucher',
    bed: 'Heure du coucher',
    wake: 'Heure du réveil',
    windDown: 'Détente du soir',
    windDownHint: 'Minutes avant le coucher, jusqu’à 240 (0 pour désactiver)',
    getReady: 'Se préparer pour la nuit',
    getReadyHint: 'Minutes avant le coucher, jusqu’à 120 (0 pour désactiver)',
    others: 'Horaires différents certains soirs',
    othersHint:
      'Chaque exception fixe l’heure du coucher de ce soir-là et l’heure du réveil du lendemain matin.',
    night: ({ day }) => `Le ${day} soir`,
    wakeOn: ({ day }) => `Réveil le ${day}`,
    afterMidnight: ({ day }) => `Après minuit\u00a0: tôt le ${day} matin`,
    onEvening: ({ day }) => `Le ${day} soir`,
    length: ({ bed, wake, length }) => `Coucher à ${bed}, lever à ${wake}\u00a0: ${length} au lit.`,
    lengthOn: ({ bed, wake, day, length }) =>
      `Coucher à ${bed}, lever à ${wake} le ${day}\u00a0: ${length} au lit.`,
    lengthLate: ({ bed, wake, day, length }) =>
      `Coucher à ${bed} (tôt le ${day}), lever à ${wake} le ${day}\u00a0: ${length} au lit.`,
    short:
      'La plupart des adultes se sentent au mieux avec 7 à 9 heures de sommeil ; pourriez-vous vous coucher un peu plus tôt ?',
    long: 'La plupart des adultes se sentent au mieux avec 7 à 9 heures de sommeil.',
  },
  activities: {
    title: 'Activités',
    intro:
      'Un tronc solide, dos et ventre ensemble, soutient votre dos. Deux à quatre séances de 30 à 45 minutes par semaine conviennent à la plupart des gens, et un coach ou un kinésithérapeute peut vous montrer la bonne technique. Le yoga aide aussi beaucoup de gens.',
    paused:
      'Les séances de renforcement et de yoga sont suspendues pendant le programme ; elles reprendront à sa fin.',
    strength: {
      title: 'Séances de renforcement',
      on: 'Me rappeler les séances de renforcement',
      days: 'Jours de renforcement',
    },
    yoga: { title: 'Séances de yoga', on: 'Me rappeler les séances de yoga', days: 'Jours de yoga' },
    at: 'Heure',
    for: 'Durée',
    own: 'Vos propres rappels',
    ownHint:
      'Pour tout le reste : un verre d’eau, un rendez-vous, retirer une ceinture lombaire au bout d’un moment.',
    none: 'Aucun rappel personnel pour l’instant.',
    add: 'Ajouter un rappel',
    fresh: 'Nouveau rappel',
    full: ({ max }) =>
      `Vous avez ${max} rappels personnels, le maximum que Limber conserve. Supprimez-en un pour en ajouter un autre.`,
    item: ({ n }) => `Rappel ${n}`,
    name: 'Nom',
    days: 'Jours',
    on: 'Activé',
    remove: 'Supprimer',
    removeFor: ({ n, title }) => `Supprimer le rappel ${n}, «\u00a0${title}\u00a0»`,
    removed: ({ title }) => `Rappel «\u00a0${title}\u00a0» supprimé.`,
  },
  progress: {
    title: 'Progression',
    streak: ({ days }) => `${days} d’affilée avec au moins une pause faite.`,
    total: ({ count }) =>
      plural(count, {
        one: '# pause faite au total.',
        many: '# pauses faites au total.',
        other: '# pauses faites au total.',
      }),
    range: 'Période du graphique',
    days: '14 jours',
    weeks: '8 semaines',
    numbers: 'Afficher les chiffres',
    chartDays: 'Pauses faites, reportées et passées, et mal de dos, sur les 14 derniers jours',
    chartWeeks: 'Pauses faites, reportées et passées, et mal de dos, sur les 8 dernières semaines',
    totals: ({ done, snoozed, skipped }) =>
      `Au total, ${done} faites, ${snoozed} reportées et ${skipped} passées.`,
    lastDay: ({ done, snoozed, skipped }) =>
      `Aujourd’hui\u00a0: ${done} faites, ${snoozed} reportées, ${skipped} passées.`,
    lastWeek: ({ done, snoozed, skipped }) =>
      `Cette semaine\u00a0: ${done} faites, ${snoozed} reportées, ${skipped} passées.`,
    painDays: ({ count, pain }) =>
      plural(count, {
        one: `Mal de dos noté sur # jour, dernière note\u00a0: ${pain} sur 10.`,
        many: `Mal de dos noté sur # jours, dernière note\u00a0: ${pain} sur 10.`,
        other: `Mal de dos noté sur # jours, dernière note\u00a0: ${pain} sur 10.`,
      }),
    painWeeks: ({ count, pain }) =>
      plural(count, {
        one: `Mal de dos noté sur # semaine, dernière note\u00a0: ${pain} sur 10.`,
        many: `Mal de dos noté sur # semaines, dernière note\u00a0: ${pain} sur 10.`,
        other: `Mal de dos noté sur # semaines, dernière note\u00a0: ${pain} sur 10.`,
      }),
    today: 'Auj.',
    done: 'Faites',
    snoozed: 'Reportées',
    skipped: 'Passées',
    painKey: 'Mal de dos, de 0 à 10 (point du matin)',
    breaks: 'Pauses',
    table: 'Les chiffres',
    perDay: 'Pauses par jour, du plus ancien au plus récent',
    perWeek: 'Pauses par semaine, de la plus ancienne à la plus récente',
    day: 'Jour',
    weekFrom: 'Semaine du',
    tallies: 'Pauses faites, reportées, passées',
    tally: ({ done, snoozed, skipped }) => `${done} faites, ${snoozed} reportées, ${skipped} passées`,
    pain: 'Douleur',
    atComputer: 'Devant l’ordinateur',
    atComputerWeek: 'Devant l’ordinateur (par jour)',
    longest: 'Plus longue période sans pause',
    exportHint: 'Votre historique, vos points du matin et vos paramètres, en fichiers CSV et JSON.',
    exportDetail: 'Message du système',
    exported: ({ count, folder }) =>
      plural(count, {
        one: `# fichier enregistré dans ${folder}.`,
        many: `# fichiers enregistrés dans ${folder}.`,
        other: `# fichiers enregistrés dans ${folder}.`,
      }),
    export: 'Exporter mes données…',
    backTitle: 'Votre dos cette semaine',
    soFar: 'Depuis le début de la semaine.',
    weekDone: 'Dernière semaine complète.',
    goalMet: 'Objectif atteint.',
    goalNotYet: 'Pas encore.',
    goalMissed: 'Objectif manqué.',
    goalNoData: 'Rien à évaluer pour l’instant.',
    sittingLine: ({ good, days, bouts }) =>
      bouts === 0
        ? `${good} jours de travail sur ${days} devant l’ordinateur sans longue période assise.`
        : plural(bouts, {
            one: `${good} jours de travail sur ${days} devant l’ordinateur avec au plus # longue période assise.`,
            other: `${good} jours de travail sur ${days} devant l’ordinateur avec au plus # longues périodes assises.`,
          }),
    sittingGoal: ({ want, of }) => `Objectif\u00a0: ${want} jours de travail sur ${of}.`,
    breaksLine: ({ taken, offered, percent }) =>
      plural(offered, {
        one: `Pauses prises\u00a0: ${taken} sur # (${percent}\u00a0%).`,
        other: `Pauses prises\u00a0: ${taken} sur # (${percent}\u00a0%).`,
      }),
    breaksNone: 'Aucune pause proposée pour l’instant.',
    breaksGoal: ({ percent }) => `Objectif\u00a0: au moins ${percent}\u00a0%.`,
    todayLine: ({ longest, taken, offered }) =>
      `Plus longue période sans pause\u00a0: ${longest}. Pauses prises\u00a0: ${taken} sur ${offered}.`,
    why: ({ minutes }) =>
      `Une longue période assise, c’est plus de ${minutes}\u00a0minutes devant l’ordinateur sans pause. Dans des études menées au bureau, de courtes pauses toutes les demi-heures ont réduit le temps assis d’environ une demi-heure par jour, et les personnes qui faisaient des pauses actives ont bien moins souvent eu une nouvelle douleur lombaire.`,
    goals: 'Modifier les objectifs',
    goalBouts: 'Longues périodes assises permises un bon jour',
    goalDays: 'Bons jours visés par semaine',
    goalDaysHint: ({ days }) =>
      plural(days, {
        one: 'Sur votre # jour de travail (réglé dans Général).',
        other: 'Sur vos # jours de travail (réglés dans Général).',
      }),
    goalBreaks: 'Pauses à prendre, en pourcentage',
    goalBreaksHint: '0 à 100\u00a0% des pauses proposées',
    longBouts: 'Longues périodes',
    breaksTaken: 'Pauses prises',
    takenOf: ({ taken, offered }) => `${taken} sur ${offered}`,
  },
  dayLimit: {
    title: 'Limite quotidienne',
    intro:
      'Une fin de journée honnête\u00a0: une limite à votre temps devant l’ordinateur, celui qu’affiche Aujourd’hui. Le temps passé loin de l’ordinateur ne compte pas.',
    on: 'Me prévenir quand j’atteins une limite quotidienne',
    hours: 'Temps devant l’ordinateur par jour',
    how: 'Limber vous prévient une fois quand vous l’atteignez, puis doucement toutes les heures, et son icône se fait plus discrète jusqu’à minuit. Il ne vous bloque jamais et reste silencieux pendant vos heures de sommeil, quand parlent les rappels du coucher.',
    soFar: ({ time, limit }) => `Aujourd’hui\u00a0: ${time} sur ${limit}.`,
  },
  soreBack: {
    start: 'J’ai mal au dos aujourd’hui…',
    startTitle: 'Un programme plus doux pour votre dos',
    startBody:
      'Reposez-vous, mais pas trop : des marches tranquilles plus souvent, uniquement des étirements doux au bureau ou debout, de la chaleur ou de la glace chaque matin. Limber vous dit aussi quand consulter un médecin.',
    startOk: 'Commencer le programme',
    for: 'Pendant',
    plan: ({ day, walk, every, hold }) =>
      `Jusqu’à ${day} inclus\u00a0: une marche tranquille de ${walk} après chaque période de ${every} devant l’ordinateur, et seulement des étirements doux au bureau ou debout, tenus ${hold}.`,
    rest: 'Reposez-vous, mais pas trop.',
    sports:
      'Mettez en pause les sports qui sollicitent le dos, comme le golf, les sports de ballon, la natation ou le kayak, jusqu’à ce qu’il se calme.',
    end: 'Arrêter le programme',
    doctor: 'Consultez un médecin',
    gotIt: 'J’ai compris',
    braceOff: 'Ceinture lombaire : retirée.',
    braceOn: ({ since }) => `Ceinture lombaire\u00a0: portée depuis ${since}.`,
    braceDue: ({ since, at }) => `Ceinture lombaire\u00a0: portée depuis ${since}\u00a0; rappel à ${at}.`,
    putOn: 'Je viens de la mettre',
    isOff: 'Je l’ai retirée',
    title: 'Jours de mal de dos',
    intro:
      '« J’ai mal au dos aujourd’hui », dans le menu de l’icône ou dans Aujourd’hui, lance un programme plus doux pour quelques jours : du repos, mais pas trop.',
    walkEvery: 'Marche tranquille toutes les',
    walk: 'Durée de la marche',
    brace: 'Me rappeler d’enlever ma ceinture lombaire',
    braceHint:
      'Compté à partir de votre première minute devant l’ordinateur chaque jour du programme, ou de « Je viens de la mettre ».',
    braceCaution:
      'Les recommandations sur la lombalgie ne conseillent pas les ceintures lombaires. Si vous en portez une, que ce soit pour de courtes périodes et jamais trop serrée, et demandez à un professionnel, par exemple un kinésithérapeute, de vous montrer comment la mettre.',
    braceFor: 'Après l’avoir portée',
    checkIn: 'Me demander chaque matin comment va mon dos',
    checkInHint:
      'À votre première minute devant l’ordinateur après l’heure du réveil ; toujours pendant un programme.',
  },
  welcome: {
    title: 'Bienvenue dans Limber',
    what: 'Limber vous rappelle de vous lever, de vous étirer et de bien vous tenir au travail, et d’aller vous coucher à l’heure.',
    sore: 'Un mauvais jour ? « J’ai mal au dos aujourd’hui » lance un plan plus doux, avec un point du matin et de la chaleur ou de la glace.',
    find: 'Son icône se trouve dans la barre en haut ou en bas de l’écran : cliquez dessus quand vous voulez.',
    start: 'Commencer',
    more: 'Pour aller plus loin',
    findIt: 'Où trouver Limber ?',
    tray: {
      windows:
        'Limber se trouve dans la zone de notification, à droite de la barre des tâches. Si son icône n’y est pas, cliquez sur la flèche ^ juste à côté ; vous pouvez faire glisser l’icône dans la barre pour la garder en vue.',
      mac: 'Limber se trouve dans la barre des menus, en haut à droite de l’écran.',
      linux:
        'Limber se trouve dans la zone de notification de la barre du haut ou du bas de votre bureau. Sous GNOME, les icônes de notification n’apparaissent qu’une fois l’extension AppIndicator activée.',
    },
    trayUse:
      'Cliquez sur son icône pour faire une pause tout de suite, mettre en pause ou ouvrir ces paramètres.',
    today: 'Aujourd’hui, avec les paramètres actuels',
    choices: 'Les trois choix qui comptent le plus',
    workHours: 'Heures de travail',
    workHint: 'Sinon, les pauses arrivent dès que vous utilisez l’ordinateur.',
    sleep: 'Heures du coucher et du réveil',
    sleepHint: 'Limber reste silencieux entre les deux, et vous rappelle de ralentir avant le coucher.',
    natural: 'Pauses naturelles',
    naturalHint: 'Levez-vous pour un café : le compteur de pause repart de zéro, sans rappel à valider.',
    see: 'Vérifiez que vous verrez les rappels',
    test: 'Envoyer un rappel de test',
    sent: 'Envoyé : une notification intitulée « Rappel de test Limber » devrait maintenant être à l’écran.',
    notThere: 'Vous ne la voyez pas ?',
    notShown: 'Ce système n’a pas pu afficher de notification.',
    untilThen: 'En attendant, Limber affiche chaque rappel dans sa propre petite fenêtre.',
    allow: {
      windows:
        'Ouvrez Paramètres › Système › Notifications : activez les notifications, autorisez Limber et vérifiez que Ne pas déranger est désactivé.',
      mac: 'Ouvrez Réglages Système › Notifications › Limber et autorisez les notifications ; vérifiez qu’aucun mode Concentration ne les fait taire.',
      linux:
        'Ouvrez les paramètres de notification de votre bureau (sous GNOME : Paramètres › Notifications) et autorisez Limber ; vérifiez que Ne pas déranger est désactivé. Certains bureaux minimalistes ont besoin d’un service de notification, comme dunst ou mako.',
    },
    advice:
      'Limber ne donne pas d’avis médical. Si votre mal de dos est intense ou revient sans cesse, consultez un médecin.',
    close: 'Voir tous les paramètres',
    posture: ({ every, length }) =>
      `Une pause posture de ${length} après chaque période de ${every} devant l’ordinateur.`,
    stretch: ({ every, count, hold }) =>
      plural(count, {
        one: `Une pause étirements guidée après chaque période de ${every}\u00a0: # étirement, tenu ${hold}.`,
        many: `Une pause étirements guidée après chaque période de ${every}\u00a0: # étirements, tenus ${hold} chacun.`,
        other: `Une pause étirements guidée après chaque période de ${every}\u00a0: # étirements, tenus ${hold} chacun.`,
      }),
    inHours: ({ start, end, days }) =>
      `Des pauses uniquement pendant les heures de travail\u00a0: de ${start} à ${end}, ${days}.`,
    anyTime: 'Des pauses dès que vous utilisez l’ordinateur, en dehors de la nuit.',
    idle: ({ time }) => `S’éloigner de l’ordinateur ${time} ou plus compte comme une pause.`,
    windDown: ({ time }) => `Le soir, un rappel de détente à ${time}.`,
    getReady: ({ time }) => `Un rappel à ${time} pour vous préparer pour la nuit.`,
    bed: ({ bed, wake }) =>
      `Coucher à ${bed}, puis silence jusqu’à ${wake} (horaires différents les soirs que vous avez choisis).`,
    none: 'Rien : tous les rappels sont désactivés. Activez ceux que vous voulez ci-dessous ou dans les paramètres.',
  },
  routines: {
    title: 'Routines de votre kinésithérapeute',
    intro:
      'Importez le fichier de routine que votre kinésithérapeute vous a remis. Limber vérifie chaque champ et ne garde rien d’un fichier qui pose problème.',
    import: 'Importer une routine…',
    none: 'Aucune routine importée pour l’instant.',
    count: ({ count }: { count: number }) => plural(count, { one: 'Un étirement', other: '# étirements' }),
    forBreaks: 'L’utiliser pour les pauses étirements, au lieu du choix automatique',
    remind: 'Me la rappeler',
    time: 'À',
    days: 'Jours',
    export: 'Exporter…',
    remove: 'Supprimer',
    removed: ({ name }: { name: string }) => `« ${name} » a été supprimée.`,
    soreBack: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Les jours de mal de dos, un de ses étirements est omis (il n’est pas doux ou se fait au sol).',
        other: 'Les jours de mal de dos, # de ses étirements sont omis (pas doux ou au sol).',
      }),
    fix: 'À corriger dans le fichier :',
  },
  firm: {
    title: 'Écrans et mode ferme',
    intro:
      'Où les pauses s’affichent quand vous avez plusieurs écrans, et à quel point il est difficile de les écarter.',
    screens: 'Écrans',
    everyDisplay: 'Les pauses en plein écran assombrissent mes autres écrans',
    everyDisplayHint:
      'La pause s’affiche sur l’écran où vous travaillez. Les autres affichent une page calme et assombrie, avec un bouton pour y amener la pause.',
    firmTitle: 'Mode ferme',
    level: 'Fermeté des pauses',
    levels: {
      gentle: 'Douce : Terminé, Plus tard et Passer (mode ferme désactivé)',
      'no-skip': 'Sans passer : Plus tard reste, Passer disparaît',
      firm: 'Ferme : un seul report, puis la pause reste jusqu’à ce qu’elle soit faite ou que son temps soit écoulé',
    },
    never:
      'Jamais un piège : une pause ferme finit seule à la fin de son temps, la mise en pause depuis la barre des tâches marche toujours, et maintenir Échap 3 secondes quitte toute pause sans Passer (elle compte comme passée). Les pauses lancées par vous, retardées ou mises en attente pendant que vous étiez occupé, au sol ou un jour de mal de dos ne deviennent jamais plus fermes.',
    limitSkips: 'Limiter les pauses passées par jour',
    skipsPerDay: 'Pauses passées par jour',
    skipsHint: 'Ensuite, Passer devient Plus tard jusqu’à minuit.',
  },
} satisfies Catalog['settings']

/** The break window: its three buttons share one row at 420 px. */
export const breakWindow = {
  kind: {
    posture: 'Pause posture',
    stretch: 'Pause étirements',
    'wind-down': 'Détente du soir',
    'get-ready': 'Se préparer pour la nuit',
    bedtime: 'Heure du coucher',
    activity: 'Activité',
    custom: 'Rappel',
    therapy: 'Froid ou chaleur',
    'check-in': 'Point du matin',
    routine: 'Votre routine',
  },
  pageTitle: ({ title }) => `${title} · Limber`,
  loading: 'Chargement…',
  nothing: 'Rien à faire',
  nothingDue: 'Aucune pause n’est prévue pour l’instant. Vous pouvez fermer cette fenêtre.',
  canClose: 'Vous pouvez fermer cette fenêtre.',
  done: 'OK',
  snooze: ({ minutes }) => `Reporter de ${minutes}\u00a0min`,
  skip: 'Passer',
  keys: { done: 'Entrée', skip: 'Échap' },
  wellDone: 'Bien joué.',
  snoozed: ({ count }) =>
    plural(count, {
      one: 'Reporté de # minute.',
      many: 'Reporté de # minutes.',
      other: 'Reporté de # minutes.',
    }),
  skipped: 'Passé. Ce sera pour la prochaine fois.',
  tipHeading: { posture: 'De retour à votre bureau', evening: 'Pour ce soir', other: 'À retenir' },
  ring: {
    done: 'terminé',
    minutesLeft: 'minutes restantes',
    seconds: ({ count }) => plural(count, { one: 'seconde', many: 'secondes', other: 'secondes' }),
  },
  sitBack: 'Bravo. Rasseyez-vous bien droit.',
  phase: {
    position: 'En place',
    hold: 'Tenez',
    switch: 'Changez de côté',
    release: 'Relâchez',
    finished: 'Terminé',
  },
  stretchOf: ({ n, of }) => `Étirement ${n} sur ${of}`,
  repOf: ({ n, of }) => `Répétition ${n} sur ${of}`,
  previous: 'Étirement précédent',
  pause: 'Mettre le minuteur en pause',
  resume: 'Reprendre le minuteur',
  next: 'Étirement suivant',
  complete: 'Séance terminée. Appuyez sur « OK » quand vous le souhaitez.',
  ready: 'C’est bon',
  nextUp: ({ name }) => `Ensuite\u00a0: ${name}`,
  lastStep: 'Dernière étape',
  figure: {
    right: 'Côté droit',
    left: 'Côté gauche',
    alt: ({ what, side }: { what: string; side: string }) => `${what} ${side}.`,
  },
  say: {
    position: ({ name, intensity, where, side }) =>
      `${name}, ${intensity}. Lisez les étapes et mettez-vous en position${where ? ` ${where}` : ''}${side ? `, ${side}` : ''}.`,
    hold: ({ side, n, of }) => `Tenez${side ? `, ${side}` : ''}. Répétition ${n} sur ${of}.`,
    switch: 'Relâchez lentement, puis passez de l’autre côté.',
    release: 'Relâchez lentement et détendez-vous.',
  },
  checkIn: {
    thanks: 'Merci. Limber le garde uniquement sur cet ordinateur.',
    iceOrHeat: 'Chaleur ou glace',
    running: {
      ice: 'Le minuteur glace est lancé : Limber vous dira quand la retirer.',
      heat: 'Le minuteur chaleur est lancé : Limber vous dira quand la retirer.',
    },
  },
  firm: {
    noSkip: 'Mode ferme : cette pause peut être reportée, pas passée.',
    stays: 'Mode ferme : cette pause reste jusqu’à ce qu’elle soit faite ou que son temps soit écoulé.',
    used: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Vous avez déjà passé la pause permise aujourd’hui : Passer devient Plus tard jusqu’à minuit.',
        other:
          'Vous avez déjà passé les # pauses permises aujourd’hui : Passer devient Plus tard jusqu’à minuit.',
      }),
    left: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Encore une pause à passer aujourd’hui.',
        other: 'Encore # pauses à passer aujourd’hui.',
      }),
    emergency: 'En cas d’urgence, maintenez Échap 3 secondes pour quitter.',
    holding: 'Maintenez Échap pour quitter…',
  },
  dimmed: {
    title: 'Une pause est en cours',
    body: 'Votre pause s’affiche sur un autre écran.',
    bringHere: 'Afficher la pause ici',
    over: 'La pause est terminée.',
  },
} satisfies Catalog['breakWindow']

/** Main: the tray menu and tooltip, notifications, command-line answers, dialogs, messages about bad input. */
export const app = {
  busyWhy: {
    'no-shell': 'Cette version de Limber ne sait pas le détecter sur ce système.',
    failed: 'Limber n’a pas pu interroger ce système ; le journal en donne la raison.',
    'no-answer': 'Ce système n’a pas répondu à la demande (voir le journal).',
    'no-way': 'Ce système n’offre aucun moyen de le savoir.',
    'no-presenting-signal':
      'Les bureaux Linux n’ont pas de signal commun pour les présentations ; un diaporama en plein écran est traité comme une application en plein écran.',
    wayland: 'Sous Wayland, les applications ne peuvent pas savoir si une autre fenêtre est en plein écran.',
    'no-x11': 'Aucun affichage X11 à interroger (DISPLAY n’est pas défini).',
    'no-ewmh':
      'Le gestionnaire de fenêtres n’indique pas quelle fenêtre est active (pas de prise en charge d’EWMH).',
    'no-desktop-dnd':
      'Ni les paramètres de notification de GNOME, de Cinnamon ou de MATE, ni un service de notification doté d’une option Ne pas déranger (KDE Plasma) n’ont répondu.',
    'no-pactl': 'pactl (les outils de PulseAudio) n’est pas installé.',
    'no-sound-server': 'Aucun serveur audio PulseAudio ou PipeWire n’a répondu.',
    'needs-full-disk-access':
      'macOS garde l’état de Concentration confidentiel. Accordez à Limber l’« Accès complet au disque », ou, dans la barre des menus, réglez Concentration sur « Afficher si actif ».',
    'no-capture-record':
      'Cette version de Windows ne garde aucune trace de l’utilisation de la caméra et du micro (c’est le cas à partir de Windows 10 version 1903).',
    'no-inhibit-signal':
      'Ni la session GNOME ni la gestion de l’énergie de KDE Plasma n’ont répondu, et elles seules disent si une application garde l’écran allumé.',
  },
  names: {
    posture: { title: 'Pause posture', short: 'Pause posture' },
    stretch: { title: 'Pause étirements', short: 'Étirements' },
    'wind-down': { title: 'Détente du soir', short: 'Détente du soir' },
    'get-ready': { title: 'Se préparer pour la nuit', short: 'Se préparer pour la nuit' },
    bedtime: { title: 'Heure du coucher', short: 'Heure du coucher' },
    strength: 'Séance de renforcement',
    yoga: 'Séance de yoga',
  },
  tray: {
    tooltip: ({ status }) => `Limber — ${status}`,
    tooltipWithPlan: ({ status, plan }) => `Limber — ${status} · ${plan}`,
    now: ({ name }) => `${name}\u00a0: maintenant`,
    pausedUntilResumed: 'En pause jusqu’à la reprise',
    pausedUntil: ({ when }) => `En pause jusqu’à ${when}`,
    nothingComing: 'Aucun rappel à venir',
    nextIn: ({ name, duration }) => `${name} dans ${duration}`,
    nextAt: ({ name, time }) => `${name} à ${time}`,
    nextLater: ({ name, when }) => `${name} ${when}`,
    sleepUntil: ({ when }) => `Temps de sommeil jusqu’à ${when}`,
    bedtimeAt: ({ when }) => `Heure du coucher\u00a0: ${when}`,
    bedtimeIn: ({ when, duration }) => `Heure du coucher\u00a0: ${when} (dans ${duration})`,
    showBreak: 'Afficher la pause',
    breakNow: 'Faire une pause maintenant',
    stretchNow: 'S’étirer maintenant',
    therapy: 'Minuteur chaleur/glace',
    ice: ({ on, off, count }) =>
      plural(count, {
        one: `Glace (${on}, # cycle)`,
        many: `Glace (${on}, repos ${off}, # cycles)`,
        other: `Glace (${on}, repos ${off}, # cycles)`,
      }),
    heat: ({ on, off, count }) =>
      plural(count, {
        one: `Chaleur (${on}, # cycle)`,
        many: `Chaleur (${on}, repos ${off}, # cycles)`,
        other: `Chaleur (${on}, repos ${off}, # cycles)`,
      }),
    stopTimer: 'Arrêter le minuteur',
    resume: 'Reprendre',
    pause: 'Mettre en pause',
    pause30m: 'Pendant 30 minutes',
    pause1h: 'Pendant 1 heure',
    pause2h: 'Pendant 2 heures',
    pauseUntilMorning: 'Jusqu’à demain matin',
    pauseForever: 'Jusqu’à ce que je reprenne',
    skipNext: 'Passer le suivant',
    skipNextNamed: ({ name }) => `Passer le suivant (${name})`,
    settings: 'Paramètres…',
    quit: 'Quitter Limber',
    updateReady: ({ version }: { version: string }) =>
      `Mise à jour prête\u00a0: la version ${version} s’installe quand Limber se ferme`,
    updateAfterBreak: ({ version }: { version: string }) =>
      `La version ${version} s’installe après cette pause`,
    updateInstall: 'Redémarrer maintenant pour mettre à jour',
  },
  held: {
    for: {
      'full-screen': ({ duration }) =>
        `Retardé de ${duration} pendant qu’une application était en plein écran.`,
      presenting: ({ duration }) => `Retardé de ${duration} pendant votre présentation.`,
      call: ({ duration }) => `Retardé de ${duration} pendant votre appel.`,
      'do-not-disturb': ({ duration }) => `Retardé de ${duration} tant que Ne pas déranger était activé.`,
      'screen-kept-on': ({ duration }) =>
        `Retardé de ${duration} tant qu’une application gardait l’écran allumé.`,
    },
    now: {
      'full-screen': ({ name }) => `${name} en attente\u00a0: une application est en plein écran`,
      presenting: ({ name }) => `${name} en attente\u00a0: vous faites une présentation`,
      call: ({ name }) => `${name} en attente\u00a0: vous êtes en appel`,
      'do-not-disturb': ({ name }) => `${name} en attente\u00a0: Ne pas déranger est activé`,
      'screen-kept-on': ({ name }) => `${name} en attente\u00a0: une application garde l’écran allumé`,
    },
  },
  notify: {
    postureTitle: 'C’est l’heure d’une pause posture',
    postureLead: 'Levez-vous, bougez un peu et rasseyez-vous bien.',
    postureBody: ({ tip }: { tip: string }) =>
      `Levez-vous, bougez un peu et rasseyez-vous bien. De retour à votre bureau\u00a0: ${lowerFirst(tip)}`,
    stretchTitle: 'C’est l’heure de vous étirer',
    onTheFloor: ({ name }) => `${name} (au sol)`,
    stretchBody: ({ count, names, hold }) =>
      plural(count, {
        one: `Un étirement pour votre dos\u00a0: ${names}. Tenez-le ${hold}.`,
        many: `# étirements pour votre dos\u00a0: ${names}. Tenez chacun ${hold}.`,
        other: `# étirements pour votre dos\u00a0: ${names}. Tenez chacun ${hold}.`,
      }),
    noGentleStretch:
      'Aucun étirement doux au bureau ou debout n’est activé ; levez-vous plutôt et bougez doucement pendant une minute.',
    noStretch:
      'Tous les étirements sont désactivés dans les paramètres ; levez-vous plutôt et bougez doucement pendant une minute.',
    customBody: 'Votre rappel personnel, à l’heure que vous avez choisie.',
    headsUpPosture: ({ duration }) => `Pause posture dans ${duration}`,
    headsUpStretch: ({ duration }) => `Pause étirements dans ${duration}`,
    headsUpBody: 'Terminez votre idée ; Limber vous demandera de vous lever dans un instant.',
    start: 'Commencer',
    snooze: 'Reporter',
    skip: 'Passer',
    testTitle: 'Rappel de test Limber',
    testBody: 'Voici à quoi ressembleront les rappels de Limber. Vous pouvez fermer celui-ci.',
  },
  commands: {
    unknown: 'Limber ne connaît pas cette commande.',
    paused: {
      '30m': 'Limber est en pause pendant 30 minutes.',
      '1h': 'Limber est en pause pendant 1 heure.',
      '2h': 'Limber est en pause pendant 2 heures.',
      'until-morning': 'Limber est en pause jusqu’à demain matin.',
      forever: 'Limber est en pause jusqu’à ce que vous repreniez.',
    },
    resumed: 'Limber fonctionne de nouveau.',
    postureStarted: 'Pause posture lancée.',
    stretchStarted: 'Pause étirements lancée.',
    skipped: 'Le prochain rappel est passé.',
    nothingToSkip: 'Aucun rappel à venir.',
    skipKept: 'Le mode ferme garde la prochaine pause. Mettez Limber en pause si nécessaire.',
    iceStarted: 'Minuteur glace lancé.',
    heatStarted: 'Minuteur chaleur lancé.',
    therapyStopped: 'Minuteur chaleur/glace arrêté. Retirez la poche maintenant.',
    breakShown: 'Fenêtre de pause ouverte.',
    settingsShown: 'Paramètres ouverts.',
    quitting: 'Limber se ferme.',
    answered: 'Réponse enregistrée.',
    goneFromScreen: 'Ce rappel n’est plus à l’écran.',
    planStartedToday: 'Programme mal de dos lancé pour aujourd’hui : des pauses plus douces.',
    planStarted: ({ count }) =>
      plural(count, {
        one: 'Programme mal de dos lancé pour # jour : des pauses plus douces.',
        many: 'Programme mal de dos lancé pour # jours : des pauses plus douces.',
        other: 'Programme mal de dos lancé pour # jours : des pauses plus douces.',
      }),
    seeDoctorNote: 'La fenêtre de Limber indique quand consulter un médecin.',
    planEnded: 'Programme mal de dos terminé.',
    noPlan: 'Aucun programme mal de dos n’était en cours.',
    noted: 'C’est noté.',
    braceWithoutPlan:
      'Le rappel de ceinture lombaire fait partie d’un programme mal de dos, et aucun n’est en cours.',
    checkInKept: 'Point du matin enregistré.',
    checkInRange: 'Un point du matin est un nombre entier de 0 à 10.',
    noCheckIn: 'Pas de point du matin aujourd’hui.',
    updateChecking: 'Recherche de mises à jour.',
    updateInstalling: 'Limber redémarre pour installer la mise à jour.',
    updateNotReady: 'Aucune mise à jour n’est prête à être installée.',
    failed: 'Limber n’a pas pu le faire ; consultez le journal.',
  },
  commandLine: {
    usage:
      'Utilisez l’une de ces options : --pause 30m|1h|2h|until-morning|forever, --resume, --break-now, --stretch-now, ' +
      '--sore-back [1d|2d|3d|5d|off], --import-routine FICHIER, --settings, --quit.',
    unreadable: 'Impossible de lire la ligne de commande.',
    tooMany: ({ count }) => `Trop d’arguments (${count}).`,
    notText: 'Les arguments doivent être du texte.',
    tooLong: ({ position, max }) =>
      `L’argument n°\u00a0${position} est trop long (${max}\u00a0caractères au plus).`,
    pauseNeeds: ({ values }) => `--pause attend une durée\u00a0: ${values}.`,
    soreBackTakes: ({ values }) => `--sore-back attend un nombre de jours ou off\u00a0: ${values}.`,
    noValue: ({ name }) => `${name} ne prend pas de valeur.`,
    unknown: ({ position }) => `Limber ne connaît pas l’argument n°\u00a0${position}.`,
    oneAtATime: ({ count }) => `Donnez une seule commande à la fois (${count} reçues).`,
  },
  export: {
    title: 'Exporter mes données',
    button: 'Exporter ici',
    unavailable: 'L’export n’est pas disponible dans cette version de Limber.',
    dialogFailed: 'Limber n’a pas pu ouvrir la fenêtre de choix du dossier.',
    cancelled: 'Export annulé : rien n’a été écrit.',
    folder: ({ date }) => `Export Limber ${date}`,
    writeFailed: {
      denied: ({ folder }) =>
        `Limber n’a pas le droit d’écrire dans ${folder}. Rien n’y a été modifié\u00a0; choisissez un autre dossier.`,
      noSpace: ({ folder }) => `Il n’y a plus de place dans ${folder}. Rien n’y a été modifié.`,
      readOnly: ({ folder }) =>
        `${folder} est en lecture seule. Rien n’y a été modifié\u00a0; choisissez un autre dossier.`,
      gone: ({ folder }) => `${folder} n’existe plus. Rien n’a été écrit\u00a0; choisissez un autre dossier.`,
      other: ({ folder }) => `Limber n’a pas pu écrire dans ${folder}. Rien n’y a été modifié.`,
    },
    full: ({ folder, count }) =>
      `${folder} contient déjà ${count} exports d’aujourd’hui. Choisissez un autre dossier.`,
    notFullPath: ({ folder }) =>
      `Limber n’exporte que dans un dossier désigné par son chemin complet, et «\u00a0${folder}\u00a0» n’en est pas ` +
      'un. Rien n’a été écrit\u00a0: choisissez de nouveau le dossier.',
  },
  settingsFile: {
    resetTitle: 'Paramètres réinitialisés',
    reset: 'Votre fichier de paramètres était illisible : Limber a démarré avec ses paramètres par défaut.',
    resetKept: ({ file }) =>
      `Votre fichier de paramètres était illisible\u00a0: Limber a démarré avec ses paramètres par défaut. Le fichier endommagé a été conservé sous le nom ${file}.`,
    someResetTitle: 'Certains paramètres ont été réinitialisés',
    allReplaced: 'Vos paramètres étaient illisibles : Limber est revenu à ses paramètres par défaut.',
    replaced: ({ fields }) =>
      `Ces paramètres n’ont pas pu être conservés et reprennent leur valeur par défaut\u00a0: ${fields}.`,
    replacedMore: ({ fields, count }) =>
      plural(count, {
        one: `Ces paramètres n’ont pas pu être conservés et reprennent leur valeur par défaut\u00a0: ${fields} et # autre.`,
        many: `Ces paramètres n’ont pas pu être conservés et reprennent leur valeur par défaut\u00a0: ${fields} et # autres.`,
        other: `Ces paramètres n’ont pas pu être conservés et reprennent leur valeur par défaut\u00a0: ${fields} et # autres.`,
      }),
    previousKept: ({ file }) => `Votre fichier précédent a été conservé sous le nom ${file}.`,
  },
  dialogs: {
    commandNotUnderstood: 'Limber n’a pas compris la commande',
    couldNotStart: 'Limber n’a pas pu démarrer',
    couldNotStartDetail: ({ what, file }) =>
      `${what}\n\nLes détails se trouvent dans le fichier journal\u00a0:\n${file}\n\nSi le problème se reproduit, envoyez ce fichier avec votre signalement.`,
    loginItemFailed: 'Limber n’a pas pu modifier le lancement à l’ouverture de session',
    loginItemFailedDetail: ({ what, file }) => `${what} Les détails sont dans le journal\u00a0: ${file}`,
    loginItemUnsafe: ({ path }) =>
      `Limber ne peut pas se lancer à l’ouverture de session depuis ${path}\u00a0: ce chemin contient un saut de ligne ou un autre caractère de contrôle, qu’une entrée de démarrage automatique ne peut pas contenir sans risque. Déplacez Limber dans un dossier dont le nom n’en contient aucun.`,
  },
  dayLimit: {
    reachedTitle: ({ hours }) =>
      plural(hours, {
        one: 'Déjà # heure d’ordinateur aujourd’hui',
        other: 'Déjà # heures d’ordinateur aujourd’hui',
      }),
    reachedBody:
      'C’est la limite que vous vous êtes fixée pour aujourd’hui. Un bon moment pour terminer et vous lever.',
    againTitle: ({ hours }) =>
      plural(hours, {
        one: 'Toujours là\u00a0: # heure aujourd’hui',
        other: 'Toujours là\u00a0: # heures aujourd’hui',
      }),
    againBody: ({ limit }) =>
      `Un petit rappel\u00a0: votre limite du jour était de ${limit}. Le reste peut attendre demain.`,
    tray: ({ limit }) => `Limite du jour atteinte (${limit})`,
  },
  routines: {
    openTitle: 'Importer une routine',
    openButton: 'Importer',
    saveTitle: 'Exporter la routine',
    saveButton: 'Exporter',
    fileKind: 'Routine Limber',
    fileName: ({ name }: { name: string }) => `${name} (routine Limber)`,
    imported: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `La routine « ${name} » a été importée, avec un étirement.`,
        other: `La routine « ${name} » a été importée, avec # étirements.`,
      }),
    replaced: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `La routine « ${name} » a été mise à jour : elle compte maintenant un étirement.`,
        other: `La routine « ${name} » a été mise à jour : elle compte maintenant # étirements.`,
      }),
    notImported: ({ file }: { file: string }) => `La routine de ${file} n’a pas été importée.`,
    notImportedTitle: 'Routine non importée',
    importedTitle: 'Routine importée',
    nothingKept: 'Rien n’a été modifié.',
    cancelled: 'Rien n’a été importé.',
    exportCancelled: 'Rien n’a été exporté.',
    exported: ({ file }: { file: string }) => `Exportée dans ${file}.`,
    exportFailed: ({ reason }: { reason: string }) => `Limber n’a pas pu écrire le fichier : ${reason}.`,
    dialogOpen: 'Une fenêtre de fichiers est déjà ouverte : terminez d’abord avec elle.',
    dialogFailed: 'Limber n’a pas pu ouvrir la fenêtre de fichiers.',
    unavailable: 'Cette version de Limber ne peut ni importer ni exporter de routines.',
    tooMany: ({ max }: { max: number }) =>
      `Limber garde au plus ${max} routines : supprimez-en une avant d’en importer une autre.`,
    gone: 'Cette routine n’existe plus.',
    missing: ({ file }: { file: string }) => `Le fichier ${file} n’existe pas.`,
    notAFile: ({ file }: { file: string }) => `${file} est un dossier, pas un fichier.`,
    unreadable: ({ file, reason }: { file: string; reason: string }) =>
      `${file} n’a pas pu être lu : ${reason}.`,
    problems: {
      tooLarge: ({ size, max }: { size: string; max: string }) =>
        `Le fichier est trop volumineux (${size}) : un fichier de routine fait au plus ${max}.`,
      notJson: ({ line }: { line: number | null }) =>
        line === null
          ? 'Le fichier n’est pas du JSON valide.'
          : `Le fichier n’est pas du JSON valide (le problème est à la ligne ${line}).`,
      tooDeep: 'Le fichier est trop profondément imbriqué pour être une routine.',
      unknownField: ({ path }: { path: string }) => `${path} : ce champ n’existe pas dans une routine.`,
      required: ({ path, allowed }: { path: string; allowed: string }) =>
        `${path} : manquant ; indiquez ${allowed}.`,
      notAllowed: ({ path, allowed, got }: { path: string; allowed: string; got: string }) =>
        `${path} : attendu ${allowed}, trouvé ${got}.`,
      languageTag: ({ path }: { path: string }) =>
        `${path} : ce n’est pas un code de langue (écrivez-en un comme "en", "fr" ou "pt-BR").`,
      unknownStretch: ({ path, got }: { path: string; got: string }) =>
        `${path} : ${got} n’est pas un étirement de la bibliothèque de Limber.`,
      markup: ({ path }: { path: string }) => `${path} : du texte seul, sans HTML ni autre balisage.`,
      link: ({ path }: { path: string }) => `${path} : pas de liens ni d’adresses web.`,
      languages: ({ path, languages }: { path: string; languages: string }) =>
        `${path} : donnez-le dans les mêmes langues que le nom de la routine (${languages}).`,
      figure: ({ path, detail }: { path: string; detail: string }) => `${path} : ${detail}.`,
    },
    allowed: {
      file: 'un objet avec "limberRoutine": 1, un "name" et des "stretches"',
      version: '1 (ce Limber lit la version 1 du format)',
      texts: 'le texte par langue, par exemple {"fr": "…"}, en 1 à 8 langues',
      name: 'un nom de 1 à 80 caractères',
      title: 'un titre de 1 à 80 caractères',
      step: 'un texte de 1 à 400 caractères',
      stepList: 'une liste de 1 à 12 étapes',
      cautionList: 'une liste d’au plus 6 précautions',
      stretches: 'une liste de 1 à 20 étirements',
      stretch:
        'un étirement de la bibliothèque ({"stretch": "son id"}) ou un étirement décrit en entier (title, steps, hold, repetitions, sides, position, intensity)',
      libraryId: 'l’id d’un étirement de la bibliothèque de Limber',
      hold: 'un nombre entier de secondes de 5 à 120',
      repetitions: 'un nombre entier de 1 à 10',
      sides: '"both" ou "each"',
      position: '"desk", "standing" ou "floor"',
      intensity: '"gentle", "moderate" ou "strong"',
      figure: 'une figure avec description, camera, props, working et poses',
    },
    needsFile: '--import-routine attend le chemin d’un fichier de routine.',
    notifyBody: ({ count, names }: { count: number; names: string }) =>
      plural(count, { one: `Votre routine : ${names}.`, other: `Votre routine, # étirements : ${names}.` }),
    leftOut: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Un étirement de votre routine est omis aujourd’hui : avec un dos douloureux, seulement des étirements doux, assis ou debout.',
        other:
          '# étirements de votre routine sont omis aujourd’hui : avec un dos douloureux, seulement des étirements doux, assis ou debout.',
      }),
    noneFits:
      'Aucun étirement de votre routine ne convient aujourd’hui à votre dos douloureux (seuls les doux, assis ou debout, conviennent) : voici des étirements doux à la place.',
    fromRoutine: 'De votre routine',
  },
} satisfies Catalog['app']

/** Said under the seated stretches (as in English). */
const seatedNote = 'Utilisez une chaise stable sans roulettes, ou bloquez-les d’abord.'

export const content = {
  cue: 'Bougez lentement et en douceur, sans rebondir. Arrêtez-vous à une légère tension, sans jamais aller jusqu’à la douleur. Tenez, puis relâchez lentement.',
  areas: {
    'lower-back': 'Bas du dos',
    'middle-back': 'Milieu du dos',
    'upper-back': 'Haut du dos',
    abdominals: 'Abdominaux et tronc',
    hips: 'Hanches et ischio-jambiers',
    'neck-shoulders': 'Cou et épaules',
  },
  stretches: {
    'seated-cat-cow': {
      name: 'Chat-vache assis',
      steps: [
        'Asseyez-vous vers l’avant de la chaise, pieds à plat, mains posées sur les genoux.',
        'En inspirant, ouvrez la poitrine et laissez le dos se creuser doucement.',
        'En expirant, arrondissez le dos et laissez le menton descendre vers la poitrine.',
        'Tenez le dos rond, puis redressez-vous.',
      ],
      cautions: ['Gardez des mouvements de faible amplitude si vous avez mal au dos aujourd’hui.'],
    },
    'seated-twist': {
      name: 'Torsion assise',
      steps: [
        'Asseyez-vous le dos droit, les deux pieds à plat et les genoux vers l’avant.',
        'Posez la main droite sur l’extérieur du genou gauche.',
        'Tournez le buste vers la gauche, en partant du milieu du dos.',
        'Tenez, revenez au centre, puis tournez de l’autre côté.',
      ],
      cautions: [
        'Ne tournez que jusqu’où c’est facile ; ne tirez pas avec les bras pour aller plus loin.',
        seatedNote,
      ],
    },
    'seated-forward-fold': {
      name: 'Flexion avant assise',
      steps: [
        'Asseyez-vous au bord de la chaise, les pieds bien écartés.',
        'Laissez le buste descendre entre les genoux, les bras pendants et relâchés.',
        'Relâchez la tête et la nuque.',
        'Tenez, puis déroulez-vous lentement, vertèbre par vertèbre.',
      ],
      cautions: [
        'Remontez lentement, au cas où la tête vous tournerait.',
        'Évitez cet étirement si une douleur ou des fourmillements descendent dans une jambe.',
        seatedNote,
      ],
    },
    'seated-pelvic-tilt': {
      name: 'Bascule du bassin assise',
      steps: [
        'Asseyez-vous le dos droit, les mains sur les hanches et les pieds à plat.',
        'Basculez le bassin vers l’arrière : le bas du dos s’arrondit contre le dossier.',
        'Tenez, puis basculez-le vers l’avant : le bas du dos se creuse légèrement.',
        'Terminez au milieu, le dos bien droit.',
      ],
      cautions: ['Allez-y en douceur : c’est un petit mouvement de bascule, pas un grand.'],
    },
    'seated-figure-four': {
      name: 'Ouverture de hanche assise',
      steps: [
        'Asseyez-vous le dos droit et posez la cheville droite sur le genou gauche.',
        'Gardez le dos allongé et penchez-vous en avant à partir des hanches.',
        'Arrêtez-vous quand vous sentez l’étirement dans la hanche et la fesse droites.',
        'Tenez, redressez-vous, puis changez de jambe.',
      ],
      cautions: [
        'Si cela force sur le genou, posez plutôt la cheville plus bas sur le tibia, ou évitez cet étirement.',
        seatedNote,
      ],
    },
    'seated-hamstring': {
      name: 'Étirement des ischios assis',
      steps: [
        'Asseyez-vous au bord de la chaise.',
        'Tendez une jambe devant vous, talon au sol et pointe du pied vers le haut.',
        'Le dos droit, penchez-vous en avant depuis les hanches jusqu’à sentir l’arrière de la cuisse tirer doucement.',
        'Tenez, redressez-vous, puis changez de jambe.',
      ],
      cautions: [
        'Gardez le dos droit plutôt que de chercher à toucher vos orteils.',
        'Évitez cet étirement si une douleur ou des fourmillements descendent dans une jambe.',
        seatedNote,
      ],
    },
    'seated-side-bend': {
      name: 'Inclinaison latérale assise',
      steps: [
        'Asseyez-vous le dos droit, les deux pieds à plat.',
        'Levez le bras droit le long de l’oreille.',
        'Penchez-vous doucement vers la gauche, en allongeant le bras vers le haut et par-dessus.',
        'Tenez, revenez au centre, puis faites l’autre côté.',
      ],
      cautions: ['Gardez les deux fesses bien posées sur la chaise.'],
    },
    'chest-opener': {
      name: 'Ouverture de la poitrine',
      steps: [
        'Asseyez-vous sur la moitié avant de la chaise.',
        'Joignez les mains derrière vous, ou tenez les côtés du dossier.',
        'Rapprochez les omoplates et ouvrez la poitrine vers le haut.',
        'Tenez en gardant le menton à l’horizontale, puis relâchez lentement.',
      ],
      cautions: ['Gardez les épaules basses, loin des oreilles.'],
    },
    'upper-back-round': {
      name: 'Dos rond, bras tendus',
      steps: [
        'Asseyez-vous le dos droit et tendez les deux bras devant vous.',
        'Croisez les doigts, paumes tournées vers l’extérieur.',
        'Poussez les mains loin de vous et laissez le haut du dos s’arrondir et le menton descendre.',
        'Sentez l’espace s’ouvrir entre les omoplates, tenez, puis relâchez.',
      ],
      cautions: ['Respirez normalement tout du long.'],
    },
    'neck-side-stretch': {
      name: 'Étirement latéral du cou',
      steps: [
        'Asseyez-vous le dos droit et relâchez les deux épaules.',
        'Inclinez l’oreille droite vers l’épaule droite.',
        'Gardez l’épaule gauche basse ; vous pouvez poser une main sur la tête, sans tirer.',
        'Tenez, redressez lentement la tête, puis faites l’autre côté.',
      ],
      cautions: ['Arrêtez si vous sentez des fourmillements ou un engourdissement dans un bras ou une main.'],
    },
    'chin-tuck': {
      name: 'Menton rentré',
      steps: [
        'Asseyez-vous le dos droit, le regard droit devant vous.',
        'Reculez le menton à l’horizontale, comme pour faire un double menton.',
        'Gardez le regard à l’horizontale ; ne baissez pas la tête.',
        'Tenez, puis laissez la tête revenir doucement vers l’avant.',
      ],
      cautions: ['Un petit mouvement suffit.'],
    },
    'shoulder-rolls': {
      name: 'Rotations d’épaules, omoplates serrées',
      steps: [
        'Asseyez-vous le dos droit, les bras relâchés le long du corps.',
        'Faites rouler les deux épaules vers le haut, l’arrière et le bas, quelques fois.',
        'Terminez en ramenant doucement les omoplates vers l’arrière et vers le bas.',
        'Tenez les omoplates serrées, puis relâchez les épaules.',
      ],
      cautions: ['Gardez la nuque longue et détendue pendant que vous serrez.'],
    },
    'standing-back-bend': {
      name: 'Extension du dos debout',
      steps: [
        'Tenez-vous debout, pieds écartés de la largeur des hanches.',
        'Posez les mains sur le bas du dos, doigts vers le bas.',
        'Avancez doucement le bassin et penchez-vous un peu en arrière, le regard légèrement vers le haut.',
        'Tenez, puis redressez-vous.',
      ],
      cautions: [
        'Ne vous penchez que légèrement.',
        'Évitez cet étirement si vous sentez un pincement ou une douleur en vous penchant en arrière.',
      ],
    },
    'standing-reach-up': {
      name: 'Bras vers le plafond',
      steps: [
        'Debout, le dos droit, pieds écartés de la largeur des hanches.',
        'Croisez les doigts et tournez les paumes vers le haut.',
        'Tendez les bras vers le plafond et sentez tout l’avant du corps s’allonger.',
        'Tenez, puis baissez lentement les bras.',
      ],
      cautions: ['Évitez que vos côtes basses ne ressortent vers l’avant.'],
    },
    'doorway-chest-stretch': {
      name: 'Étirement à la porte',
      steps: [
        'Placez-vous dans l’encadrement d’une porte, avant-bras sur les montants, coudes à hauteur d’épaules.',
        'Avancez un pied.',
        'Portez doucement votre poids vers l’avant jusqu’à sentir la poitrine et les épaules s’ouvrir.',
        'Tenez, puis reculez d’un pas pour sortir de la porte.',
      ],
      cautions: ['Arrêtez si vous avez mal à l’avant de l’épaule.'],
    },
    'standing-hip-flexor': {
      name: 'Étirement du psoas debout',
      steps: [
        'Tenez-vous à votre bureau ou à un dossier de chaise pour garder l’équilibre.',
        'Reculez un pied pour faire une petite fente, talon arrière décollé.',
        'Rentrez le coccyx et sentez s’ouvrir l’avant de la hanche de la jambe arrière.',
        'Tenez, ramenez les pieds ensemble, puis changez de jambe.',
      ],
      cautions: ['Gardez le genou avant au-dessus de la cheville, sans dépasser les orteils.'],
    },
    'knee-to-chest': {
      name: 'Genou vers la poitrine',
      steps: [
        'Allongez-vous sur le dos, genoux pliés et pieds à plat.',
        'Attrapez l’arrière d’une cuisse et ramenez ce genou vers la poitrine.',
        'Gardez l’autre pied au sol et la tête posée.',
        'Tenez, redescendez lentement la jambe, puis changez de côté.',
      ],
      cautions: [
        'Tenez l’arrière de la cuisse plutôt que le dessus du genou.',
        'Évitez cet étirement si une douleur ou des fourmillements descendent dans une jambe.',
      ],
    },
    'childs-pose': {
      name: 'Posture de l’enfant',
      steps: [
        'Mettez-vous à genoux, puis asseyez-vous vers les talons.',
        'Faites glisser les mains vers l’avant sur le sol.',
        'Posez le front au sol et laissez le dos s’allonger.',
        'Tenez en respirant lentement, puis ramenez les mains vers vous pour vous redresser.',
      ],
      cautions: ['Placez un coussin entre les talons et les fesses si vos genoux protestent.'],
    },
    'all-fours-cat-cow': {
      name: 'Chat-vache',
      steps: [
        'Mettez-vous à quatre pattes, mains sous les épaules et genoux sous les hanches.',
        'En expirant, arrondissez le dos vers le plafond.',
        'En inspirant, laissez le ventre descendre et levez un peu le regard.',
        'Passez lentement d’une position à l’autre, en tenant chacune.',
      ],
      cautions: ['Sur un sol dur, placez une serviette pliée sous vos genoux.'],
    },
    'lying-knee-roll': {
      name: 'Bascule des genoux au sol',
      steps: [
        'Allongez-vous sur le dos, genoux pliés et serrés, bras écartés.',
        'Laissez les deux genoux basculer lentement d’un côté.',
        'Gardez les deux épaules au sol.',
        'Tenez, ramenez les genoux au centre, puis basculez de l’autre côté.',
      ],
      cautions: ['Ne basculez les genoux que tant que vos épaules restent au sol.'],
    },
    sphinx: {
      name: 'Posture du sphinx',
      steps: [
        'Allongez-vous sur le ventre, coudes sous les épaules.',
        'Appuyez sur les avant-bras et soulevez un peu la poitrine.',
        'Gardez le bassin au sol et les épaules loin des oreilles.',
        'Tenez, puis redescendez lentement.',
      ],
      cautions: ['Évitez cet étirement si cambrer le dos provoque un pincement ou une douleur.'],
    },
    'lying-hamstring': {
      name: 'Étirement des ischios allongé',
      steps: [
        'Allongez-vous sur le dos, les deux genoux pliés.',
        'Passez une serviette ou une ceinture autour d’un pied.',
        'Tendez cette jambe vers le plafond en tenant la serviette.',
        'Tenez, redescendez-la lentement, puis changez de jambe.',
      ],
      cautions: [
        'Le genou peut rester légèrement fléchi.',
        'Évitez cet étirement si une douleur ou des fourmillements descendent dans une jambe.',
      ],
    },
  },
  getUp: {
    lying: 'Pour vous relever, roulez sur le côté, poussez sur vos bras, puis asseyez-vous.',
    kneeling:
      'Pour vous relever, ramenez les mains vers les genoux, poussez sur vos bras, puis levez-vous en vous tenant à une chaise.',
  },
  /** Les changements de position entre les étirements d’une séance (voir en.ts). */
  moves: {
    title: {
      'get-down': 'Descendre au sol',
      'get-up': 'Se relever doucement',
      standing: 'Se lever',
      desk: 'S’asseoir',
      floor: 'Changer de position',
    },
    downFirst: 'Tenez-vous à une chaise ou à votre bureau, et prenez votre temps.',
    down: {
      'on-back': 'D’abord les genoux, puis les mains, puis roulez sur le dos.',
      'on-front': 'D’abord les genoux, puis les mains, puis allongez-vous sur le ventre.',
      'all-fours': 'D’abord les genoux, puis les mains, sous les épaules : vous êtes à quatre pattes.',
      kneeling: 'Un genou après l’autre, puis restez à genoux, le buste droit.',
    },
    up: {
      lying: ['Roulez sur le côté, poussez sur vos bras, puis asseyez-vous.', 'Mettez-vous à quatre pattes.'],
      kneeling: ['Ramenez les mains vers les genoux et poussez sur vos bras jusqu’à être à genoux.'],
    },
    upLast: 'Avancez un pied, puis levez-vous lentement en vous tenant à une chaise ou à votre bureau.',
    to: {
      desk: 'Rasseyez-vous, bien au fond de votre chaise.',
      standing: 'Levez-vous lentement et écartez-vous d’un pas de votre chaise.',
      'on-back': 'Allongez-vous sur le côté, puis roulez sur le dos.',
      'on-front': 'Roulez lentement sur le ventre.',
      'all-fours': 'Mettez-vous à quatre pattes, les mains sous les épaules.',
      kneeling: 'Redressez-vous à genoux, le buste droit.',
    },
  },
  postureTips: [
    'Asseyez-vous bien au fond de votre chaise pour qu’elle soutienne la courbe du bas du dos.',
    'Gardez les pieds à plat sur le sol, ou sur un repose-pieds s’ils ne le touchent pas.',
    'Placez le haut de l’écran à peu près à hauteur des yeux : la tête reste en équilibre sur les épaules.',
    'Placez l’écran à environ une longueur de bras.',
    'Laissez vos épaules descendre, loin des oreilles. Vérifiez-les à nouveau dans une minute.',
    'Gardez les coudes près du corps, pliés à peu près à angle droit.',
    'Gardez les poignets dans l’axe quand vous tapez, sans les plier vers le haut ni vers le bas.',
    'Rapprochez le clavier et la souris pour ne pas avoir à tendre les bras.',
    'Si votre tête part vers l’avant, reculez le menton et redressez-vous.',
    'Des genoux au niveau des hanches, ou un peu plus bas, soulagent le bas du dos.',
    'Un petit coussin ou une serviette roulée derrière le bas du dos aide à garder sa courbe naturelle.',
    'Placez-vous bien face à l’écran : rester tourné d’un côté toute la journée fatigue le dos.',
    'Sur un ordinateur portable, surélevez l’écran et utilisez un clavier et une souris séparés.',
    'Prenez vos appels debout, ou marchez en parlant.',
    'Gardez ce que vous utilisez le plus à portée de main, pour ne pas avoir à vous pencher par-dessus le bureau.',
    'Changez de position de temps en temps. La meilleure posture, c’est la suivante.',
    'Décroisez les jambes et répartissez votre poids sur les deux fesses.',
    'Tenez votre téléphone à hauteur des yeux plutôt que de baisser la tête vers lui.',
    'Clignez des yeux, regardez au loin, et détendez votre visage et votre mâchoire.',
    'Debout, répartissez votre poids sur les deux pieds et gardez les genoux souples.',
    'Soulevez avec les jambes, pas avec le dos : pliez les genoux et gardez la charge près de vous.',
    'Posez votre verre d’eau à l’autre bout de la pièce : pour le remplir, il faudra vous lever.',
  ],
  movement: {
    guidance: [
      'Bougez un peu, souvent. De courts moments d’activité facile dans la journée font plus de bien à votre dos qu’un seul gros effort.',
      'Le repos aide quand on a mal au dos, mais trop de repos le rend plus raide. Levez-vous et bougez doucement dès que vous le pouvez.',
      'Allez-y doucement. En faire trop, trop vite peut aggraver les spasmes musculaires. Progressez petit à petit.',
      'Une petite marche, ça compte. Se lever pour s’étirer pendant que l’eau chauffe aussi.',
    ],
    short: [
      'Un peu, souvent : mieux que tout d’un coup.',
      'Reposez-vous un peu, puis bougez un peu.',
      'La douceur suffit : inutile de forcer.',
    ],
  },
  windDown: {
    suggestions: {
      'wind-down': [
        'Baissez la lumière autour de vous : un éclairage doux et tamisé signale au corps que la journée se termine.',
        'Commencez à ranger les écrans : téléphone, ordinateur portable, jeux et télé.',
        'Préparez-vous une boisson chaude sans caféine, comme une tisane ou un lait chaud.',
        'Prenez un bain ou une douche chaude.',
        'Lisez un livre papier ou écoutez quelque chose de calme au lieu de faire défiler votre écran.',
        'Notez ce que vous avez à faire demain pour vous le sortir de la tête.',
      ],
      'get-ready': [
        'Faites le noir dans votre chambre : fermez les rideaux et masquez les petits voyants de veille.',
        'Gardez la chambre fraîche et calme.',
        'Prévoyez de vous lever à la même heure demain, week-end compris.',
        'Visez sept à neuf heures de sommeil : comptez à rebours depuis votre heure de réveil.',
        'Faites quelques étirements lents et faciles pour que votre dos se détende avant le coucher.',
        'Respirez lentement pendant une minute : inspirez par le nez, puis expirez plus longuement.',
      ],
    },
    reminders: {
      'wind-down': {
        title: 'Place à la détente du soir',
        body: 'Baissez la lumière, commencez à ranger les écrans, et pourquoi pas une boisson chaude ou un bain ?',
      },
      'get-ready': {
        title: 'Préparez-vous pour la nuit',
        body: 'Éteignez les écrans maintenant. Faites le noir et le calme dans la chambre, et installez-vous bien.',
      },
      bedtime: {
        title: 'Heure du coucher',
        body: 'C’est l’heure de dormir. Même heure de réveil demain, week-end compris. Bonne nuit !',
      },
    },
    leads: {
      'wind-down': 'Le coucher approche : il est temps de ralentir et de laisser la journée derrière vous.',
      'get-ready': 'L’heure du coucher est proche. Éteignez les écrans et installez-vous confortablement.',
    },
  },
  therapy: {
    notices: {
      'heat-start': {
        title: 'Appliquez la chaleur',
        body: 'Un tissu entre chaleur et peau, jamais sur peau insensible ou abîmée. Ne vous endormez pas avec.',
      },
      'heat-on': {
        title: 'Appliquez la chaleur',
        body: 'Gardez un linge ou un tissu entre la chaleur et votre peau.',
      },
      'heat-off': {
        title: 'Retirez la chaleur — temps de repos',
        body: 'Enlevez la chaleur et laissez la peau se reposer. Arrêtez si elle est très rouge ou cloquée.',
      },
      'ice-start': {
        title: 'Posez la glace',
        body: 'Dans un linge, jamais sur peau insensible ou abîmée. Arrêtez si elle rougit fort ou blanchit.',
      },
      'ice-on': {
        title: 'Posez la glace',
        body: 'Enveloppez d’abord la poche dans un linge : jamais directement sur la peau.',
      },
      'ice-off': {
        title: 'Retirez la glace — temps de repos',
        body: 'Enlevez la poche et laissez votre peau se réchauffer.',
      },
      finished: {
        title: 'Retirez la poche maintenant',
        body: 'C’était le dernier cycle. Vérifiez votre peau, puis bougez doucement un moment avant de vous rasseoir.',
      },
      stopped: {
        title: 'Retirez la poche maintenant',
        body: 'Le minuteur est arrêté. Vérifiez votre peau, puis bougez doucement un moment.',
      },
    },
    minutesOn: ({ count }) =>
      plural(count, {
        one: 'À laisser # minute.',
        many: 'À laisser # minutes.',
        other: 'À laisser # minutes.',
      }),
    minutesOff: ({ count }) =>
      plural(count, { one: 'Repos de # minute.', many: 'Repos de # minutes.', other: 'Repos de # minutes.' }),
  },
  activities: {
    strength: [
      'Le tronc, ce n’est pas seulement le ventre : ce sont les muscles du dos et les abdominaux qui travaillent ensemble.',
      'Visez deux à quatre séances par semaine, de 30 à 45 minutes chacune.',
      'La bonne technique d’abord : des mouvements lents et contrôlés valent mieux que des charges lourdes ou des gestes rapides. Un coach ou un kinésithérapeute peut vérifier la vôtre.',
      'Commencez léger et augmentez petit à petit. Arrêtez tout mouvement qui fait mal.',
    ],
    yoga: [
      'Le yoga aide beaucoup de personnes qui ont mal au dos : il étire et renforce à la fois.',
      'Un cours pour débutants ou de yoga doux est un bon point de départ ; parlez de votre dos à l’enseignant.',
      'Évitez ou adoucissez toute posture qui fait mal, et respirez calmement tout du long.',
    ],
    notices: {
      strength: [
        {
          title: 'Séance de renforcement',
          body: 'C’est l’heure de travailler le tronc : dos et ventre ensemble. Mouvements lents, bonne technique.',
        },
        {
          title: 'Place au gainage',
          body: 'Un tronc solide soutient votre dos. Échauffez-vous d’abord, puis allez-y tranquillement.',
        },
        {
          title: 'Séance de renforcement',
          body: 'La qualité avant la quantité : des répétitions moins nombreuses mais bien faites ménagent votre dos.',
        },
      ],
      yoga: [
        {
          title: 'C’est l’heure du yoga',
          body: 'Déroulez votre tapis. Bougez au rythme de votre respiration et évitez tout ce qui fait mal.',
        },
        {
          title: 'C’est l’heure du yoga',
          body: 'Une séance douce aujourd’hui : laissez votre dos s’allonger et votre respiration ralentir.',
        },
      ],
    },
  },
  disclaimer: {
    short: 'Limber propose des rappels de bien-être, pas un avis médical.',
    full: [
      'Limber est une application de rappels. Elle propose des conseils généraux de bien-être, pas un avis médical, et ne remplace pas un médecin ou un kinésithérapeute.',
      'Si votre mal de dos est intense, revient sans cesse ou ne s’améliore pas, consultez un médecin.',
      'Limber ne recommande jamais de médicaments ni de doses. Pour cela, adressez-vous à un médecin ou à un pharmacien.',
      'Arrêtez tout étirement ou exercice qui provoque une douleur.',
      'Si vous avez de l’ostéoporose, êtes enceinte ou avez eu récemment une opération de la colonne ou de la hanche, demandez à votre médecin ou kinésithérapeute quels étirements et exercices vous conviennent.',
    ],
  },
  soreBack: {
    start: 'J’ai mal au dos aujourd’hui',
    end: 'Arrêter le programme mal de dos',
    planDay: ({ day, days }) => `Programme mal de dos\u00a0: jour ${day} sur ${days}`,
    caution: 'Vous avez mal au dos aujourd’hui : arrêtez-vous dès la moindre douleur.',
    cue: 'Petits mouvements lents aujourd’hui : sans rebondir, seulement jusqu’où c’est facile. Arrêtez-vous dès la moindre douleur.',
    walk: 'Programme mal de dos : une marche tranquille. Quelques pas doux dans la pièce, puis rasseyez-vous le dos droit.',
    walkLead: 'Une marche tranquille : quelques pas doux dans la pièce, puis rasseyez-vous le dos droit.',
    iceOrHeat:
      'La chaleur ou la glace peuvent vous soulager. Gardez un linge entre la poche et votre peau, et jamais sur une peau insensible.',
    braceOff: {
      title: 'Enlevez la ceinture lombaire un moment',
      body: 'Accordez à votre dos une pause sans ceinture. Remettez-la plus tard seulement si besoin, et jamais trop serrée.',
    },
    checkIn: {
      question: 'Comment va votre dos aujourd’hui ?',
      plain:
        'Notez votre douleur de 0 (aucune) à 10, avec un mot si vous voulez. Tout reste sur cet ordinateur.',
      planDay: ({ day, days }) =>
        `Jour ${day} sur ${days} du programme mal de dos. Notez votre douleur de 0 à 10, et posez de la chaleur ou de la glace si besoin.`,
    },
    frequent: ({ days, window }) =>
      `Vous avez eu mal au dos ${days} jours sur les ${window} derniers. Un mal de dos qui revient souvent mérite ` +
      'd’être montré à un médecin ou à un kinésithérapeute, qui pourra en chercher la cause. Ceci n’est pas un avis médical.',
  },
  figures: {
    'seated-cat-cow':
      'Une personne assise à l’avant d’une chaise, les mains sur les genoux, creuse le dos, puis l’arrondit en laissant tomber le menton vers la poitrine.',
    'seated-twist':
      'Une personne assise bien droite sur une chaise tourne la poitrine d’un côté, la main opposée posée à l’extérieur du genou de ce côté.',
    'seated-forward-fold':
      'Une personne assise au bord d’une chaise, les pieds bien écartés, se penche en avant jusqu’à ce que la poitrine descende entre les genoux, la tête et les bras relâchés.',
    'seated-pelvic-tilt':
      'Une personne assise bien droite sur une chaise, les mains sur les hanches, bascule le bassin vers l’arrière pour arrondir le bas du dos.',
    'seated-figure-four':
      'Une personne assise sur une chaise pose une cheville sur l’autre genou et se penche en avant à partir des hanches, le dos long.',
    'seated-hamstring':
      'Une personne assise au bord d’une chaise tend une jambe, talon au sol et orteils vers le haut, et se penche en avant à partir des hanches, le dos droit.',
    'seated-side-bend':
      'Une personne assise sur une chaise lève un bras le long de l’oreille et s’incline de l’autre côté, en s’étirant vers le haut et par-dessus.',
    'chest-opener':
      'Une personne assise sur la moitié avant d’une chaise joint les mains derrière le dos et soulève la poitrine, les omoplates rapprochées.',
    'upper-back-round':
      'Une personne assise sur une chaise tend les deux bras devant elle, doigts croisés, et arrondit le haut du dos en baissant le menton.',
    'neck-side-stretch':
      'Une personne assise bien droite sur une chaise, les épaules basses, incline la tête pour rapprocher une oreille de l’épaule du même côté.',
    'chin-tuck':
      'Une personne assise bien droite sur une chaise, le regard droit devant, recule le menton en ligne droite.',
    'shoulder-rolls':
      'Une personne assise bien droite sur une chaise, les bras relâchés, roule les deux épaules vers le haut, l’arrière et le bas, puis les garde tirées vers l’arrière.',
    'standing-back-bend':
      'Une personne debout, les mains sur le bas du dos, avance le bassin et se penche un peu en arrière, le regard légèrement vers le haut.',
    'standing-reach-up':
      'Une personne debout, bien droite, croise les doigts et tend les deux bras vers le plafond.',
    'doorway-chest-stretch':
      'Une personne dans l’encadrement d’une porte pose les avant-bras sur le chambranle à hauteur d’épaule, avance un pied et se penche vers l’avant, la poitrine s’ouvrant.',
    'standing-hip-flexor':
      'Une personne qui tient le dossier d’une chaise recule un pied en une petite fente, le talon arrière levé, pour ouvrir l’avant de la hanche arrière.',
    'knee-to-chest':
      'Une personne allongée sur le dos, genoux pliés, tient l’arrière d’une cuisse et ramène ce genou vers la poitrine ; l’autre pied reste au sol.',
    'childs-pose':
      'Une personne à genoux s’assoit vers les talons, les bras tendus vers l’avant sur le sol, le front posé.',
    'all-fours-cat-cow':
      'Une personne à quatre pattes laisse descendre le ventre, puis arrondit le dos vers le plafond, la tête relâchée.',
    'lying-knee-roll':
      'Une personne allongée sur le dos, les bras écartés, genoux pliés et serrés, laisse rouler les deux genoux d’un côté, les épaules restant au sol.',
    sphinx:
      'Une personne allongée sur le ventre, les coudes sous les épaules, appuie les avant-bras au sol et soulève la poitrine, les hanches au sol.',
    'lying-hamstring':
      'Une personne allongée sur le dos, une serviette autour d’un pied, tend cette jambe vers le plafond ; l’autre genou reste plié.',
  },
} satisfies Catalog['content']
