// Français : vouvoiement (« vous »), impératif doux, mots de tous les jours ; espace insécable avant : ; ! ? et
// apostrophe typographique (’). Glossaire, un terme par notion : posture break = pause posture ; stretch break =
// pause étirements ; stretch = étirement ; hold = tenir (la position) ; wind-down = détente du soir ; get ready (for
// bed) = se préparer pour la nuit ; bedtime = heure du coucher ; snooze = reporter ; pause = mettre en pause ;
// sore-back plan = programme mal de dos ; check-in = point du matin ; ice/heat = glace/chaleur (ice pack = poche de
// glace, cloth = linge) ; brace = ceinture lombaire ; core = tronc (gainage) ; physiotherapist = kinésithérapeute ;
// not medical advice = pas un avis médical ; work hours = heures de travail ; natural breaks = pauses naturelles ;
// Don't interrupt = Ne pas interrompre ; full screen = plein écran ; Do Not Disturb = Ne pas déranger (macOS :
// Concentration ; Windows : Assistant de concentration / Concentration).
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

const plural = pluralFor('fr')

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
        'Évitez cet étirement si, en vous penchant en avant, la douleur descend dans une jambe.',
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
      cautions: ['Gardez le dos droit plutôt que de chercher à toucher vos orteils.', seatedNote],
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
      cautions: ['Tenez l’arrière de la cuisse plutôt que le dessus du genou.'],
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
      cautions: ['Le genou peut rester légèrement fléchi.'],
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
    suggestions: [
      'Baissez la lumière autour de vous : un éclairage doux et tamisé signale au corps que la journée se termine.',
      'Commencez à ranger les écrans : téléphone, ordinateur portable, jeux et télé.',
      'Préparez-vous une boisson chaude sans caféine, comme une tisane ou un lait chaud.',
      'Prenez un bain ou une douche chaude.',
      'Faites le noir dans votre chambre : fermez les rideaux et masquez les petits voyants de veille.',
      'Gardez la chambre fraîche et calme.',
      'Prévoyez de vous lever à la même heure demain, week-end compris.',
      'Visez sept à neuf heures de sommeil : comptez à rebours depuis votre heure de réveil.',
      'Lisez un livre papier ou écoutez quelque chose de calme au lieu de faire défiler votre écran.',
      'Notez ce que vous avez à faire demain pour vous le sortir de la tête.',
      'Faites quelques étirements lents et faciles pour que votre dos se détende avant le coucher.',
      'Respirez lentement pendant une minute : inspirez par le nez, puis expirez plus longuement.',
    ],
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
    ice: [
      'Vingt minutes de glace, puis vingt minutes sans, et recommencez.',
      'Enveloppez toujours la poche de glace dans un linge ou une serviette. Ne mettez jamais de glace directement sur la peau.',
      'Un sachet de petits pois surgelés enveloppé dans un torchon fait très bien l’affaire.',
    ],
    heat: [
      'Certaines personnes trouvent la chaleur plus apaisante que le froid. Choisissez ce qui vous soulage.',
      'Utilisez un coussin chauffant réglé sur faible, avec une épaisseur de tissu entre lui et votre peau.',
      'Pas de coussin chauffant ? Remplissez une chaussette propre de riz sec, fermez-la par un nœud et chauffez-la 20 à 30 secondes au micro-ondes.',
      'Vérifiez d’abord sur votre main que ce n’est pas trop chaud, avant de l’appliquer sur le dos.',
    ],
    notices: {
      'ice-on': {
        title: 'Posez la glace',
        body: 'Enveloppez d’abord la poche dans un linge : jamais directement sur la peau.',
      },
      'ice-off': {
        title: 'Retirez la glace — temps de repos',
        body: 'Enlevez la poche et laissez votre peau se réchauffer.',
      },
      'heat-on': {
        title: 'Appliquez la chaleur',
        body: 'Gardez un linge ou un tissu entre la chaleur et votre peau.',
      },
      'heat-off': {
        title: 'Retirez la chaleur — temps de repos',
        body: 'Enlevez la source de chaleur et laissez votre peau se reposer.',
      },
      finished: {
        title: 'C’est terminé',
        body: 'C’était le dernier cycle. Bougez doucement un moment avant de vous rasseoir.',
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
      'La bonne technique d’abord : des mouvements lents et contrôlés valent mieux que des charges lourdes ou des gestes rapides.',
      'Commencez léger et augmentez petit à petit. Arrêtez tout mouvement qui fait mal.',
    ],
    yoga: [
      'Le yoga est l’une des activités les plus douces pour le dos : il étire et renforce à la fois.',
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
    braceCaution:
      'Une ceinture lombaire ou une bande élastique peut apporter un soutien bienvenu à un dos douloureux, mais la porter trop ' +
      'longtemps laisse les muscles s’affaiblir. Ne la portez que pendant des durées limitées ; un rappel ' +
      'personnalisé peut vous dire quand l’enlever.',
  },
  disclaimer: {
    short: 'Limber propose des rappels de bien-être, pas un avis médical.',
    full: [
      'Limber est une application de rappels. Elle propose des conseils généraux de bien-être, pas un avis ' +
        'médical, et ne remplace pas un médecin ou un kinésithérapeute.',
      'Si votre mal de dos est intense, revient sans cesse ou ne s’améliore pas, consultez un médecin.',
      'Limber ne recommande jamais de médicaments ni de doses. Pour cela, adressez-vous à un médecin ou à un pharmacien.',
      'Arrêtez tout étirement ou exercice qui provoque une douleur.',
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
    iceOrHeat: 'La glace ou la chaleur peuvent vous soulager. Gardez un linge entre la poche et votre peau.',
    braceOff: {
      title: 'Enlevez la ceinture lombaire un moment',
      body: 'Portée trop longtemps, elle affaiblit les muscles du dos. Laissez-les travailler ; remettez-la plus tard si besoin.',
    },
    checkIn: {
      question: 'Comment va votre dos aujourd’hui ?',
      plain:
        'Notez votre douleur de 0 (aucune) à 10, avec un mot si vous voulez. Tout reste sur cet ordinateur.',
      planDay: ({ day, days }) =>
        `Jour ${day} sur ${days} du programme mal de dos. Notez votre douleur de 0 à 10, et lancez la glace ou la chaleur si besoin.`,
    },
    frequent: ({ days, window }) =>
      `Vous avez eu mal au dos ${days} jours sur les ${window} derniers. Un mal de dos qui revient souvent mérite ` +
      'd’être montré à un médecin ou à un kinésithérapeute, qui pourra en chercher la cause. Ceci n’est pas un avis médical.',
  },
  doctor: {
    title: 'Quand consulter un médecin',
    lead: 'Consultez un médecin dès aujourd’hui si votre mal de dos s’accompagne de l’un de ces signes :',
    signs: [
      'un engourdissement, des fourmillements ou une faiblesse dans une jambe ou un pied',
      'du mal à contrôler votre vessie ou vos selles, ou un engourdissement entre les jambes',
      'de la fièvre, ou l’impression d’être malade',
      'une douleur apparue après une chute, un accident ou une autre blessure',
      'une douleur qui vous réveille la nuit, ou qui ne se calme pas au repos en position allongée',
    ],
    lasting:
      'Une douleur qui dure plus de quelques jours, ou qui ne cesse de s’aggraver, doit aussi être examinée par un médecin.',
    disclaimer:
      'Ceci n’est pas un avis médical : Limber ne peut pas savoir ce qui cause votre douleur, et ne conseille jamais de médicaments.',
  },
} satisfies Catalog['content']
