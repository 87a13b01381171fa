import type { Messages } from './en';

/** French copy, written for teens in France, Belgium, Switzerland and Canada (tutoiement). */
export const fr: Messages = {
  tip: {
    label: 'Conseil Scrollwise',
    close: 'Fermer le conseil',
    never: 'Ne plus afficher',
  },
  nudge: {
    label: 'Rappel Scrollwise',
    break: {
      title: 'Une petite pause ?',
      body: 'Ça fait un moment que tu es sur TikTok. Quelques minutes ailleurs peuvent faire du bien, et TikTok sera toujours là.',
    },
    sleep: {
      title: 'Il se fait tard',
      body: 'Le sommeil aide pour tout, de l’humeur à la mémoire. Et si tu commençais à décrocher pour ce soir ?',
    },
    limit: {
      title: 'Tu as atteint ta limite du jour',
      body: 'Tu as passé {time} sur TikTok aujourd’hui.',
      pause: 'Respire un instant… {seconds}',
      extraUsed: 'Tu as déjà pris tes 5 minutes en plus aujourd’hui.',
      pin: 'Pour plus de temps, un parent tape le code dans une fenêtre de Scrollwise, pas sur TikTok.',
      pinWindow: 'Une fenêtre de Scrollwise s’est ouverte : un parent peut y taper le code.',
      safety: 'Signaler ou bloquer quelqu’un',
      safetyLeft:
        'Les outils de signalement et de blocage de TikTok s’ouvrent pour 10 minutes (encore {count} aujourd’hui).',
    },
    safetyRunning: 'Pour signaler ou bloquer : encore {time}',
    needTalk: 'Besoin de parler ?',
    running: {
      title: 'Profite de ta pause',
      body: 'Étire-toi, bois un verre d’eau, regarde par la fenêtre. TikTok est en pause d’ici là.',
      left: 'encore {time}',
    },
    takeBreak: 'Faire une pause de 5 minutes',
    close: 'Fermer TikTok',
    continue: 'Continuer à regarder',
    extra: '5 minutes de plus',
  },
  tips: {
    comments: {
      title: 'Un commentaire t’a blessé·e ? Tu as des outils.',
      body: 'Ouvre le menu <strong>⋯</strong> du commentaire et choisis <strong>Signaler</strong> : les modérateurs de TikTok y jettent un œil. Sur tes vidéos, tu peux filtrer les commentaires par mots-clés ou masquer le spam et les propos offensants.',
      action: 'Montre-moi où',
    },
    report: {
      title: 'Choisis le motif qui correspond le mieux.',
      body: 'Les signalements sont vérifiés par les systèmes et les modérateurs de TikTok, et ce qui enfreint les règles est supprimé. Tu peux aussi <strong>bloquer</strong> le compte depuis le menu ⋯ de son profil : il ne pourra plus t’écrire ni commenter.',
      action: 'Montre-moi les motifs',
    },
    'report-sent': {
      title: 'Merci d’avoir signalé.',
      body: 'Les modérateurs l’examinent et retirent ce qui enfreint les règles ; l’appli TikTok montre où il en est. Si quelqu’un continue à te faire du mal, <strong>bloque-le</strong> et parles-en à quelqu’un de confiance, ou au <strong>{helpline}</strong> ({hours}).',
      bodyNoHours:
        'Les modérateurs l’examinent et retirent ce qui enfreint les règles ; l’appli TikTok montre où il en est. Si quelqu’un continue à te faire du mal, <strong>bloque-le</strong> et parles-en à quelqu’un de confiance, ou au <strong>{helpline}</strong>.',
      actionDirectory: 'Trouver une ligne d’écoute',
      actionOnline: 'Contacter le {helpline}',
      fromPhone: 'Depuis un téléphone : {number}',
    },
    'privacy-settings': {
      title: 'C’est toi qui décides qui te voit et te contacte.',
      body: 'Avec un <strong>compte privé</strong>, seuls les abonnés que tu acceptes voient tes vidéos. Ici, tu choisis aussi qui peut commenter, t’envoyer des messages, faire un Duo ou un Collage, et si TikTok suggère ton compte.',
      action: 'Montre-moi où',
    },
    'screen-time-settings': {
      title: 'Une limite qui te convient.',
      body: 'Le <strong>temps d’écran quotidien</strong> permet à TikTok de te prévenir quand tu atteins ta limite, et les pauses te le rappellent après un long moment. Scrollwise compte aussi de son côté : règle une limite dans sa fenêtre.',
      action: 'Montre-moi la limite quotidienne',
    },
    messages: {
      title: 'Des messages d’inconnus',
      body: 'On peut mentir en ligne. N’envoie ni photos ni argent. Pression ou menace ? Ce n’est pas ta faute : garde des captures, <strong>bloque</strong>, parles-en.',
      imageRemoval: {
        'take-it-down':
          '<strong>Take It Down</strong> aide à retirer tes images intimes d’avant 18 ans, sur les sites partenaires.',
        'report-remove':
          '<strong>Report Remove</strong> (Childline) aide les moins de 18 ans à faire retirer leurs images intimes.',
        '3018':
          'Le <strong>3018</strong> peut faire retirer des images vite ; tu peux aussi signaler sur <strong>Pharos</strong>.',
      },
      actionOnline: 'Parler au {helpline}',
      actionDirectory: 'Trouver une ligne d’écoute',
    },
    'message-request': {
      title: 'Une demande de message',
      body: 'C’est toi qui choisis qui peut t’écrire. Tu peux <strong>supprimer</strong> une demande ou <strong>signaler</strong> la personne sans répondre.',
      action: 'Montre-moi',
    },
  },
};
