// Português do Brasil: "você", tom calmo e amigável, palavras simples (sem jargão clínico). Glossário: posture
// break = pausa para a postura; stretch break = pausa para alongamento; wind-down = desacelerar (hora de
// desacelerar); get ready (for bed) = preparar-se para dormir; bedtime = hora de dormir; wake time = hora de
// acordar; snooze = adiar; pause = pausar; skip = pular; sore-back plan = plano para dor nas costas; check-in =
// check-in (da manhã); heat/ice = calor/gelo, pack = bolsa (de gelo), heating pad = almofada térmica; brace = cinta,
// elastic wrap = faixa elástica; work hours = horário de trabalho; natural breaks = pausas naturais; Don't interrupt
// = Não interromper; full screen = tela cheia; Do Not Disturb = Não perturbe (macOS: Foco; Windows: Assistente de
// foco); hold = manter a posição; sit/stand tall = com a coluna ereta; gentle pull = leve tensão; no bouncing = sem
// balançar nem dar trancos; shoulder blades = omoplatas; hamstrings = posterior da coxa; core = core; laptop =
// notebook; not medical advice = não é orientação médica; medicine = remédio. Janelas, bandeja e avisos: timer =
// temporizador; tray = bandeja (do sistema); reminder = lembrete; on/off = ativado/desativado; done = feito;
// settings = configurações; resume = retomar; held = em espera; round = rodada; yoga = ioga; strength training =
// treino de força; Windows 11 "Do not disturb" = Não incomodar; macOS System Settings = Ajustes do Sistema. "O Limber"
// leva artigo. Dias da semana vêm sem artigo ("Noite de sábado", "levantar sábado às 7:00"), pois o gênero varia.
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

// Pure: a texts file that says no plural (the check-in's, the dimmed screen's) leaves it out.
const plural = /* @__PURE__ */ pluralFor('pt-BR')

/** Words main and both windows say the same way. */
/** Depois de dois-pontos, minúscula: a sentence that follows a colon starts in lower case. */
const lowerFirst = (text: string) => String(text).charAt(0).toLocaleLowerCase('pt-BR') + String(text).slice(1)

export const common = {
  format: {
    dayAtTime: ({ day, time }) => `${day} às ${time}`,
    dayRange: ({ first, last }) => `${first} a ${last}`,
    everyDay: 'todos os dias',
    noDays: 'nenhum dia',
    lessThanAMinute: 'menos de um minuto',
  },
  minutes: ({ count }) => plural(count, { one: '# minuto', many: '# de minutos', other: '# minutos' }),
  position: { desk: 'na sua mesa', standing: 'em pé', floor: 'no chão' },
  intensity: { gentle: 'leve', moderate: 'moderado', strong: 'intenso' },
  side: { first: 'primeiro lado', other: 'outro lado' },
  checkIn: {
    pain: 'Dor de 0 (nenhuma) a 10 (a pior possível)',
    word: 'Uma palavra sobre ela (opcional)',
    save: 'Salvar',
    skip: 'Hoje não',
    choose: 'Escolha primeiro um número de 0 a 10.',
  },
  start: { heat: 'Iniciar calor', ice: 'Iniciar gelo' },
  stop: { heat: 'Parar calor', ice: 'Parar gelo' },
  therapyLine: {
    'ice-on': ({ round, rounds, left }) =>
      rounds === 1 ? `Com gelo, faltam ${left}` : `Com gelo, faltam ${left}, rodada ${round} de ${rounds}`,
    'ice-off': ({ round, rounds, left }) => `Sem gelo, ${left} até a rodada ${round} de ${rounds}`,
    'heat-on': ({ round, rounds, left }) =>
      rounds === 1 ? `Com calor, faltam ${left}` : `Com calor, faltam ${left}, rodada ${round} de ${rounds}`,
    'heat-off': ({ round, rounds, left }) => `Sem calor, ${left} até a rodada ${round} de ${rounds}`,
  },
  warningSigns: {
    title: 'Quando procurar um médico',
    emergency: {
      title: 'Emergência: peça ajuda agora',
      action:
        'Ligue agora para o número de emergência da sua região ou vá a um pronto-socorro se, além da dor nas costas, você tiver:',
      signs: {
        saddle: 'dormência ou formigamento ao redor dos genitais ou das nádegas',
        bladder: 'dificuldade nova para urinar, ou perda do controle da bexiga ou do intestino',
        sexual: 'problemas sexuais novos, como perda de sensibilidade ou não conseguir ter ereção',
        legs: 'fraqueza ou dormência nas duas pernas, ou fraqueza em uma perna que piora cada vez mais ou deixa você sem firmeza ao andar',
        chest: 'dor no peito',
      },
    },
    today: {
      title: 'Procure um médico hoje',
      action:
        'Peça uma consulta de urgência com um médico hoje mesmo, ou procure o pronto-atendimento da sua região, se, além da dor nas costas, você tiver:',
      signs: {
        fever: 'febre, ou mal-estar geral',
        fall: 'dor que começou depois de uma queda ou um acidente, ou até de uma queda leve se você tem osteoporose ou usa corticoide há muito tempo',
        cancer: 'câncer, atual ou no passado, ou perda de peso sem motivo',
        immunity: 'imunidade baixa, tratamento prolongado com corticoide, ou uso de drogas injetáveis',
        severe: 'dor constante e forte, que acorda você à noite ou não melhora em repouso',
        age: 'dor nas costas nova e mais de 50 anos de idade',
        shape: 'um caroço ou inchaço novo nas costas, ou mudança no formato das costas',
      },
    },
    soon: {
      title: 'Marque uma consulta em breve',
      action: 'Marque uma consulta com um médico ou fisioterapeuta se:',
      signs: {
        lasting: 'a dor nas costas não melhorar depois de algumas semanas, ou voltar de novo e de novo',
        leg: 'a dor ou o formigamento que desce por uma perna não passar',
      },
      note: 'Dor ou formigamento em uma perna só é comum com dor nas costas e não é uma emergência.',
    },
    reassurance: 'A maioria das dores nas costas recentes melhora muito em poucas semanas.',
    disclaimer:
      'Isto não é orientação médica: o Limber não tem como saber a causa da sua dor e nunca sugere remédios.',
    line: 'Emergência: ligue para o número de emergência se, além da dor nas costas, você tiver dormência ao redor dos genitais ou das nádegas, problemas novos de bexiga, intestino ou sexuais, fraqueza ou dormência nas duas pernas, ou dor no peito.',
    all: 'Todos os sinais de alerta',
  },
} satisfies Catalog['common']

