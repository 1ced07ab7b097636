// Português do Brasil: "você", tom calmo e amigável, palavras simples (sem jargão clínico). Glossário: posture
// break = pausa para a postura; stretch break = pausa para alongamento; wind-down = desacelerar (hora de
// desacelerar); get ready (for bed) = preparar-se para dormir; bedtime = hora de dormir; wake time = hora de
// acordar; snooze = adiar; pause = pausar; skip = pular; sore-back plan = plano para dor nas costas; check-in =
// check-in (da manhã); ice/heat = gelo/calor, pack = bolsa (de gelo), heating pad = almofada térmica; brace = cinta,
// elastic wrap = faixa elástica; work hours = horário de trabalho; natural breaks = pausas naturais; Don't interrupt
// = Não interromper; full screen = tela cheia; Do Not Disturb = Não perturbe (macOS: Foco; Windows: Assistente de
// foco); hold = manter a posição; sit/stand tall = com a coluna ereta; gentle pull = leve tensão; no bouncing = sem
// balançar nem dar trancos; shoulder blades = omoplatas; hamstrings = posterior da coxa; core = core; laptop =
// notebook; not medical advice = não é orientação médica; medicine = remédio.
import { pluralFor } from '../main/core/i18n/plural'
import type { Catalog } from './catalog'

const plural = pluralFor('pt-BR')

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
        'Pule este alongamento se inclinar o corpo para a frente provocar uma dor que desce pela perna.',
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
        'Pule este alongamento se ele forçar o joelho, ou apoie o tornozelo mais abaixo, na canela.',
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
      cautions: ['Mantenha as costas retas em vez de tentar alcançar os pés.', seatedNote],
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
      cautions: ['Segure atrás da coxa, e não em cima do joelho.'],
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
      cautions: ['Pode deixar o joelho levemente dobrado.'],
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
    suggestions: [
      'Diminua as luzes ao seu redor; uma luz suave e baixa avisa ao corpo que o dia está terminando.',
      'Comece a deixar as telas de lado: celular, notebook, videogame e TV.',
      'Prepare uma bebida quente, como um chá de ervas sem cafeína ou leite morno.',
      'Tome um banho morno, de banheira ou de chuveiro.',
      'Deixe o quarto escuro: feche as cortinas e cubra as luzinhas dos aparelhos em modo de espera.',
      'Mantenha o quarto fresco e silencioso.',
      'Planeje acordar no mesmo horário amanhã, inclusive nos fins de semana.',
      'Procure dormir de sete a nove horas: conte para trás a partir da hora de acordar.',
      'Leia um livro de papel ou ouça algo tranquilo em vez de ficar rolando a tela.',
      'Anote as tarefas de amanhã para tirá-las da cabeça.',
      'Faça alguns alongamentos lentos e leves para as costas relaxarem antes de dormir.',
      'Respire devagar por um minuto: inspire pelo nariz e solte o ar por mais tempo.',
    ],
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
    ice: [
      'Vinte minutos com gelo, depois vinte minutos sem, e repita.',
      'Sempre envolva a bolsa de gelo em um pano ou uma toalha. Nunca coloque gelo direto na pele.',
      'Um pacote de ervilhas congeladas enrolado em um pano de prato funciona bem.',
    ],
    heat: [
      'Algumas pessoas acham o calor mais reconfortante que o frio. Use o que funcionar melhor para você.',
      'Use uma almofada térmica na temperatura baixa, com uma camada de tecido entre ela e a pele.',
      'Não tem almofada térmica? Encha uma meia limpa com arroz cru, dê um nó e aqueça no micro-ondas por 20 a 30 segundos.',
      'Teste a temperatura na mão antes de colocar nas costas.',
    ],
    notices: {
      'ice-on': {
        title: 'Aplique o gelo',
        body: 'Envolva a bolsa em um pano antes; nunca coloque direto na pele.',
      },
      'ice-off': {
        title: 'Tire o gelo — hora de descansar',
        body: 'Retire a bolsa e deixe a pele se aquecer de novo.',
      },
      'heat-on': {
        title: 'Aplique o calor',
        body: 'Mantenha um pano ou uma camada de tecido entre o calor e a pele.',
      },
      'heat-off': {
        title: 'Tire o calor — hora de descansar',
        body: 'Retire a fonte de calor e deixe a pele descansar.',
      },
      finished: {
        title: 'Sessão concluída',
        body: 'Essa foi a última rodada. Movimente-se com calma por um tempo antes de se sentar de novo.',
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
      'Primeiro, a execução correta: movimentos lentos e controlados valem mais que pesados ou rápidos.',
      'Comece leve e aumente aos poucos. Pare qualquer exercício que doa.',
    ],
    yoga: [
      'A ioga é um dos exercícios mais gentis com as costas: alonga e fortalece ao mesmo tempo.',
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
    braceCaution:
      'Uma cinta ou faixa elástica pode dar um apoio bem-vindo às costas doloridas, mas usá-la por tempo demais ' +
      'deixa os músculos mais fracos. Use-a por períodos limitados; um lembrete personalizado pode avisar quando tirá-la.',
  },
  disclaimer: {
    short: 'O Limber dá lembretes gerais de bem-estar, não orientação médica.',
    full: [
      'O Limber é um app de lembretes. Ele oferece sugestões gerais de bem-estar, não orientação médica, e não ' +
        'substitui um médico ou fisioterapeuta.',
      'Se a sua dor nas costas for forte, voltar com frequência ou não melhorar, procure um médico.',
      'O Limber nunca recomenda remédios nem doses. Pergunte sobre isso a um médico ou farmacêutico.',
      'Pare qualquer alongamento ou exercício que cause dor.',
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
    iceOrHeat: 'Gelo ou calor podem aliviar. Mantenha um pano entre a bolsa e a pele.',
    braceOff: {
      title: 'Tire a cinta por um tempo',
      body: 'Usada por tempo demais, a cinta enfraquece os músculos das costas. Deixe-os trabalhar e recoloque-a depois, se precisar.',
    },
    checkIn: {
      question: 'Como estão suas costas hoje?',
      plain: 'Dê uma nota de 0 (sem dor) a 10 e, se quiser, uma palavra. A nota fica só neste computador.',
      planDay: ({ day, days }: { day: number; days: number }) =>
        `Dia ${day} de ${days} do seu plano para dor nas costas. Dê uma nota de 0 a 10 e use gelo ou calor se ajudar.`,
    },
    frequent: ({ days, window }: { days: number; window: number }) =>
      `Suas costas doeram em ${days} dos últimos ${window} dias. Dor nas costas que volta sempre merece ser ` +
      'avaliada por um médico ou fisioterapeuta, que pode investigar a causa. Isto não é orientação médica.',
  },
  doctor: {
    title: 'Quando procurar um médico',
    lead: 'Procure um médico hoje se a dor nas costas vier com qualquer um destes sinais:',
    signs: [
      'dormência, formigamento ou fraqueza em uma perna ou um pé',
      'dificuldade para controlar a urina ou as fezes, ou dormência entre as pernas',
      'febre, ou uma sensação geral de estar doente',
      'dor que começou depois de uma queda, um acidente ou outra lesão',
      'dor que faz você acordar à noite, ou que não alivia nem quando você se deita e fica imóvel',
    ],
    lasting:
      'Dor que dura mais de alguns dias, ou que continua piorando, também deve ser avaliada por um médico.',
    disclaimer:
      'Isto não é orientação médica: o Limber não tem como saber a causa da sua dor e nunca sugere remédios.',
  },
} satisfies Catalog['content']
