import type { Messages } from './en';

/** French copy, written for teens in France, Belgium, Switzerland and Canada (tutoiement). */
export const fr: Messages = {
  tip: {
    label: 'Conseil Scrollwise',
    close: 'Fermer le conseil',
    never: 'Ne plus afficher',
    closed: 'Conseil fermé. Scrollwise le remontrera la prochaine fois.',
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
      action: 'Appeler le {helpline}',
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
  },
};