/** The settings window. */
export const settings = {
  pageTitle: 'Configurações do Limber',
  nav: {
    label: 'Seções das configurações',
    today: 'Hoje',
    breaks: 'Postura',
    stretches: 'Alongamentos',
    bedtime: 'Hora de dormir',
    activities: 'Atividades',
    general: 'Geral',
    therapy: 'Gelo e calor',
    soreBack: 'Dor nas costas',
    progress: 'Progresso',
    about: 'Sobre',
    dayLimit: 'Limite diário',
    firm: 'Telas e modo firme',
  },
  unit: { min: 'minutos', s: 'segundos', h: 'horas' },
  range: {
    min: ({ min, max }) => `${min}–${max} minutos`,
    s: ({ min, max }) => `${min}–${max} segundos`,
    plain: ({ min, max }) => `${min}–${max}`,
    h: ({ min, max }) => `${min}–${max} horas`,
  },
  breaks: {
    title: 'Pausas para a postura',
    intro:
      'Uma pausa curta para ficar em pé, se mexer e voltar a se sentar do jeito certo. Movimentos pequenos e frequentes evitam que as costas fiquem rígidas.',
    on: 'Lembrar de fazer pausas para a postura',
    every: 'Pausa a cada',
    length: 'Duração da pausa',
    lengthHint: '10–600 segundos (até 10 minutos)',
  },
  stretches: {
    title: 'Alongamentos',
    intro:
      'Uma rotina curta e guiada. Movimente-se devagar, sem balançar nem dar trancos, e pare ao sentir uma leve tensão, nunca dor.',
    on: 'Lembrar de alongar',
    deskOnly: 'Só na mesa: nenhum alongamento no chão no horário de trabalho',
    deskOnlyHint: 'Se você não definiu um horário de trabalho, o Limber nunca sugere alongamentos no chão.',
    every: 'Alongar a cada',
    perBreak: 'Alongamentos por pausa',
    hold: 'Manter cada alongamento',
    holdHint: '8–30 segundos; 8–10 bastam para a maioria das pessoas',
    reps: 'Repetições',
    repsHint: '1–10; alongamentos de um lado só se alternam, pelo menos uma vez de cada lado',
    caution:
      'Se você tem osteoporose, está grávida ou fez uma cirurgia na coluna ou no quadril há pouco tempo, pergunte ao seu médico ou fisioterapeuta quais alongamentos são indicados para você.',
    soundCues:
      'Sinais sonoros: um som suave quando a sustentação começa, quando termina e na hora de trocar de lado',
    voice: 'Ler cada passo em voz alta e contar os últimos segundos de cada sustentação',
    voiceHint: 'Usa a voz do seu sistema no idioma do Limber.',
    noVoice: 'Seu sistema não tem voz para este idioma, então nada pode ser lido em voz alta.',
  },
  general: {
    title: 'Geral',
    atLogin: 'Iniciar o Limber ao fazer login',
    language: 'Idioma',
    system: ({ name }) => `Padrão do sistema: ${name}`,
    naturalBreaks: 'Pausas naturais',
    reminders: 'Lembretes',
    snooze: 'Adiar por',
    headsUp: 'Aviso antes de uma pausa',
    headsUpHint: '0 (desativado) a 300 segundos',
    sound: 'Tocar um som suave com os lembretes',
    fullScreen: 'Mostrar as pausas em tela cheia',
    workHours: 'Horário de trabalho',
    startOver: 'Recomeçar',
    reset: {
      label: 'Redefinir todas as configurações…',
      title: 'Redefinir todas as configurações?',
      body: 'Todas as configurações voltam ao padrão original do Limber. Seu histórico de progresso é mantido.',
      confirm: 'Redefinir configurações',
    },
  },
  therapy: {
    title: 'Gelo e calor',
    intro:
      'Um temporizador que avisa quando colocar a bolsa e quando tirá-la: inicie aqui, no menu da bandeja ou em “Hoje”. Para uma crise recente de dor nas costas, o calor é o que tem mais evidências; o gelo funciona para algumas pessoas. Use o que ajudar você.',
    safetyTitle: 'Use calor e frio com segurança',
    safety: [
      'Mantenha sempre um pano ou uma camada de tecido entre a bolsa e a pele.',
      'Nunca use calor nem frio em pele dormente ou machucada.',
      'Se você tem diabetes, lesão nos nervos (neuropatia), má circulação ou síndrome de Raynaud, pergunte antes a um médico ou fisioterapeuta.',
      'Nunca durma com uma almofada térmica ou uma bolsa quente no corpo.',
      'Confira a pele de vez em quando e pare se ela ficar muito vermelha, com bolhas ou branca.',
    ],
    heat: 'Calor',
    heatHow: [
      'Use uma almofada térmica na temperatura baixa, com uma camada de tecido entre ela e a pele.',
      'Não tem almofada térmica? Encha uma meia limpa com arroz cru, dê um nó e aqueça no micro-ondas por 20 a 30 segundos.',
      'Teste a temperatura na mão antes de colocar nas costas.',
    ],
    ice: 'Gelo',
    iceHow: [
      'Vinte minutos com gelo, depois pelo menos vinte minutos sem, e repita.',
      'Sempre envolva a bolsa de gelo em um pano ou uma toalha. Nunca coloque gelo direto na pele.',
      'Uma bolsa de gel, gelo picado em um saco ou um pacote de ervilhas congeladas, enrolados em um pano de prato, funcionam bem.',
    ],
    on: 'Aplicação',
    off: 'Pausa',
    rounds: 'Rodadas',
  },
  about: {
    title: 'Sobre o Limber',
    what: 'O Limber fica na bandeja do sistema e lembra você de cuidar das costas enquanto trabalha: um ajuste na postura, um alongamento curto, a hora de se levantar e se mexer e, à noite, um lembrete para desacelerar e ir dormir no horário.',
    notAdvice: 'O Limber não é orientação médica.',
    general:
      'As sugestões dele são gerais, para o cuidado diário com as costas, e não substituem um médico ou fisioterapeuta.',
    doctor:
      'Se a sua dor nas costas for forte, não melhorar ou voltar com frequência, procure um médico. Pare qualquer alongamento que doa.',
    welcomeAgain: 'Mostrar as boas-vindas de novo',
    version: ({ version }) => `Versão ${version}`,
    unknown: 'desconhecida',
    logFile: 'Arquivo de log, para anexar a um relato de problema:',
    updates: {
      title: 'Atualizações',
      automatic: 'Baixar e instalar atualizações automaticamente',
      check: 'Procurar atualizações',
      checking: 'Procurando atualizações…',
      latest: 'O Limber está atualizado.',
      downloading: ({ version, percent }: { version: string; percent: number }) =>
        `Baixando a versão ${version} (${percent}%)…`,
      ready: ({ version }: { version: string }) =>
        `A versão ${version} está pronta. Ela é instalada quando o Limber fechar.`,
      restart: 'Reiniciar para atualizar',
      restartWaiting: 'O Limber vai reiniciar para se atualizar assim que esta pausa terminar.',
      failed: {
        offline:
          'Sem conexão: parece que este computador está sem internet. O Limber tenta de novo mais tarde.',
        signature:
          'A atualização não foi instalada: o download não correspondia à versão. O Limber tenta de novo mais tarde.',
        'no-space': 'Não foi possível baixar a atualização: falta espaço no disco.',
        other: 'Não foi possível procurar atualizações. O arquivo de log diz o motivo.',
      },
      system: ({ kind }: { kind: string }) =>
        `Instalado como pacote ${kind}: quem o atualiza é o seu sistema (gerenciador de pacotes ou loja de apps), não o Limber.`,
      none: 'As atualizações chegam só ao app instalado.',
    },
  },
  cancel: 'Cancelar',
  stretchList: {
    title: 'Seus alongamentos',
    hint: ({ on, of }) =>
      `${on} de ${of} ativados. Na lista, as setas para cima e para baixo passam de um alongamento a outro.`,
    steps: 'Como fazer',
    stepsFor: ({ name }) => `Como fazer: ${name}`,
  },

  saved: 'Salvo.',
  note: ({ note }) => `Observação: ${note}`,
  notSaved: ({ field }) => `Não salvo: “${field}”.`,
  quoted: ({ text }) => `“${text}”`,
  inGroup: ({ group, label }) => `${group}: ${label}`,
  differ: ({ field }) => `Precisa ser diferente de “${field}”.`,
  differAt: ({ field, time }) => `Precisa ser diferente de “${field}” (${time}).`,
  check: {
    whole: ({ min, max }) => `Digite um número inteiro de ${min} a ${max}.`,
    notWhole: ({ text }) => `“${text}” não é um número inteiro: use só os algarismos de 0 a 9.`,
    small: ({ text }) => `${text} é baixo demais.`,
    large: ({ text }) => `${text} é alto demais.`,
    time: 'Digite um horário.',
    timeForm: 'Digite um horário em horas e minutos.',
    text: 'Digite um texto.',
    long: ({ max }) =>
      plural(max, {
        one: 'Use no máximo # caractere.',
        many: 'Use no máximo # de caracteres.',
        other: 'Use no máximo # caracteres.',
      }),
    offAtLeast: ({ on }) =>
      `Deixe pelo menos o mesmo tempo de pausa que de aplicação (${on}), para a pele se aquecer de novo.`,
    onAtMost: ({ off }) =>
      `Aplique no máximo pelo mesmo tempo que a pausa (${off}), para a pele se aquecer de novo.`,
  },
  warn: {
    noWorkDays:
      'Nenhum dia de trabalho escolhido: com o horário de trabalho ativado, não haverá pausas para a postura nem pausas para alongamento em nenhum dia.',
    allOff:
      'Todos os alongamentos estão desativados, então as pausas para alongamento não têm o que guiar: só um lembrete para se levantar e se mexer. Ative pelo menos um.',
    allOffIdle:
      'Todos os alongamentos estão desativados. Ative pelo menos um antes de voltar a ativar as pausas para alongamento.',
    fewOn: ({ on, asked }) =>
      plural(on, {
        one: `Só # alongamento está ativado, menos que os ${asked} pedidos por pausa: cada pausa vai mostrar só esse.`,
        many: `Só # de alongamentos estão ativados, menos que os ${asked} pedidos por pausa: cada pausa vai mostrar só esses.`,
        other: `Só # alongamentos estão ativados, menos que os ${asked} pedidos por pausa: cada pausa vai mostrar só esses.`,
      }),
    getReady: ({ getReady, windDown }) =>
      `“Preparar-se para dormir” (${getReady} min antes da hora de dormir) vem antes de “Desacelerar” (${windDown} min). Use menos minutos que no desacelerar, ou desative um dos dois com 0.`,
    moveOften: ({ every }) =>
      `Não com mais frequência que as suas pausas para a postura (a cada ${every} min).`,
    headsUp:
      'O aviso só vem antes das pausas para a postura e das pausas para alongamento, e as duas estão desativadas.',
    noDays: 'Nenhum dia escolhido, então este lembrete nunca vai aparecer. Escolha um dia.',
    noDaysOwn:
      'Nenhum dia escolhido, então este lembrete nunca vai aparecer. Escolha um dia ou desative o lembrete.',
  },

  next: {
    today: ({ title, time }) => `A seguir: ${title}, às ${time}.`,
    later: ({ title, when }) => `A seguir: ${title}, ${when}.`,
  },
  today: {
    paused: ({ when }) => `Pausado até ${when}. Nenhum lembrete até lá.`,
    pausedOpen: 'Pausado até você retomar. Nenhum lembrete até lá.',
    resume: 'Retomar',
    running: 'Em funcionamento.',
    held: {
      'full-screen': ({ title }) => `${title} em espera: um app está em tela cheia.`,
      presenting: ({ title }) => `${title} em espera: você está apresentando.`,
      call: ({ title }) => `${title} em espera: você está em uma chamada.`,
      'do-not-disturb': ({ title }) => `${title} em espera: o Não perturbe está ativado.`,
      'screen-kept-on': ({ title }) => `${title} em espera: um app está mantendo a tela ligada.`,
    },
    heldAfter: 'O lembrete aparece até um minuto depois.',
    nothing: 'Nada planejado para as próximas 24 horas.',
    pauseLabel: 'Pausar lembretes',
    pauseFor: {
      '30m': '30 minutos',
      '1h': '1 hora',
      '2h': '2 horas',
      'until-morning': 'Até amanhã de manhã',
      forever: 'Até eu retomar',
    },
    pause: 'Pausar',
    breakNow: 'Fazer uma pausa para a postura agora',
    stretchNow: 'Alongar agora',
    comingUp: 'A seguir',
    tomorrow: 'Amanhã',
    whilePaused: 'Nada enquanto o Limber estiver pausado.',
    untilPause: ({ when }) => `Nada até o fim da pausa (${when}).`,
    allOff: 'Nada planejado: todos os lembretes estão desativados, ou nenhum cai nas próximas 24 horas.',
    evening: 'Mais nada por hoje. Aproveite a noite.',
    day: 'Mais nada planejado para hoje.',
    back: ({ pain }) => `Suas costas hoje: ${pain} de 10.`,
    backWord: ({ pain, word }) => `Suas costas hoje: ${pain} de 10, “${word}”.`,
    changeCheckIn: 'Alterar',
    question: 'Como estão suas costas hoje?',
    painHigh: ({ pain }) =>
      `Você deu nota ${pain} de 10 para suas costas hoje. Uma dor tão forte merece ser vista por um médico: marque uma consulta e veja abaixo com que urgência.`,
    painRising:
      'Sua dor nas costas aumentou em cada um dos seus três últimos check-ins. Uma dor que só piora merece ser vista por um médico: marque uma consulta e veja abaixo com que urgência.',
    sitting: ({ time }) => `No computador hoje: ${time}.`,
    longest: ({ time }) => `Maior tempo sem pausa: ${time}.`,
    longBouts: ({ count }) =>
      count === 0
        ? 'Nenhum período longo sem pausa hoje.'
        : plural(count, {
            one: '# período longo sem pausa hoje.',
            other: '# períodos longos sem pausa hoje.',
          }),
    limitReached: ({ limit }) =>
      `Você atingiu seu limite de hoje: ${limit} no computador. Encerre o dia assim que puder.`,
  },
  workHours: {
    on: 'Lembrar só durante o horário de trabalho',
    start: 'Início',
    end: 'Fim',
    days: 'Dias de trabalho',
  },
  natural: {
    on: 'Contar o tempo longe do computador como pausa',
    noIdle:
      'Tempo de inatividade indisponível: este sistema não o informa, então só o bloqueio de tela e a suspensão contam como pausa.',
    away: 'Longe por pelo menos',
  },
  dontInterrupt: {
    title: 'Não interromper',
    intro:
      'Se um lembrete chegar num momento em que você não pode parar, ele espera e aparece até um minuto depois.',
    fullScreen: 'Esperar enquanto um app estiver em tela cheia ou eu estiver apresentando',
    calls: 'Esperar enquanto eu estiver em uma chamada (câmera ou microfone em uso)',
    doNotDisturb: 'Esperar enquanto o Não perturbe ou o Foco estiver ativado',
    screenKeptOn: 'Esperar enquanto um app mantiver a tela ligada (um vídeo ou uma chamada)',
    unavailable: ({ why }) => `Indisponível neste sistema. ${why}`,
    partly: {
      'full-screen': ({ why }) => `Apps em tela cheia não são detectados neste sistema. ${why}`,
      presenting: ({ why }) => `Apresentações não são detectadas neste sistema. ${why}`,
      call: ({ why }) => `Neste sistema, só a câmera é verificada, não o microfone. ${why}`,
      'do-not-disturb': ({ why }) => `O Não perturbe nem sempre é detectado neste sistema. ${why}`,
      'screen-kept-on': ({ why }) =>
        `Um app que mantém a tela ligada nem sempre é detectado neste sistema. ${why}`,
    },
    caveat:
      'Se os lembretes ficarem esperando o dia todo (um microfone sempre aberto, uma tela espelhada), desative esse tipo aqui.',
  },
  bedtime: {
    title: 'Hora de dormir',
    intro:
      'Deitar e acordar nos mesmos horários todos os dias, inclusive nos fins de semana, ajuda o corpo a descansar e se recuperar. Antes de dormir, o Limber sugere diminuir as luzes, deixar as telas de lado e tomar uma bebida quente ou um banho morno.',
    on: 'Lembrar de desacelerar e ir dormir',
    bed: 'Hora de dormir',
    wake: 'Hora de acordar',
    windDown: 'Desacelerar',
    windDownHint: 'Minutos antes da hora de dormir, até 240 (0 desativa)',
    getReady: 'Preparar-se para dormir',
    getReadyHint: 'Minutos antes da hora de dormir, até 120 (0 desativa)',
    others: 'Outros horários em algumas noites',
    othersHint: 'Cada exceção define a hora de dormir daquela noite e a hora de acordar da manhã seguinte.',
    night: ({ day }) => `Noite de ${day}`,
    wakeOn: ({ day }) => `Hora de acordar (${day})`,
    afterMidnight: ({ day }) => `Depois da meia-noite: madrugada de ${day}`,
    onEvening: ({ day }) => `Na noite de ${day}`,
    length: ({ bed, wake, length }) => `Deitar às ${bed}, levantar às ${wake}: ${length} na cama.`,
    lengthOn: ({ bed, wake, day, length }) =>
      `Deitar às ${bed}, levantar ${day} às ${wake}: ${length} na cama.`,
    lengthLate: ({ bed, wake, day, length }) =>
      `Deitar às ${bed} (madrugada de ${day}), levantar ${day} às ${wake}: ${length} na cama.`,
    short: 'A maioria dos adultos se sente melhor com 7 a 9 horas; que tal ir dormir um pouco mais cedo?',
    long: 'A maioria dos adultos se sente melhor com 7 a 9 horas de sono.',
  },
  activities: {
    title: 'Atividades',
    intro:
      'Um core forte, com costas e abdômen trabalhando juntos, sustenta a coluna. Duas a quatro sessões por semana, de 30 a 45 minutos, são ideais para a maioria das pessoas, e um treinador ou fisioterapeuta pode ensinar a execução correta. A ioga também ajuda muita gente.',
    paused: 'As sessões de força e de ioga ficam pausadas durante o plano; elas voltam quando ele terminar.',
    strength: {
      title: 'Treino de força',
      on: 'Lembrar do treino de força',
      days: 'Dias de treino de força',
    },
    yoga: { title: 'Ioga', on: 'Lembrar da ioga', days: 'Dias de ioga' },
    at: 'Horário',
    for: 'Duração',
    own: 'Seus lembretes',
    ownHint: 'Para qualquer outra coisa: um copo de água, um compromisso, tirar a cinta depois de um tempo.',
    none: 'Você ainda não tem lembretes seus.',
    add: 'Adicionar lembrete',
    fresh: 'Novo lembrete',
    full: ({ max }) =>
      `Você já tem ${max} lembretes seus, o máximo que o Limber guarda. Remova um para adicionar outro.`,
    item: ({ n }) => `Lembrete ${n}`,
    name: 'Nome',
    days: 'Dias',
    on: 'Ativado',
    remove: 'Remover',
    removeFor: ({ n, title }) => `Remover o lembrete ${n}, “${title}”`,
    removed: ({ title }) => `“${title}” removido.`,
  },
  progress: {
    title: 'Progresso',
    streak: ({ days }) => `Sequência de ${days} com pelo menos uma pausa feita.`,
    total: ({ count }) =>
      plural(count, {
        one: '# pausa feita no total.',
        many: '# de pausas feitas no total.',
        other: '# pausas feitas no total.',
      }),
    range: 'Período do gráfico',
    days: '14 dias',
    weeks: '8 semanas',
    numbers: 'Mostrar os números',
    chartDays: 'Pausas feitas, adiadas e puladas, e dor nas costas, nos últimos 14 dias',
    chartWeeks: 'Pausas feitas, adiadas e puladas, e dor nas costas, nas últimas 8 semanas',
    totals: ({ done, snoozed, skipped }) =>
      `${done} feitas, ${snoozed} adiadas e ${skipped} puladas no total.`,
    lastDay: ({ done, snoozed, skipped }) => `Hoje: ${done} feitas, ${snoozed} adiadas, ${skipped} puladas.`,
    lastWeek: ({ done, snoozed, skipped }) =>
      `Esta semana: ${done} feitas, ${snoozed} adiadas, ${skipped} puladas.`,
    painDays: ({ count, pain }) =>
      plural(count, {
        one: `Dor nas costas registrada em # dia; a última nota foi ${pain} de 10.`,
        many: `Dor nas costas registrada em # de dias; a última nota foi ${pain} de 10.`,
        other: `Dor nas costas registrada em # dias; a última nota foi ${pain} de 10.`,
      }),
    painWeeks: ({ count, pain }) =>
      plural(count, {
        one: `Dor nas costas registrada em # semana; a última nota foi ${pain} de 10.`,
        many: `Dor nas costas registrada em # de semanas; a última nota foi ${pain} de 10.`,
        other: `Dor nas costas registrada em # semanas; a última nota foi ${pain} de 10.`,
      }),
    today: 'Hoje',
    done: 'Feitas',
    snoozed: 'Adiadas',
    skipped: 'Puladas',
    painKey: 'Dor nas costas, de 0 a 10 (check-in da manhã)',
    breaks: 'Pausas',
    table: 'Os números',
    perDay: 'Pausas por dia, do mais antigo ao mais recente',
    perWeek: 'Pausas por semana, da mais antiga à mais recente',
    day: 'Dia',
    weekFrom: 'Início da semana',
    tallies: 'Pausas feitas, adiadas, puladas',
    tally: ({ done, snoozed, skipped }) => `${done} feitas, ${snoozed} adiadas, ${skipped} puladas`,
    pain: 'Dor',
    atComputer: 'No computador',
    atComputerWeek: 'No computador (por dia)',
    longest: 'Maior tempo sem pausa',
    exportHint: 'Seu histórico, seus check-ins e suas configurações em arquivos CSV e JSON.',
    exportDetail: 'O que o sistema informou',
    exported: ({ count, folder }) =>
      plural(count, {
        one: `# arquivo salvo em ${folder}.`,
        many: `# de arquivos salvos em ${folder}.`,
        other: `# arquivos salvos em ${folder}.`,
      }),
    export: 'Exportar meus dados…',
    backTitle: 'Suas costas nesta semana',
    soFar: 'Até agora nesta semana.',
    weekDone: 'Última semana completa.',
    goalMet: 'Meta cumprida.',
    goalNotYet: 'Ainda não.',
    goalMissed: 'Meta não cumprida.',
    goalNoData: 'Nada para avaliar ainda.',
    sittingLine: ({ good, days, bouts }) =>
      bouts === 0
        ? `${good} de ${days} dias úteis no computador sem nenhum período longo sem pausa.`
        : plural(bouts, {
            one: `${good} de ${days} dias úteis no computador com no máximo # período longo sem pausa.`,
            other: `${good} de ${days} dias úteis no computador com no máximo # períodos longos sem pausa.`,
          }),
    sittingGoal: ({ want, of }) => `Meta: ${want} de ${of} dias úteis.`,
    breaksLine: ({ taken, offered, percent }) =>
      plural(offered, {
        one: `${taken} de # pausa feita (${percent}%).`,
        other: `${taken} de # pausas feitas (${percent}%).`,
      }),
    breaksNone: 'Nenhuma pausa oferecida ainda.',
    breaksGoal: ({ percent }) => `Meta: pelo menos ${percent}%.`,
    todayLine: ({ longest, taken, offered }) =>
      `Maior tempo sem pausa: ${longest}. Pausas feitas: ${taken} de ${offered}.`,
    why: ({ minutes }) =>
      `Um período longo sem pausa é mais de ${minutes} minutos no computador sem parar. Em estudos em escritórios, pausas curtas a cada meia hora reduziram o tempo sentado em cerca de meia hora por dia, e quem fazia pausas ativas teve dor lombar nova com muito menos frequência.`,
    goals: 'Mudar as metas',
    goalBouts: 'Períodos longos que um dia bom pode ter',
    goalDays: 'Dias bons desejados por semana',
    goalDaysHint: ({ days }) =>
      plural(days, {
        one: 'Do seu # dia útil (definido em Geral).',
        other: 'Dos seus # dias úteis (definidos em Geral).',
      }),
    goalBreaks: 'Pausas a fazer, em porcentagem',
    goalBreaksHint: '0–100% das pausas oferecidas',
    longBouts: 'Períodos longos',
    breaksTaken: 'Pausas feitas',
    takenOf: ({ taken, offered }) => `${taken} de ${offered}`,
  },
  dayLimit: {
    title: 'Limite diário',
    intro:
      'Um fim de dia honesto: um limite para o seu tempo no computador, o mesmo que Hoje mostra. O tempo longe não conta.',
    on: 'Avisar quando eu atingir um limite diário',
    hours: 'Tempo no computador por dia',
    how: 'O Limber avisa uma vez quando você chega ao limite e, depois, de leve a cada hora, e o ícone na bandeja fica mais discreto até a meia-noite. Ele nunca bloqueia você e fica em silêncio nas suas horas de sono, quando falam os lembretes da hora de dormir.',
    soFar: ({ time, limit }) => `Hoje até agora: ${time} de ${limit}.`,
  },
  soreBack: {
    start: 'Minhas costas doem hoje…',
    startTitle: 'Um plano mais leve para as suas costas',
    startBody:
      'Descanse, mas não demais: caminhadas leves com mais frequência, só alongamentos leves na cadeira ou em pé, calor ou gelo toda manhã. O Limber também diz quando procurar um médico.',
    startOk: 'Começar o plano',
    for: 'Por',
    plan: ({ day, walk, every, hold }) =>
      `Até o fim de ${day}: uma caminhada leve de ${walk} a cada ${every} no computador, e só alongamentos leves na cadeira ou em pé, mantidos por ${hold}.`,
    rest: 'Descanse, mas não demais.',
    sports:
      'Dê uma pausa nos esportes que exigem muito das costas, como golfe, esportes com bola, natação ou caiaque, até elas melhorarem.',
    end: 'Encerrar o plano',
    doctor: 'Procure um médico',
    gotIt: 'Entendi',
    braceOff: 'Cinta: não está em uso.',
    braceOn: ({ since }) => `Cinta: em uso desde ${since}.`,
    braceDue: ({ since, at }) => `Cinta: em uso desde ${since}; lembrete às ${at}.`,
    putOn: 'Acabei de colocar',
    isOff: 'Já tirei',
    title: 'Dias de dor nas costas',
    intro:
      '“Minhas costas doem hoje”, na bandeja ou em Hoje, inicia um plano mais leve por alguns dias: descanse, mas não demais.',
    walkEvery: 'Caminhada leve a cada',
    walk: 'Duração da caminhada',
    brace: 'Lembrar de tirar a cinta',
    braceHint:
      'Contado a partir do seu primeiro minuto no computador em cada dia do plano, ou de “Acabei de colocar”.',
    braceCaution:
      'As diretrizes sobre dor lombar não recomendam cintas nem coletes. Se você usar uma, que seja por períodos curtos e nunca apertada demais, e peça a alguém qualificado, como um fisioterapeuta, que mostre como colocá-la.',
    braceFor: 'Depois de usar por',
    checkIn: 'Perguntar toda manhã como estão minhas costas',
    checkInHint: 'No seu primeiro minuto no computador depois da hora de acordar; sempre durante um plano.',
  },
  welcome: {
    title: 'Boas-vindas ao Limber',
    what: 'O Limber lembra você de levantar, alongar e sentar direito enquanto trabalha, e de ir dormir no horário.',
    sore: 'Dia ruim? “Minhas costas doem hoje” traz um plano mais leve, um check-in da manhã e calor ou gelo.',
    find: 'O ícone fica na barra no alto ou embaixo da tela: clique nele quando quiser.',
    start: 'Começar',
    more: 'Mais, se você quiser',
    findIt: 'Procure o Limber na bandeja do sistema.',
    tray: {
      windows:
        'O ícone fica na área de notificação, na ponta direita da barra de tarefas. Se o ícone não estiver lá, clique na seta ^ ao lado; você pode arrastar o ícone para fora para deixá-lo sempre à vista.',
      mac: 'O ícone fica na barra de menus, no canto superior direito da tela.',
      linux:
        'O ícone fica na bandeja da barra superior ou inferior da sua área de trabalho. No GNOME, os ícones da bandeja aparecem depois que a extensão AppIndicator é ativada.',
    },
    trayUse: 'Clique no ícone para fazer uma pausa agora, pausar os lembretes ou abrir estas configurações.',
    today: 'Hoje, com as configurações atuais',
    choices: 'As três escolhas mais importantes',
    workHours: 'Horário de trabalho',
    workHint: 'Sem ele, as pausas vêm sempre que você usa o computador.',
    sleep: 'Hora de dormir e hora de acordar',
    sleepHint: 'O Limber fica em silêncio entre esses horários e lembra você de desacelerar antes de dormir.',
    natural: 'Pausas naturais',
    naturalHint:
      'Levantou para pegar um café? O relógio da pausa recomeça, sem nenhum lembrete para responder.',
    see: 'Confira se você vai ver os lembretes',
    test: 'Enviar um lembrete de teste',
    sent: 'Enviado: uma notificação com o título “Lembrete de teste do Limber” deve estar na sua tela agora.',
    notThere: 'Não apareceu?',
    notShown: 'Este sistema não conseguiu mostrar uma notificação.',
    untilThen: 'Enquanto isso, o Limber mostra cada lembrete em uma janelinha própria.',
    allow: {
      windows:
        'Abra Configurações › Sistema › Notificações: ative as notificações, permita o Limber e confira se o Não incomodar está desativado.',
      mac: 'Abra Ajustes do Sistema › Notificações › Limber e permita as notificações; confira se nenhum modo de Foco está silenciando os avisos.',
      linux:
        'Abra as configurações de notificação da sua área de trabalho (no GNOME: Configurações › Notificações) e permita o Limber; confira se o Não perturbe está desativado. Alguns ambientes mais simples precisam de um serviço de notificações, como o dunst ou o mako.',
    },
    advice:
      'O Limber não é orientação médica. Se a dor nas costas for forte ou voltar sempre, procure um médico.',
    close: 'Ir para todas as configurações',
    posture: ({ every, length }) =>
      `Uma pausa para a postura a cada ${every} no computador, com ${length} de duração.`,
    stretch: ({ every, count, hold }) =>
      plural(count, {
        one: `Uma pausa guiada para alongamento a cada ${every}: # alongamento, mantido por ${hold}.`,
        many: `Uma pausa guiada para alongamento a cada ${every}: # de alongamentos, cada um mantido por ${hold}.`,
        other: `Uma pausa guiada para alongamento a cada ${every}: # alongamentos, cada um mantido por ${hold}.`,
      }),
    inHours: ({ start, end, days }) => `Pausas só no horário de trabalho: das ${start} às ${end}, ${days}.`,
    anyTime: 'Pausas sempre que você usar o computador, menos durante a noite.',
    idle: ({ time }) => `Ficar ${time} ou mais longe do computador conta como pausa.`,
    windDown: ({ time }) => `À noite, um lembrete para desacelerar às ${time}.`,
    getReady: ({ time }) => `Um lembrete para se preparar para dormir às ${time}.`,
    bed: ({ bed, wake }) =>
      `Hora de dormir às ${bed} e silêncio daí até as ${wake} (com outros horários nas noites que você definir).`,
    none: 'Nada: todos os lembretes estão desativados. Ative os que quiser abaixo ou nas configurações.',
  },
  routines: {
    title: 'Rotinas do seu fisioterapeuta',
    intro:
      'Importe o arquivo de rotina que seu fisioterapeuta lhe deu. O Limber confere cada campo e não guarda nada de um arquivo com problema.',
    import: 'Importar uma rotina…',
    none: 'Nenhuma rotina importada ainda.',
    count: ({ count }: { count: number }) =>
      plural(count, { one: 'Um alongamento', other: '# alongamentos' }),
    forBreaks: 'Usar nas pausas para alongar, em vez da escolha automática',
    remind: 'Me lembrar de fazê-la',
    time: 'Às',
    days: 'Dias',
    export: 'Exportar…',
    remove: 'Remover',
    removed: ({ name }: { name: string }) => `“${name}” removida.`,
    soreBack: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Nos dias de dor nas costas, um dos alongamentos fica de fora (não é suave ou é no chão).',
        other:
          'Nos dias de dor nas costas, # dos alongamentos ficam de fora (não são suaves ou são no chão).',
      }),
    fix: 'O que corrigir no arquivo:',
  },
  firm: {
    title: 'Telas e modo firme',
    intro: 'Onde as pausas aparecem quando você tem mais de uma tela, e quanto custa dispensá-las.',
    screens: 'Telas',
    everyDisplay: 'Pausas em tela cheia escurecem minhas outras telas',
    everyDisplayHint:
      'A pausa aparece na tela em que você está trabalhando. As outras mostram uma página calma e escurecida, com um botão para trazer a pausa para lá.',
    firmTitle: 'Modo firme',
    level: 'Quão firmes são as pausas',
    levels: {
      gentle: 'Suave: Feito, Adiar e Pular (modo firme desligado)',
      'no-skip': 'Sem pular: Adiar fica, Pular sai',
      firm: 'Firme: um adiamento e depois a pausa fica até ser feita ou o tempo dela acabar',
    },
    never:
      'Nunca uma armadilha: uma pausa firme termina sozinha quando o tempo dela acaba, Pausar na bandeja sempre funciona, e segurar Esc por 3 segundos sai de qualquer pausa sem Pular (ela conta como pulada). Pausas que você mesmo inicia, pausas que esperaram porque você estava ocupado ou que chegam atrasadas, alongamentos no chão e dias de dor nas costas nunca ficam mais firmes.',
    limitSkips: 'Limitar quantas pausas pular por dia',
    skipsPerDay: 'Pausas puladas por dia',
    skipsHint: 'Depois disso, Pular vira Adiar até a meia-noite.',
  },
} satisfies Catalog['settings']

