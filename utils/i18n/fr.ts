import type { Messages } from './en';
import { helplineCopy } from './helpline';

/** French copy, written for teens in France, Belgium, Switzerland and Canada (tutoiement). */
export const fr: Messages = {
  tip: {
    label: 'Conseil Scrollwise',
    close: 'Fermer le conseil',
    never: 'Ne plus afficher',
  },
  reminder: {
    label: 'Rappel Scrollwise',
    break: {
      title: 'Une petite pause ?',
      body: 'Ça fait un moment que tu es sur TikTok. Quelques minutes ailleurs peuvent faire du bien, et TikTok sera toujours là.',
    },
    sleep: {
      title: 'Il se fait tard',
      body: 'Le sommeil aide pour tout, de l’humeur à la mémoire. Et si tu commençais à décrocher pour ce soir ?',
    },
    sleepLate: {
      title: 'C’est l’heure de dormir',
      body: 'Il est tard. TikTok sera encore là demain.',
    },
    door: {
      title: 'Une respiration avant TikTok',
      body: 'Tu veux toujours l’ouvrir ? Les deux choix sont bons.',
      open: 'Ouvrir TikTok',
    },
    quiet: {
      title: 'Moment sans TikTok : {name}',
      body: 'Ta famille garde {from}–{to} sans TikTok. Il sera encore là après.',
    },
    limit: {
      title: 'Tu as atteint ta limite du jour',
      body: 'Tu as passé {time} sur TikTok aujourd’hui.',
      pause: 'Respire un instant… {seconds}',
      extraUsed: 'Tu as déjà pris tes 5 minutes en plus aujourd’hui.',
      pin: 'Pour plus de temps, un parent tape le code dans une fenêtre de Scrollwise, pas sur TikTok.',
      askWindow: 'Une fenêtre de Scrollwise s’est ouverte : demande là, et un parent répond avec le code.',
      pinWindow: 'Une fenêtre de Scrollwise s’est ouverte : un parent peut y taper le code.',
      safety: 'Signaler ou bloquer quelqu’un',
      safetyLeft:
        'Pendant 10 minutes, TikTok s’ouvre là où tu signales ou bloques : une vidéo, un profil, tes messages, tes réglages. Pas le fil. Encore {count} aujourd’hui.',
      safetyElsewhere:
        'Pour signaler ou bloquer, va sur la page de la vidéo ou du profil, dans tes messages ou tes réglages : TikTok y est ouvert pour l’instant.',
    },
    limitSoon: {
      one: 'Encore 1 minute de TikTok aujourd’hui.',
      other: 'Encore {count} minutes de TikTok aujourd’hui.',
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
    ask: 'Demander plus de temps',
  },
  helpline: helplineCopy.fr,
  tips: {
    comments: {
      chip: 'Un commentaire qui blesse ?',
      title: 'Un commentaire t’a fait mal ?',
      body: 'Pointe le commentaire, ouvre son menu <strong>⋯</strong> et choisis <strong>Signaler</strong> : TikTok l’examine. Tu n’as pas besoin de répondre.',
      action: 'Montre-moi où',
    },
    report: {
      chip: 'Quel motif ?',
      title: 'Choisis la raison qui correspond le mieux.',
      body: 'Pour des moqueries ou des insultes, <strong>Haine et harcèlement</strong> convient souvent. TikTok examine chaque signalement ; tout n’est pas supprimé, et tu peux signaler encore si ça continue.',
      action: 'Montre-moi les raisons',
    },
    'report-sent': {
      chip: 'Et maintenant ?',
      title: 'Merci d’avoir signalé.',
      nextEu: 'TikTok doit te répondre ; tu peux contester sa décision gratuitement.',
      nextElsewhere: 'TikTok examine chaque signalement ; tout n’est pas supprimé.',
      body: 'Ça fait encore mal ? <strong>Bloque</strong> le compte, parles-en à quelqu’un de confiance ou {to}.',
      bodyDirectory:
        'Ça fait encore mal ? <strong>Bloque</strong> le compte, parles-en à un adulte de confiance ou à une ligne d’écoute.',
    },
    'privacy-settings': {
      chip: 'Qui te voit',
      title: 'Tu décides qui te voit.',
      body: 'Avec un <strong>compte privé</strong>, seuls les abonnés que tu acceptes voient tes vidéos, ta bio et tes j’aime ; on peut te trouver et voir ta photo et ton nom. Avant 16 ans : pas de messages.',
      action: 'Montre-moi où',
    },
    'screen-time-settings': {
      chip: 'Ta limite du jour',
      title: 'Une limite qui te va.',
      body: 'Les comptes de 13 à 17 ans commencent avec 60 minutes de <strong>temps d’écran quotidien</strong> ; tu peux le changer ici. Scrollwise compte aussi ton temps sur cet ordinateur : règle sa limite dans sa fenêtre.',
      action: 'Montre-moi la limite quotidienne',
    },
    messages: {
      chip: 'Messages d’inconnus',
      title: 'Messages d’inconnus',
      body: 'Photos ou argent exigés ? N’envoie rien, ne paie pas : ce n’est pas ta faute. Capture la discussion, jamais les images. <strong>Bloque</strong>, parles-en.',
      imageRemoval: {
        'take-it-down': '<strong>Take It Down</strong> aide à faire retirer tes nudes.',
        'report-remove': '<strong>Report Remove</strong> (Childline) aide à faire retirer tes nudes.',
        '3018': 'Le <strong>3018</strong> peut faire retirer des images vite.',
      },
    },
    'message-request': {
      chip: 'Une demande de message',
      title: 'Une demande de message',
      body: 'C’est toi qui choisis qui peut t’écrire. Tu peux <strong>supprimer</strong> une demande ou <strong>signaler</strong> la personne sans répondre.',
      action: 'Montre-moi',
    },
    'comment-filters': {
      chip: 'Filtres de commentaires',
      title: 'Des filtres pour tes vidéos',
      body: '<strong>Filtrer les mots-clés</strong> masque les commentaires avec tes mots. <strong>Filtrer les spams et les commentaires offensants</strong> les masque pour toi ; tu peux corriger ses erreurs. <strong>Filtrer tous les commentaires</strong> attend ton accord.',
      action: 'Montre-moi où',
    },
    'report-self-harm': {
      chip: 'Quelqu’un va mal ?',
      title: 'Tu t’inquiètes pour quelqu’un ?',
      body: 'Signaler peut aider cette personne. Parles-en à un adulte de confiance. Et si toi aussi tu vas mal, parle {to}, jour et nuit.',
      bodyDirectory:
        'Signaler peut aider cette personne. Parles-en à un adulte de confiance. Et si toi aussi tu vas mal, une ligne d’écoute peut t’écouter.',
    },
    'content-preferences': {
      chip: 'Choisis ce que tu vois',
      title: 'Ton fil, ton choix.',
      body: 'Ici, un <strong>filtre de mots-clés</strong> masque les vidéos avec les mots ou hashtags que tu choisis. Dans l’appli, tu peux aussi actualiser ton fil Pour toi : un nouveau départ, sans rien supprimer.',
      action: 'Montre-moi le filtre de mots-clés',
    },
    feed: {
      chip: 'Pilote ton fil',
      title: 'Ton fil apprend de ce que tu regardes.',
      body: 'Pas pour toi ? Ouvre <strong>⋯</strong> sur la vidéo, puis <strong>Pas intéressé(e)</strong>, pour en voir moins comme ça.',
      action: 'Montre-moi',
      thanks:
        'C’est noté : ton fil s’adapte au fil des vidéos. Toujours pas ça ? Actualise ton fil Pour toi dans l’appli.',
    },
  },
};