/** The break window: its three buttons share one row at 420 px. */
export const breakWindow = {
  kind: {
    posture: 'Pausa para a postura',
    stretch: 'Pausa para alongamento',
    'wind-down': 'Desacelerar',
    'get-ready': 'Preparar-se para dormir',
    bedtime: 'Hora de dormir',
    activity: 'Atividade',
    custom: 'Lembrete',
    therapy: 'Gelo ou calor',
    'check-in': 'Check-in da manhã',
    routine: 'Sua rotina',
  },
  pageTitle: ({ title }) => `${title} · Limber`,
  loading: 'Carregando…',
  nothing: 'Nada a fazer',
  nothingDue: 'Nenhuma pausa agora. Você pode fechar esta janela.',
  canClose: 'Você pode fechar esta janela.',
  done: 'Feito',
  snooze: ({ minutes }) => `Adiar ${minutes} min`,
  skip: 'Pular',
  keys: { done: 'Enter', skip: 'Esc' },
  wellDone: 'Muito bem.',
  snoozed: ({ count }) =>
    plural(count, {
      one: 'Adiado por # minuto.',
      many: 'Adiado por # de minutos.',
      other: 'Adiado por # minutos.',
    }),
  skipped: 'Pulado. Fica para a próxima.',
  tipHeading: { posture: 'De volta à sua mesa', evening: 'Para esta noite', other: 'Lembre-se' },
  ring: {
    done: 'pronto',
    minutesLeft: 'minutos restantes',
    seconds: ({ count }) => plural(count, { one: 'segundo', other: 'segundos' }),
  },
  sitBack: 'Muito bem. Sente-se de novo com a coluna ereta.',
  phase: {
    position: 'Prepare-se',
    hold: 'Mantenha',
    switch: 'Troque de lado',
    release: 'Solte devagar',
    finished: 'Pronto',
  },
  stretchOf: ({ n, of }) => `Alongamento ${n} de ${of}`,
  repOf: ({ n, of }) => `Rep. ${n} de ${of}`,
  previous: 'Alongamento anterior',
  pause: 'Pausar o temporizador',
  resume: 'Retomar o temporizador',
  next: 'Próximo alongamento',
  complete: 'Rotina concluída. Clique em Feito quando quiser.',
  ready: 'Tudo pronto',
  nextUp: ({ name }: { name: string }) => `A seguir: ${name}`,
  lastStep: 'Última etapa',
  figure: {
    right: 'Lado direito',
    left: 'Lado esquerdo',
    alt: ({ what, side }: { what: string; side: string }) => `${what} ${side}.`,
  },
  say: {
    position: ({ name, intensity, where, side }) =>
      `${name}, ${intensity}. Leia os passos e assuma a posição${where ? ` ${where}` : ''}${side ? `, ${side}` : ''}.`,
    hold: ({ side, n, of }) => `Mantenha${side ? `, ${side}` : ''}. Repetição ${n} de ${of}.`,
    switch: 'Solte devagar e depois troque de lado.',
    release: 'Solte devagar e relaxe.',
  },
  checkIn: {
    thanks: 'Obrigado. O Limber guarda isso só neste computador.',
    iceOrHeat: 'Calor ou gelo',
    running: {
      ice: 'O temporizador de gelo está correndo: o Limber avisa quando tirar.',
      heat: 'O temporizador de calor está correndo: o Limber avisa quando tirar.',
    },
  },
  firm: {
    noSkip: 'Modo firme: esta pausa pode ser adiada, mas não pulada.',
    stays: 'Modo firme: esta pausa fica até ser feita ou o tempo dela acabar.',
    used: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Você já usou a pausa pulada de hoje: Pular vira Adiar até a meia-noite.',
        other: 'Você já usou as # pausas puladas de hoje: Pular vira Adiar até a meia-noite.',
      }),
    left: ({ count }: { count: number }) =>
      plural(count, { one: 'Resta uma pausa para pular hoje.', other: 'Restam # pausas para pular hoje.' }),
    emergency: 'Em uma emergência, segure Esc por 3 segundos para sair.',
    holding: 'Continue segurando Esc para sair…',
  },
  dimmed: {
    title: 'Tem uma pausa agora',
    body: 'Sua pausa está aparecendo em outra tela.',
    bringHere: 'Mostrar a pausa aqui',
    over: 'A pausa terminou.',
  },
} satisfies Catalog['breakWindow']

/** Main: the tray menu and tooltip, notifications, command-line answers, dialogs, messages about bad input. */
export const app = {
  busyWhy: {
    'no-shell': 'Esta versão do Limber não consegue verificar isso neste sistema.',
    failed: 'O Limber não conseguiu verificar este sistema; o motivo está no log.',
    'no-answer': 'Este sistema não respondeu quando foi consultado (veja o log).',
    'no-way': 'Este sistema não oferece nenhuma forma de saber isso.',
    'no-presenting-signal':
      'No Linux, os ambientes de área de trabalho não têm um sinal comum para apresentações; uma apresentação de slides em tela cheia conta como tela cheia.',
    wayland: 'No Wayland, os apps não conseguem ver se outra janela está em tela cheia.',
    'no-x11': 'Não há um display X11 para consultar (a variável DISPLAY não está definida).',
    'no-ewmh': 'O gerenciador de janelas não informa qual janela está ativa (sem suporte a EWMH).',
    'no-desktop-dnd':
      'Nem as configurações de notificação do GNOME, do Cinnamon ou do MATE, nem um servidor de notificações com a opção Não perturbe (KDE Plasma) responderam.',
    'no-pactl': 'O pactl (das ferramentas do PulseAudio) não está instalado.',
    'no-sound-server': 'Nenhum servidor de som PulseAudio ou PipeWire respondeu.',
    'needs-full-disk-access':
      'O macOS não informa o Foco aos apps. Dê ao Limber Acesso Total ao Disco ou, na barra de menus, configure o Foco como Mostrar Quando Ativo.',
    'no-capture-record':
      'Esta versão do Windows não registra o uso da câmera e do microfone (o Windows 10 1903 e as versões posteriores registram).',
    'no-inhibit-signal':
      'Nem a sessão do GNOME nem o gerenciamento de energia do KDE Plasma responderam, e só eles dizem se um app mantém a tela ligada.',
  },
  names: {
    posture: { title: 'Pausa para a postura', short: 'Pausa para a postura' },
    stretch: { title: 'Pausa para alongamento', short: 'Alongamento' },
    'wind-down': { title: 'Hora de desacelerar', short: 'Desacelerar' },
    'get-ready': { title: 'Preparar-se para dormir', short: 'Preparar-se para dormir' },
    bedtime: { title: 'Hora de dormir', short: 'Hora de dormir' },
    strength: 'Treino de força',
    yoga: 'Ioga',
  },
  tray: {
    tooltip: ({ status }) => `Limber — ${status}`,
    tooltipWithPlan: ({ status, plan }) => `Limber — ${status} · ${plan}`,
    now: ({ name }) => `${name} agora`,
    pausedUntilResumed: 'Pausado até você retomar',
    pausedUntil: ({ when }) => `Pausado até ${when}`,
    nothingComing: 'Nenhum lembrete a seguir',
    nextIn: ({ name, duration }) => `${name} em ${duration}`,
    nextAt: ({ name, time }) => `${name} às ${time}`,
    nextLater: ({ name, when }) => `${name} ${when}`,
    sleepUntil: ({ when }) => `Noite de sono até ${when}`,
    bedtimeAt: ({ when }) => `Hora de dormir: ${when}`,
    bedtimeIn: ({ when, duration }) => `Hora de dormir: ${when} (em ${duration})`,
    showBreak: 'Mostrar a pausa',
    breakNow: 'Fazer uma pausa agora',
    stretchNow: 'Começar um alongamento agora',
    therapy: 'Temporizador de calor e gelo',
    ice: ({ on, off, count }) =>
      plural(count, {
        one: `Gelo (${on}, # rodada)`,
        many: `Gelo (${on} com, ${off} sem, # de rodadas)`,
        other: `Gelo (${on} com, ${off} sem, # rodadas)`,
      }),
    heat: ({ on, off, count }) =>
      plural(count, {
        one: `Calor (${on}, # rodada)`,
        many: `Calor (${on} com, ${off} sem, # de rodadas)`,
        other: `Calor (${on} com, ${off} sem, # rodadas)`,
      }),
    stopTimer: 'Parar o temporizador',
    resume: 'Retomar',
    pause: 'Pausar',
    pause30m: '30 minutos',
    pause1h: '1 hora',
    pause2h: '2 horas',
    pauseUntilMorning: 'Até amanhã de manhã',
    pauseForever: 'Até eu retomar',
    skipNext: 'Pular o próximo',
    skipNextNamed: ({ name }) => `Pular o próximo (${name})`,
    settings: 'Configurações…',
    quit: 'Sair do Limber',
    updateReady: ({ version }: { version: string }) =>
      `Atualização pronta: a versão ${version} é instalada quando o Limber fechar`,
    updateAfterBreak: ({ version }: { version: string }) =>
      `A versão ${version} é instalada depois desta pausa`,
    updateInstall: 'Reiniciar agora para atualizar',
  },
  held: {
    for: {
      'full-screen': ({ duration }) => `Esperou ${duration} enquanto um app estava em tela cheia.`,
      presenting: ({ duration }) => `Esperou ${duration} enquanto você apresentava.`,
      call: ({ duration }) => `Esperou ${duration} enquanto você estava em uma chamada.`,
      'do-not-disturb': ({ duration }) => `Esperou ${duration} enquanto o Não perturbe estava ativado.`,
      'screen-kept-on': ({ duration }) => `Esperou ${duration} enquanto um app mantinha a tela ligada.`,
    },
    now: {
      'full-screen': ({ name }) => `${name} em espera: app em tela cheia`,
      presenting: ({ name }) => `${name} em espera: você está apresentando`,
      call: ({ name }) => `${name} em espera: você está em uma chamada`,
      'do-not-disturb': ({ name }) => `${name} em espera: Não perturbe ativado`,
      'screen-kept-on': ({ name }) => `${name} em espera: um app mantém a tela ligada`,
    },
  },
  notify: {
    postureTitle: 'Hora da pausa para a postura',
    postureLead: 'Levante-se, mexa-se um pouco e ajuste o jeito de se sentar.',
    postureBody: ({ tip }: { tip: string }) =>
      `Levante-se, mexa-se um pouco e ajuste o jeito de se sentar. De volta à sua mesa: ${lowerFirst(tip)}`,
    stretchTitle: 'Hora de alongar',
    onTheFloor: ({ name }) => `${name} (no chão)`,
    stretchBody: ({ count, names, hold }) =>
      plural(count, {
        one: `Um alongamento: ${names}. Mantenha por ${hold}.`,
        many: `# de alongamentos: ${names}. Mantenha cada um por ${hold}.`,
        other: `# alongamentos: ${names}. Mantenha cada um por ${hold}.`,
      }),
    noGentleStretch:
      'Nenhum alongamento leve na cadeira ou em pé está ativado; levante-se e mexa-se com calma por um minuto.',
    noStretch:
      'Todos os alongamentos estão desativados nas configurações; levante-se e mexa-se com calma por um minuto.',
    customBody: 'Seu lembrete, no horário que você escolheu.',
    headsUpPosture: ({ duration }) => `Pausa para a postura em ${duration}`,
    headsUpStretch: ({ duration }) => `Pausa para alongamento em ${duration}`,
    headsUpBody: 'Conclua o raciocínio; daqui a pouco o Limber vai pedir para você se levantar.',
    start: 'Começar',
    snooze: 'Adiar',
    skip: 'Pular',
    testTitle: 'Lembrete de teste do Limber',
    testBody: 'É assim que os lembretes do Limber vão aparecer. Você pode fechar este.',
  },
  commands: {
    unknown: 'O Limber não conhece esse comando.',
    paused: {
      '30m': 'O Limber está pausado por 30 minutos.',
      '1h': 'O Limber está pausado por 1 hora.',
      '2h': 'O Limber está pausado por 2 horas.',
      'until-morning': 'O Limber está pausado até amanhã de manhã.',
      forever: 'O Limber está pausado até você retomar.',
    },
    resumed: 'O Limber voltou a funcionar.',
    postureStarted: 'Pausa para a postura iniciada.',
    stretchStarted: 'Pausa para alongamento iniciada.',
    skipped: 'O próximo lembrete foi pulado.',
    nothingToSkip: 'Nenhum lembrete a seguir.',
    skipKept: 'O modo firme mantém a próxima pausa. Se precisar, pause o Limber.',
    iceStarted: 'Temporizador de gelo iniciado.',
    heatStarted: 'Temporizador de calor iniciado.',
    therapyStopped: 'Temporizador de calor e gelo parado. Tire a bolsa agora.',
    breakShown: 'Janela da pausa aberta.',
    settingsShown: 'Configurações abertas.',
    quitting: 'O Limber está sendo fechado.',
    answered: 'Respondido.',
    goneFromScreen: 'Esse lembrete não está mais na tela.',
    planStartedToday: 'Plano para dor nas costas iniciado para hoje: pausas mais leves.',
    planStarted: ({ count }) =>
      plural(count, {
        one: 'Plano para dor nas costas iniciado por # dia: pausas mais leves.',
        many: 'Plano para dor nas costas iniciado por # de dias: pausas mais leves.',
        other: 'Plano para dor nas costas iniciado por # dias: pausas mais leves.',
      }),
    seeDoctorNote: 'A janela do Limber diz quando procurar um médico.',
    planEnded: 'Plano para dor nas costas encerrado.',
    noPlan: 'Nenhum plano para dor nas costas estava em andamento.',
    noted: 'Anotado.',
    braceWithoutPlan:
      'O lembrete da cinta faz parte de um plano para dor nas costas, e nenhum está em andamento.',
    checkInKept: 'Check-in registrado.',
    checkInRange: 'Um check-in é um número inteiro de 0 a 10.',
    noCheckIn: 'Sem check-in hoje.',
    updateChecking: 'Procurando atualizações.',
    updateInstalling: 'O Limber está reiniciando para instalar a atualização.',
    updateNotReady: 'Nenhuma atualização está pronta para instalar.',
    failed: 'O Limber não conseguiu fazer isso; veja o log.',
  },
  commandLine: {
    usage:
      'Use um destes: --pause 30m|1h|2h|until-morning|forever, --resume, --break-now, --stretch-now, ' +
      '--sore-back [1d|2d|3d|5d|off], --import-routine ARQUIVO, --settings, --quit.',
    unreadable: 'Não foi possível ler a linha de comando.',
    tooMany: ({ count }) => `Argumentos demais (${count}).`,
    notText: 'Os argumentos precisam ser texto.',
    tooLong: ({ position, max }) => `O argumento ${position} é longo demais (no máximo ${max} caracteres).`,
    pauseNeeds: ({ values }) => `--pause precisa da duração: ${values}.`,
    soreBackTakes: ({ values }) => `--sore-back aceita um número de dias ou off: ${values}.`,
    noValue: ({ name }) => `${name} não aceita valor.`,
    unknown: ({ position }) => `O Limber não reconhece o argumento ${position}.`,
    oneAtATime: ({ count }) => `Dê um comando por vez; recebidos: ${count}.`,
  },
  export: {
    title: 'Exportar meus dados',
    button: 'Exportar aqui',
    unavailable: 'A exportação não está disponível nesta versão do Limber.',
    dialogFailed: 'O Limber não conseguiu abrir a janela de escolha de pasta.',
    cancelled: 'Exportação cancelada: nada foi gravado.',
    folder: ({ date }) => `Exportação do Limber ${date}`,
    writeFailed: {
      denied: ({ folder }) =>
        `O Limber não tem permissão para gravar em ${folder}. Nada foi alterado lá; escolha outra pasta.`,
      noSpace: ({ folder }) => `Não há mais espaço em ${folder}. Nada foi alterado lá.`,
      readOnly: ({ folder }) => `${folder} é somente leitura. Nada foi alterado lá; escolha outra pasta.`,
      gone: ({ folder }) => `${folder} não existe mais. Nada foi gravado; escolha outra pasta.`,
      other: ({ folder }) => `O Limber não conseguiu gravar em ${folder}. Nada foi alterado lá.`,
    },
    full: ({ folder, count }) => `${folder} já tem ${count} exportações de hoje. Escolha outra pasta.`,
    notFullPath: ({ folder }) =>
      `O Limber só exporta para uma pasta indicada pelo caminho completo, e “${folder}” não é um. ` +
      'Nada foi gravado: escolha a pasta de novo.',
  },
  settingsFile: {
    resetTitle: 'As configurações foram redefinidas',
    reset:
      'Não foi possível ler seu arquivo de configurações, então o Limber começou com as configurações padrão.',
    resetKept: ({ file }) =>
      `Não foi possível ler seu arquivo de configurações, então o Limber começou com as configurações padrão. O arquivo danificado foi guardado como ${file}.`,
    someResetTitle: 'Algumas configurações foram redefinidas',
    allReplaced: 'Não foi possível ler suas configurações, então o Limber voltou ao padrão.',
    replaced: ({ fields }) => `Estas não puderam ser mantidas e voltaram ao padrão: ${fields}.`,
    replacedMore: ({ fields, count }) =>
      plural(count, {
        one: `Estas não puderam ser mantidas e voltaram ao padrão: ${fields} e mais #.`,
        other: `Estas não puderam ser mantidas e voltaram ao padrão: ${fields} e mais #.`,
      }),
    previousKept: ({ file }) => `Seu arquivo anterior foi guardado como ${file}.`,
  },
  dialogs: {
    commandNotUnderstood: 'O Limber não entendeu o comando',
    couldNotStart: 'O Limber não conseguiu iniciar',
    couldNotStartDetail: ({ what, file }) =>
      `${what}\n\nOs detalhes estão no arquivo de log:\n${file}\n\nSe isso continuar acontecendo, envie esse arquivo junto com o seu relato.`,
    loginItemFailed: 'O Limber não conseguiu mudar a opção de iniciar ao fazer login',
    loginItemFailedDetail: ({ what, file }) => `${what} Os detalhes estão no log: ${file}`,
    loginItemUnsafe: ({ path }) =>
      `O Limber não pode iniciar ao fazer login a partir de ${path}: o caminho contém uma quebra de linha ou outro caractere de controle, que uma entrada de inicialização automática não consegue guardar com segurança. Mova o Limber para uma pasta cujo nome não tenha nenhum desses caracteres.`,
  },
  dayLimit: {
    reachedTitle: ({ hours }) =>
      plural(hours, {
        one: 'Você já passou # hora no computador hoje',
        other: 'Você já passou # horas no computador hoje',
      }),
    reachedBody: 'É o limite que você definiu para hoje. Um bom momento para encerrar e se levantar.',
    againTitle: ({ hours }) =>
      plural(hours, { one: 'Ainda no computador: # hora hoje', other: 'Ainda no computador: # horas hoje' }),
    againBody: ({ limit }) =>
      `Um lembrete gentil: seu limite de hoje era ${limit}. O que falta pode esperar até amanhã.`,
    tray: ({ limit }) => `Limite de hoje atingido (${limit})`,
  },
  routines: {
    openTitle: 'Importar uma rotina',
    openButton: 'Importar',
    saveTitle: 'Exportar a rotina',
    saveButton: 'Exportar',
    fileKind: 'Rotina do Limber',
    fileName: ({ name }: { name: string }) => `${name} (rotina do Limber)`,
    imported: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `A rotina “${name}” foi importada, com um alongamento.`,
        other: `A rotina “${name}” foi importada, com # alongamentos.`,
      }),
    replaced: ({ name, count }: { name: string; count: number }) =>
      plural(count, {
        one: `A rotina “${name}” foi atualizada: agora tem um alongamento.`,
        other: `A rotina “${name}” foi atualizada: agora tem # alongamentos.`,
      }),
    notImported: ({ file }: { file: string }) => `A rotina em ${file} não foi importada.`,
    notImportedTitle: 'A rotina não foi importada',
    importedTitle: 'Rotina importada',
    nothingKept: 'Nada foi alterado.',
    cancelled: 'Nada foi importado.',
    exportCancelled: 'Nada foi exportado.',
    exported: ({ file }: { file: string }) => `Exportada para ${file}.`,
    exportFailed: ({ reason }: { reason: string }) => `O Limber não conseguiu gravar o arquivo: ${reason}.`,
    dialogOpen: 'Uma janela de arquivos já está aberta: termine com ela primeiro.',
    dialogFailed: 'O Limber não conseguiu abrir a janela de arquivos.',
    unavailable: 'Esta versão do Limber não importa nem exporta rotinas.',
    tooMany: ({ max }: { max: number }) =>
      `O Limber guarda no máximo ${max} rotinas: remova uma antes de importar outra.`,
    gone: 'Essa rotina não existe mais.',
    missing: ({ file }: { file: string }) => `O arquivo ${file} não existe.`,
    notAFile: ({ file }: { file: string }) => `${file} é uma pasta, não um arquivo.`,
    unreadable: ({ file, reason }: { file: string; reason: string }) =>
      `Não foi possível ler ${file}: ${reason}.`,
    problems: {
      tooLarge: ({ size, max }: { size: string; max: string }) =>
        `O arquivo é grande demais (${size}): um arquivo de rotina tem no máximo ${max}.`,
      notJson: ({ line }: { line: number | null }) =>
        line === null
          ? 'O arquivo não é um JSON válido.'
          : `O arquivo não é um JSON válido (o problema está na linha ${line}).`,
      tooDeep: 'O arquivo tem níveis aninhados demais para ser uma rotina.',
      unknownField: ({ path }: { path: string }) => `${path}: não é um campo de uma rotina.`,
      required: ({ path, allowed }: { path: string; allowed: string }) =>
        `${path}: falta; informe ${allowed}.`,
      notAllowed: ({ path, allowed, got }: { path: string; allowed: string; got: string }) =>
        `${path}: deve ser ${allowed}; veio ${got}.`,
      languageTag: ({ path }: { path: string }) =>
        `${path}: não é um código de idioma (escreva um como "en", "pt" ou "pt-BR").`,
      unknownStretch: ({ path, got }: { path: string; got: string }) =>
        `${path}: ${got} não é um alongamento da biblioteca do Limber.`,
      markup: ({ path }: { path: string }) => `${path}: só texto, sem HTML nem outras marcações.`,
      link: ({ path }: { path: string }) => `${path}: sem links nem endereços da web.`,
      languages: ({ path, languages }: { path: string; languages: string }) =>
        `${path}: escreva nos mesmos idiomas do nome da rotina (${languages}).`,
      figure: ({ path, detail }: { path: string; detail: string }) => `${path}: ${detail}.`,
    },
    allowed: {
      file: 'um objeto com "limberRoutine": 1, um "name" e "stretches"',
      version: '1 (este Limber lê a versão 1 do formato)',
      texts: 'o texto por idioma, como {"pt-BR": "…"}, em 1 a 8 idiomas',
      name: 'um nome de 1 a 80 caracteres',
      title: 'um título de 1 a 80 caracteres',
      step: 'um texto de 1 a 400 caracteres',
      stepList: 'uma lista de 1 a 12 passos',
      cautionList: 'uma lista de até 6 cuidados',
      stretches: 'uma lista de 1 a 20 alongamentos',
      stretch:
        'um alongamento da biblioteca ({"stretch": "seu id"}) ou um descrito por inteiro (title, steps, hold, repetitions, sides, position, intensity)',
      libraryId: 'o id de um alongamento da biblioteca do Limber',
      hold: 'um número inteiro de segundos de 5 a 120',
      repetitions: 'um número inteiro de 1 a 10',
      sides: '"both" ou "each"',
      position: '"desk", "standing" ou "floor"',
      intensity: '"gentle", "moderate" ou "strong"',
      figure: 'uma figura com description, camera, props, working e poses',
    },
    needsFile: '--import-routine precisa do caminho de um arquivo de rotina.',
    notifyBody: ({ count, names }: { count: number; names: string }) =>
      plural(count, { one: `Sua rotina: ${names}.`, other: `Sua rotina, # alongamentos: ${names}.` }),
    leftOut: ({ count }: { count: number }) =>
      plural(count, {
        one: 'Um alongamento da sua rotina fica de fora hoje: com as costas doloridas, só alongamentos suaves sentado ou em pé.',
        other:
          '# alongamentos da sua rotina ficam de fora hoje: com as costas doloridas, só alongamentos suaves sentado ou em pé.',
      }),
    noneFits:
      'Nenhum alongamento da sua rotina serve hoje para suas costas doloridas (só os suaves, sentado ou em pé), então aqui estão alguns suaves.',
    fromRoutine: 'Da sua rotina',
  },
} satisfies Catalog['app']

const seatedNote = 'Use uma cadeira firme, sem rodinhas, ou trave as rodinhas antes.'

export const content = {
  cue: 'Movimente-se devagar e com suavidade, sem balançar nem dar trancos. Pare ao sentir uma leve tensão, nunca dor. Mantenha a posição e depois saia dela devagar.',
  areas: {
    'lower-back': 'Lombar',
    'middle-back': 'Meio das costas',
    'upper-back': 'Parte superior das costas',
    abdominals: 'Abdômen e core',
    hips: 'Quadril e posterior da coxa',
    'neck-shoulders': 'Pescoço e ombros',
  },
  stretches: {
    'seated-cat-cow': {
      name: 'Gato-vaca na cadeira',
      steps: [
        'Sente-se perto da borda da cadeira, com os pés apoiados no chão e as mãos sobre os joelhos.',
        'Ao inspirar, erga o peito e deixe as costas arquearem suavemente.',
        'Ao expirar, arredonde as costas e deixe o queixo descer em direção ao peito.',
        'Mantenha as costas arredondadas e depois volte a se sentar com a coluna ereta.',
      ],
      cautions: ['Se suas costas estiverem doloridas hoje, faça um movimento bem pequeno.'],
    },
    'seated-twist': {
      name: 'Torção na cadeira',
      steps: [
        'Sente-se com a coluna ereta, os dois pés no chão e os joelhos apontando para a frente.',
        'Coloque a mão direita no lado de fora do joelho esquerdo.',
        'Gire o peito para a esquerda, começando o giro pelo meio das costas.',
        'Mantenha a posição, volte ao centro e depois gire para o outro lado.',
      ],
      cautions: ['Gire só até onde for fácil; não use os braços para forçar o giro.', seatedNote],
    },
    'seated-forward-fold': {
      name: 'Flexão à frente na cadeira',
      steps: [
        'Sente-se na borda da cadeira, com os pés bem afastados.',
        'Deixe o peito descer entre os joelhos, com os braços soltos.',
        'Relaxe a cabeça e o pescoço.',
        'Mantenha a posição e depois suba devagar, desenrolando a coluna vértebra por vértebra.',
      ],
      cautions: [
        'Suba devagar, caso sinta tontura.',
        'Pule este alongamento se sentir dor ou formigamento descendo pela perna.',
        seatedNote,
      ],
    },
    'seated-pelvic-tilt': {
      name: 'Inclinação pélvica na cadeira',
      steps: [
        'Sente-se com a coluna ereta, as mãos no quadril e os pés apoiados no chão.',
        'Leve o quadril para trás, arredondando a lombar contra o encosto.',
        'Mantenha a posição e depois leve o quadril para a frente, curvando a lombar um pouco para dentro.',
        'Termine na posição do meio, com a coluna ereta.',
      ],
      cautions: ['Vá com delicadeza: é um movimento pequeno e suave, não amplo.'],
    },
    'seated-figure-four': {
      name: 'Abertura de quadril na cadeira',
      steps: [
        'Sente-se com a coluna ereta e apoie o tornozelo direito sobre o joelho esquerdo.',
        'Mantenha as costas alongadas e incline o tronco para a frente a partir do quadril.',
        'Pare quando sentir o alongamento no quadril e no glúteo do lado direito.',
        'Mantenha a posição, endireite o tronco e depois troque de perna.',
      ],
      cautions: [
        'Se ele forçar o joelho, apoie o tornozelo mais abaixo, na canela, ou pule este alongamento.',
        seatedNote,
      ],
    },
    'seated-hamstring': {
      name: 'Posterior da coxa na cadeira',
      steps: [
        'Sente-se na beirada da cadeira.',
        'Estique uma perna à frente, com o calcanhar no chão e a ponta do pé para cima.',
        'Com as costas retas, incline o tronco a partir do quadril até sentir uma leve tensão atrás da coxa.',
        'Mantenha a posição, endireite o tronco e depois troque de perna.',
      ],
      cautions: [
        'Mantenha as costas retas em vez de tentar alcançar os pés.',
        'Pule este alongamento se sentir dor ou formigamento descendo pela perna.',
        seatedNote,
      ],
    },
    'seated-side-bend': {
      name: 'Inclinação lateral na cadeira',
      steps: [
        'Sente-se com a coluna ereta e os dois pés apoiados no chão.',
        'Erga o braço direito ao lado da orelha.',
        'Incline-se suavemente para a esquerda, levando o braço para cima e por cima da cabeça.',
        'Mantenha a posição, volte ao centro e depois faça para o outro lado.',
      ],
      cautions: ['Mantenha os dois lados do quadril apoiados no assento.'],
    },
    'chest-opener': {
      name: 'Abertura de peito',
      steps: [
        'Sente-se na metade da frente do assento.',
        'Entrelace as mãos atrás do corpo ou segure as laterais do encosto da cadeira.',
        'Aproxime as omoplatas uma da outra e erga o peito.',
        'Mantenha a posição com o queixo paralelo ao chão e depois solte devagar.',
      ],
      cautions: ['Mantenha os ombros baixos, longe das orelhas.'],
    },
    'upper-back-round': {
      name: 'Abraço no ar',
      steps: [
        'Sente-se com a coluna ereta e estique os dois braços à frente.',
        'Entrelace os dedos, com as palmas viradas para a frente.',
        'Empurre as mãos para longe e deixe a parte superior das costas arredondar, baixando o queixo.',
        'Sinta o espaço se abrir entre as omoplatas, mantenha a posição e depois relaxe.',
      ],
      cautions: ['Respire normalmente o tempo todo.'],
    },
    'neck-side-stretch': {
      name: 'Alongamento lateral do pescoço',
      steps: [
        'Sente-se com a coluna ereta e deixe os dois ombros relaxarem para baixo.',
        'Incline a cabeça, levando a orelha direita em direção ao ombro direito.',
        'Mantenha o ombro esquerdo baixo; se quiser, apoie uma mão na cabeça, sem puxar.',
        'Mantenha a posição, erga a cabeça devagar e depois faça para o outro lado.',
      ],
      cautions: ['Pare se sentir formigamento ou dormência no braço ou na mão.'],
    },
    'chin-tuck': {
      name: 'Queixo para trás',
      steps: [
        'Sente-se com a coluna ereta, olhando para a frente.',
        'Leve o queixo reto para trás, como se fosse fazer um queixo duplo.',
        'Mantenha o olhar na horizontal; não abaixe a cabeça.',
        'Mantenha a posição e depois deixe a cabeça deslizar para a frente de novo.',
      ],
      cautions: ['Basta um movimento pequeno.'],
    },
    'shoulder-rolls': {
      name: 'Giros de ombros',
      steps: [
        'Sente-se com a coluna ereta e os braços soltos ao lado do corpo.',
        'Gire os dois ombros para cima, para trás e para baixo algumas vezes.',
        'Para terminar, leve as omoplatas suavemente para trás e para baixo.',
        'Mantenha as omoplatas assim e depois deixe os ombros relaxarem.',
      ],
      cautions: ['Mantenha o pescoço alongado e relaxado enquanto aproxima as omoplatas.'],
    },
    'standing-back-bend': {
      name: 'Inclinação para trás em pé',
      steps: [
        'Fique em pé com os pés afastados na largura do quadril.',
        'Coloque as mãos na lombar, com os dedos apontando para baixo.',
        'Leve o quadril suavemente para a frente e incline-se um pouco para trás, olhando levemente para cima.',
        'Mantenha a posição e depois volte a ficar em pé com a coluna ereta.',
      ],
      cautions: [
        'Incline-se só um pouco.',
        'Pule este alongamento se inclinar para trás causar fisgada ou dor.',
      ],
    },
    'standing-reach-up': {
      name: 'Alcançar o teto',
      steps: [
        'Fique em pé com a coluna ereta e os pés afastados na largura do quadril.',
        'Entrelace os dedos e vire as palmas para cima.',
        'Estique-se em direção ao teto e sinta a frente do corpo se alongar.',
        'Mantenha a posição e depois abaixe os braços devagar.',
      ],
      cautions: ['Não deixe as costelas de baixo se projetarem para a frente.'],
    },
    'doorway-chest-stretch': {
      name: 'Alongamento na porta',
      steps: [
        'Fique no vão de uma porta e apoie os antebraços no batente, com os cotovelos na altura dos ombros.',
        'Dê um passo à frente com um dos pés.',
        'Transfira o peso para a frente com cuidado até sentir o peito e os ombros se abrirem.',
        'Mantenha a posição e depois dê um passo para trás, saindo da porta.',
      ],
      cautions: ['Pare se sentir dor na frente do ombro.'],
    },
    'standing-hip-flexor': {
      name: 'Flexor do quadril em pé',
      steps: [
        'Segure-se na mesa ou no encosto de uma cadeira para se equilibrar.',
        'Leve um pé para trás em um afundo curto, com o calcanhar de trás erguido.',
        'Encaixe o quadril, levando o cóccix para baixo, e sinta abrir a frente do quadril da perna de trás.',
        'Mantenha a posição, junte os pés e depois troque de perna.',
      ],
      cautions: ['Mantenha o joelho da frente acima do tornozelo, sem passar da ponta dos pés.'],
    },
    'knee-to-chest': {
      name: 'Joelho ao peito',
      steps: [
        'Deite-se de costas, com os joelhos dobrados e os pés apoiados no chão.',
        'Segure atrás de uma coxa e traga esse joelho em direção ao peito.',
        'Mantenha o outro pé no chão e a cabeça apoiada.',
        'Mantenha a posição, abaixe a perna devagar e depois troque de lado.',
      ],
      cautions: [
        'Segure atrás da coxa, e não em cima do joelho.',
        'Pule este alongamento se sentir dor ou formigamento descendo pela perna.',
      ],
    },
    'childs-pose': {
      name: 'Postura da criança',
      steps: [
        'Ajoelhe-se e sente-se para trás, em direção aos calcanhares.',
        'Deslize as mãos pelo chão, levando-as para a frente.',
        'Apoie a testa no chão e deixe as costas se alongarem.',
        'Mantenha a posição respirando devagar e depois traga as mãos de volta para subir.',
      ],
      cautions: ['Coloque uma almofada entre os calcanhares e o quadril se os joelhos reclamarem.'],
    },
    'all-fours-cat-cow': {
      name: 'Gato-vaca',
      steps: [
        'Fique em quatro apoios, com as mãos abaixo dos ombros e os joelhos abaixo do quadril.',
        'Ao expirar, arredonde as costas para cima, em direção ao teto.',
        'Ao inspirar, deixe a barriga descer e erga um pouco o olhar.',
        'Alterne devagar entre as duas posições, mantendo cada uma.',
      ],
      cautions: ['Em piso duro, coloque uma toalha dobrada sob os joelhos.'],
    },
    'lying-knee-roll': {
      name: 'Torção deitada',
      steps: [
        'Deite-se de costas, com os joelhos dobrados e juntos e os braços bem abertos.',
        'Deixe os dois joelhos caírem devagar para um lado.',
        'Mantenha os dois ombros no chão.',
        'Mantenha a posição, traga os joelhos de volta ao centro e depois leve-os para o outro lado.',
      ],
      cautions: ['Leve os joelhos só até onde os ombros consigam ficar no chão.'],
    },
    sphinx: {
      name: 'Esfinge',
      steps: [
        'Deite-se de bruços, com os cotovelos abaixo dos ombros.',
        'Pressione os antebraços no chão e erga um pouco o peito.',
        'Mantenha o quadril no chão e os ombros longe das orelhas.',
        'Mantenha a posição e depois desça devagar.',
      ],
      cautions: ['Pule este alongamento se arquear as costas causar fisgada ou dor.'],
    },
    'lying-hamstring': {
      name: 'Posterior da coxa no chão',
      steps: [
        'Deite-se de costas, com os dois joelhos dobrados.',
        'Passe uma toalha ou um cinto em volta de um dos pés.',
        'Estique essa perna em direção ao teto, segurando a toalha.',
        'Mantenha a posição, abaixe a perna devagar e depois troque de perna.',
      ],
      cautions: [
        'Pode deixar o joelho levemente dobrado.',
        'Pule este alongamento se sentir dor ou formigamento descendo pela perna.',
      ],
    },
  },
  getUp: {
    lying: 'Para se levantar, vire de lado, empurre o chão com os braços e depois sente-se.',
    kneeling:
      'Para se levantar, leve as mãos de volta até os joelhos, empurre com os braços e fique de pé com uma mão numa cadeira.',
  },
  /** As mudanças de posição entre os alongamentos de uma rotina (veja en.ts). */
  moves: {
    title: {
      'get-down': 'Desça até o chão',
      'get-up': 'Levante-se devagar',
      standing: 'Fique de pé',
      desk: 'Sente-se',
      floor: 'Mude de posição',
    },
    downFirst: 'Apoie-se numa cadeira ou na mesa e não tenha pressa.',
    down: {
      'on-back': 'Primeiro os joelhos, depois as mãos, e então role até ficar de barriga para cima.',
      'on-front': 'Primeiro os joelhos, depois as mãos, e então deite-se de barriga para baixo.',
      'all-fours': 'Primeiro os joelhos, depois as mãos, embaixo dos ombros: você está de quatro.',
      kneeling: 'Um joelho de cada vez, depois fique de joelhos com o tronco reto.',
    },
    up: {
      lying: [
        'Vire de lado, empurre o chão com os braços e depois sente-se.',
        'Apoie-se nas mãos e nos joelhos.',
      ],
      kneeling: ['Leve as mãos de volta até os joelhos e empurre com os braços até ficar de joelhos.'],
    },
    upLast: 'Coloque um pé à frente e levante-se devagar, apoiando-se numa cadeira ou na mesa.',
    to: {
      desk: 'Sente-se de novo, bem no fundo da cadeira.',
      standing: 'Levante-se devagar e dê um passo para longe da cadeira.',
      'on-back': 'Deite-se de lado e depois role até ficar de barriga para cima.',
      'on-front': 'Role devagar até ficar de barriga para baixo.',
      'all-fours': 'Apoie-se nas mãos e nos joelhos, com as mãos embaixo dos ombros.',
      kneeling: 'Fique de joelhos, com o tronco reto.',
    },
  },
  postureTips: [
    'Sente-se bem no fundo da cadeira, para que ela apoie a curva da sua lombar.',
    'Mantenha os pés apoiados no chão, ou num apoio para os pés se eles não alcançarem.',
    'Deixe o alto da tela mais ou menos na altura dos olhos, para a cabeça ficar equilibrada sobre os ombros.',
    'Mantenha a tela a cerca de um braço de distância.',
    'Deixe os ombros caírem, longe das orelhas. Confira de novo daqui a um minuto.',
    'Mantenha os cotovelos perto do corpo, dobrados mais ou menos em ângulo reto.',
    'Mantenha os punhos retos ao digitar, sem dobrá-los para cima ou para baixo.',
    'Traga o teclado e o mouse para perto, para não ficar se esticando para a frente.',
    'Se a cabeça for para a frente, leve o queixo para trás e endireite a coluna de novo.',
    'Com os joelhos na altura do quadril ou um pouco abaixo, a lombar fica menos sobrecarregada.',
    'Uma almofadinha ou toalha enrolada atrás da lombar ajuda a manter a curva natural dela.',
    'Fique de frente para a tela; passar o dia com o tronco torcido para um lado cansa as costas.',
    'No notebook, eleve a tela e use teclado e mouse separados.',
    'Atenda as ligações em pé, ou caminhe enquanto fala.',
    'Deixe o que você mais usa ao alcance da mão, para não se esticar por cima da mesa.',
    'Mude de posição de vez em quando. A melhor postura é a próxima.',
    'Descruze as pernas e distribua o peso por igual entre os dois lados do quadril.',
    'Erga o celular até a altura dos olhos em vez de dobrar o pescoço para olhar para ele.',
    'Pisque, olhe para algo distante e deixe o rosto e o maxilar relaxarem.',
    'Em pé, distribua o peso por igual entre os dois pés e não trave os joelhos.',
    'Levante peso com as pernas, não com as costas: dobre os joelhos e mantenha a carga perto do corpo.',
    'Deixe o copo de água do outro lado da sala: para enchê-lo de novo, você vai ter que se levantar.',
  ],
  movement: {
    guidance: [
      'Mexa-se um pouco, e com frequência. Pequenos momentos de atividade leve ao longo do dia fazem mais pelas costas do que um grande esforço de uma vez.',
      'Descansar ajuda quando as costas doem, mas descanso demais as deixa mais rígidas. Levante-se e movimente-se com calma sempre que puder.',
      'Vá com calma. Forçar demais, cedo demais pode piorar os espasmos musculares. Aumente aos poucos.',
      'Uma caminhada curta já conta. Levantar para se alongar enquanto o café fica pronto também.',
    ],
    short: [
      'Pouco e sempre é melhor que tudo de uma vez.',
      'Descanse um pouco, depois se mexa um pouco.',
      'Com suavidade já basta: não precisa forçar.',
    ],
  },
  windDown: {
    suggestions: {
      'wind-down': [
        'Diminua as luzes ao seu redor; uma luz suave e baixa avisa ao corpo que o dia está terminando.',
        'Comece a deixar as telas de lado: celular, notebook, videogame e TV.',
        'Prepare uma bebida quente, como um chá de ervas sem cafeína ou leite morno.',
        'Tome um banho morno, de banheira ou de chuveiro.',
        'Leia um livro de papel ou ouça algo tranquilo em vez de ficar rolando a tela.',
        'Anote as tarefas de amanhã para tirá-las da cabeça.',
      ],
      'get-ready': [
        'Deixe o quarto escuro: feche as cortinas e cubra as luzinhas dos aparelhos em modo de espera.',
        'Mantenha o quarto fresco e silencioso.',
        'Planeje acordar no mesmo horário amanhã, inclusive nos fins de semana.',
        'Procure dormir de sete a nove horas: conte para trás a partir da hora de acordar.',
        'Faça alguns alongamentos lentos e leves para as costas relaxarem antes de dormir.',
        'Respire devagar por um minuto: inspire pelo nariz e solte o ar por mais tempo.',
      ],
    },
    reminders: {
      'wind-down': {
        title: 'Hora de desacelerar',
        body: 'Diminua as luzes, comece a deixar as telas de lado e, se quiser, prepare uma bebida quente ou um banho morno.',
      },
      'get-ready': {
        title: 'Prepare-se para dormir',
        body: 'Desligue as telas agora. Deixe o quarto escuro e silencioso e se acomode.',
      },
      bedtime: {
        title: 'Hora de dormir',
        body: 'Hora do descanso. Amanhã, acorde no mesmo horário, inclusive no fim de semana. Boa noite!',
      },
    },
    leads: {
      'wind-down': 'A hora de dormir está chegando: é tempo de desacelerar e deixar o dia para trás.',
      'get-ready': 'Está quase na hora de dormir. Desligue as telas agora e se acomode.',
    },
  },
  therapy: {
    notices: {
      'heat-start': {
        title: 'Aplique o calor',
        body: 'Um tecido entre o calor e a pele, nunca em pele dormente ou machucada. Não durma com ele.',
      },
      'heat-on': {
        title: 'Aplique o calor',
        body: 'Mantenha um pano ou uma camada de tecido entre o calor e a pele.',
      },
      'heat-off': {
        title: 'Tire o calor — hora de descansar',
        body: 'Retire o calor e deixe a pele descansar. Pare se ela estiver muito vermelha ou com bolhas.',
      },
      'ice-start': {
        title: 'Aplique o gelo',
        body: 'Use um pano, nunca em pele dormente ou ferida. Pare se a pele ficar muito vermelha ou branca.',
      },
      'ice-on': {
        title: 'Aplique o gelo',
        body: 'Envolva a bolsa em um pano antes; nunca coloque direto na pele.',
      },
      'ice-off': {
        title: 'Tire o gelo — hora de descansar',
        body: 'Retire a bolsa e deixe a pele se aquecer de novo.',
      },
      finished: {
        title: 'Tire a bolsa agora',
        body: 'Essa foi a última rodada. Confira a pele e movimente-se com calma um pouco antes de se sentar de novo.',
      },
      stopped: {
        title: 'Tire a bolsa agora',
        body: 'O temporizador foi parado. Confira a pele e movimente-se com calma por um tempo.',
      },
    },
    minutesOn: ({ count }: { count: number }) =>
      plural(count, {
        one: '# minuto de aplicação.',
        many: '# de minutos de aplicação.',
        other: '# minutos de aplicação.',
      }),
    minutesOff: ({ count }: { count: number }) =>
      plural(count, {
        one: '# minuto de pausa.',
        many: '# de minutos de pausa.',
        other: '# minutos de pausa.',
      }),
  },
  activities: {
    strength: [
      'Seu core é mais que a barriga: são os músculos das costas e os músculos abdominais trabalhando juntos.',
      'Procure fazer de duas a quatro sessões por semana, de 30 a 45 minutos cada.',
      'Primeiro, a execução correta: movimentos lentos e controlados valem mais que pesados ou rápidos. Um treinador ou fisioterapeuta pode conferir a sua.',
      'Comece leve e aumente aos poucos. Pare qualquer exercício que doa.',
    ],
    yoga: [
      'A ioga ajuda muita gente com dor nas costas: alonga e fortalece ao mesmo tempo.',
      'Uma aula para iniciantes ou uma aula leve é um bom começo; conte ao professor sobre suas costas.',
      'Pule ou suavize qualquer postura que doa e respire com calma o tempo todo.',
    ],
    notices: {
      strength: [
        {
          title: 'Treino de força',
          body: 'Hora de trabalhar o core: costas e abdômen juntos. Movimentos lentos, execução correta.',
        },
        {
          title: 'Hora do core',
          body: 'Um core forte sustenta as costas. Aqueça primeiro e depois siga num ritmo tranquilo.',
        },
        {
          title: 'Treino de força',
          body: 'Qualidade acima de quantidade: menos repetições, bem-feitas, são melhores para as costas.',
        },
      ],
      yoga: [
        {
          title: 'Hora da ioga',
          body: 'Estenda o tapete. Mova-se no ritmo da respiração e pule o que doer.',
        },
        {
          title: 'Hora da ioga',
          body: 'Uma sessão leve hoje: deixe as costas se alongarem e a respiração desacelerar.',
        },
      ],
    },
  },
  disclaimer: {
    short: 'O Limber dá lembretes gerais de bem-estar, não orientação médica.',
    full: [
      'O Limber é um app de lembretes. Ele oferece sugestões gerais de bem-estar, não orientação médica, e não substitui um médico ou fisioterapeuta.',
      'Se a sua dor nas costas for forte, voltar com frequência ou não melhorar, procure um médico.',
      'O Limber nunca recomenda remédios nem doses. Pergunte sobre isso a um médico ou farmacêutico.',
      'Pare qualquer alongamento ou exercício que cause dor.',
      'Se você tem osteoporose, está grávida ou fez uma cirurgia na coluna ou no quadril há pouco tempo, pergunte ao seu médico ou fisioterapeuta quais alongamentos e exercícios são indicados para você.',
    ],
  },
  soreBack: {
    start: 'Minhas costas doem hoje',
    end: 'Encerrar o plano para dor nas costas',
    planDay: ({ day, days }: { day: number; days: number }) =>
      `Plano para dor nas costas: dia ${day} de ${days}`,
    caution: 'Suas costas estão doloridas hoje: pare ao primeiro sinal de dor.',
    cue: 'Hoje, movimentos pequenos e lentos: sem balançar nem dar trancos, só até onde for confortável. Pare ao primeiro sinal de dor.',
    walk: 'Plano para dor nas costas: caminhada leve. Dê passos tranquilos pela sala e volte a se sentar com a coluna ereta.',
    walkLead:
      'Uma caminhada leve: dê passos tranquilos pela sala e depois volte a se sentar com a coluna ereta.',
    iceOrHeat:
      'Calor ou gelo podem aliviar. Mantenha um pano entre a bolsa e a pele, e nunca use em pele dormente.',
    braceOff: {
      title: 'Tire a cinta por um tempo',
      body: 'Dê às suas costas uma pausa da cinta. Recoloque-a depois só se precisar, e nunca apertada demais.',
    },
    checkIn: {
      question: 'Como estão suas costas hoje?',
      plain: 'Dê uma nota de 0 (sem dor) a 10 e, se quiser, uma palavra. A nota fica só neste computador.',
      planDay: ({ day, days }: { day: number; days: number }) =>
        `Dia ${day} de ${days} do seu plano para dor nas costas. Dê uma nota de 0 a 10 e use calor ou gelo se ajudar.`,
    },
    frequent: ({ days, window }: { days: number; window: number }) =>
      `Suas costas doeram em ${days} dos últimos ${window} dias. Dor nas costas que volta sempre merece ser ` +
      'avaliada por um médico ou fisioterapeuta, que pode investigar a causa. Isto não é orientação médica.',
  },
  figures: {
    'seated-cat-cow':
      'Uma pessoa sentada na frente de uma cadeira, com as mãos nos joelhos, arqueia as costas e depois as arredonda, deixando o queixo cair em direção ao peito.',
    'seated-twist':
      'Uma pessoa sentada com a coluna ereta gira o peito para um lado, com a mão oposta do lado de fora do joelho desse lado.',
    'seated-forward-fold':
      'Uma pessoa sentada na beirada de uma cadeira, com os pés bem afastados, inclina-se para a frente até o peito descer entre os joelhos, com a cabeça e os braços soltos.',
    'seated-pelvic-tilt':
      'Uma pessoa sentada com a coluna ereta, com as mãos nos quadris, leva a pelve para trás para que a lombar se arredonde.',
    'seated-figure-four':
      'Uma pessoa sentada em uma cadeira apoia um tornozelo sobre o outro joelho e se inclina para a frente a partir do quadril, com as costas alongadas.',
    'seated-hamstring':
      'Uma pessoa sentada na beirada de uma cadeira estica uma perna, com o calcanhar no chão e os dedos para cima, e se inclina para a frente a partir do quadril, com as costas retas.',
    'seated-side-bend':
      'Uma pessoa sentada em uma cadeira levanta um braço ao lado da orelha e se inclina para o outro lado, alongando-se para cima e por cima.',
    'chest-opener':
      'Uma pessoa sentada na metade da frente de uma cadeira entrelaça as mãos atrás das costas e eleva o peito, aproximando as omoplatas.',
    'upper-back-round':
      'Uma pessoa sentada em uma cadeira estica os dois braços à frente, com os dedos entrelaçados, e arredonda a parte de cima das costas, baixando o queixo.',
    'neck-side-stretch':
      'Uma pessoa sentada com a coluna ereta e os ombros baixos inclina a cabeça para aproximar uma orelha do ombro do mesmo lado.',
    'chin-tuck':
      'Uma pessoa sentada com a coluna ereta, olhando para a frente, leva o queixo reto para trás.',
    'shoulder-rolls':
      'Uma pessoa sentada com a coluna ereta e os braços soltos gira os dois ombros para cima, para trás e para baixo e depois os mantém puxados para trás.',
    'standing-back-bend':
      'Uma pessoa em pé, com as mãos na lombar, leva o quadril para a frente e se inclina um pouco para trás, olhando levemente para cima.',
    'standing-reach-up':
      'Uma pessoa em pé, com a coluna ereta, entrelaça os dedos e estica os dois braços em direção ao teto.',
    'doorway-chest-stretch':
      'Uma pessoa no vão de uma porta apoia os antebraços no batente na altura dos ombros, dá um passo à frente com um pé e se inclina para a frente, abrindo o peito.',
    'standing-hip-flexor':
      'Uma pessoa segurando o encosto de uma cadeira leva um pé para trás em um avanço curto, com o calcanhar de trás levantado, abrindo a frente do quadril de trás.',
    'knee-to-chest':
      'Uma pessoa deitada de costas, com os joelhos dobrados, segura atrás de uma coxa e puxa esse joelho em direção ao peito; o outro pé fica no chão.',
    'childs-pose':
      'Uma pessoa ajoelhada senta-se para trás em direção aos calcanhares, com os braços estendidos à frente no chão e a testa apoiada.',
    'all-fours-cat-cow':
      'Uma pessoa de quatro apoios deixa a barriga descer e depois arredonda as costas em direção ao teto, com a cabeça solta.',
    'lying-knee-roll':
      'Uma pessoa deitada de costas, com os braços bem abertos e os joelhos dobrados e juntos, deixa os dois joelhos caírem para um lado enquanto os ombros ficam no chão.',
    sphinx:
      'Uma pessoa deitada de bruços, com os cotovelos sob os ombros, pressiona os antebraços no chão e eleva o peito, com o quadril no chão.',
    'lying-hamstring':
      'Uma pessoa deitada de costas, com uma toalha em volta de um pé, estica essa perna em direção ao teto; o outro joelho continua dobrado.',
  },
} satisfies Catalog['content']
