import type { OptionsMessages } from './options.en';

/** The options page's copy in French, loaded only when the page is in French. */
export const optionsFr: OptionsMessages = {
  familySharing: {
    title: 'Partage familial',
    what: 'Désactivé tant qu’un parent ne l’active pas. Une fois activé, le temps passé sur TikTok chaque jour sur cet ordinateur (sous le nom ci-dessous), les réglages, l’empreinte du verrou parental, une demande de temps en plus et le fait que Scrollwise voie encore TikTok ici passent par la synchronisation du compte de ce navigateur vers les autres ordinateurs de la famille où le même compte est connecté : la limite du jour les compte tous, et un changement fait sur un ordinateur vaut pour tous. Rien d’autre n’est partagé : aucune page, aucune vidéo, aucune heure. Rien ne va à Scrollwise : il n’a pas de serveur.',
    on: 'Partager les totaux du jour avec les autres ordinateurs de la famille',
    name: 'Nom de cet ordinateur',
    saveName: 'Enregistrer le nom',
    nameSaved: 'Enregistré : les autres ordinateurs afficheront celui-ci sous ce nom.',
    browsers:
      'Chaque ordinateur a besoin du même compte de navigateur connecté, avec la synchronisation activée : dans Chrome et Edge avec les extensions cochées, dans Firefox avec les modules cochés. Chrome et Firefox ne se synchronisent jamais entre eux.',
    off: 'Compté sur cet ordinateur seulement.',
  },
  check: {
    title: 'Vérifier TikTok',
    intro:
      'Pour les tests et les signalements de bug : ce que Scrollwise reconnaît dans le dernier onglet TikTok utilisé, repère par repère. Ouvrez d’abord la page TikTok à vérifier. Le texte (en anglais) ne contient ni adresse, ni nom, ni texte de la page, et reste ici tant que vous ne le collez pas ailleurs.',
    run: 'Vérifier l’onglet TikTok',
    copy: 'Copier le texte',
    copied: 'Copié',
    result: 'Ce que voit Scrollwise, en texte',
  },
  options: {
    safetyTitle: 'Passes de sécurité cette semaine',
    safetyIntro:
      'À la limite du jour, « Signaler ou bloquer quelqu’un » ouvre TikTok pour 10 minutes là où l’on signale et bloque (la page d’une vidéo ou d’un profil, les messages, les réglages), jamais sur le fil, trois fois par jour au plus. Votre ado voit le même décompte.',
    fightsTitle: 'Quand une page TikTok a contourné la limite',
    fightsIntro:
      'Seul un script peut faire cela : un favori JavaScript, une autre extension ou la page elle-même. Les stratégies du navigateur, plus bas, ferment les autres portes.',
    fightsLine:
      '{date} : une page TikTok a empêché l’écran de limite quotidienne de s’afficher. Scrollwise a montré son propre écran à la place.',
    title: 'Réglages de Scrollwise',
    welcomeTitle: 'Bienvenue dans Scrollwise',
    steps: [
      'Sur TikTok, un court conseil montre le bon outil au bon moment : signaler, bloquer, confidentialité, messages.',
      'Il compte le temps passé sur TikTok sur cet ordinateur, et rappelle les pauses, le sommeil et la limite du jour.',
      'Rien ne quitte cet ordinateur sans le partage familial, qu’un parent active : pas de compte, pas de pistage. Vous pouvez voir et supprimer tout ce qu’il garde.',
    ],
    countryTitle: 'Votre pays',
    countryIntro:
      'Il choisit la ligne d’écoute proposée quand quelqu’un a besoin de parler. Deviné d’après le fuseau horaire et la langue de cet ordinateur.',
    limitsTitle: 'Des limites choisies avec votre ado',
    limitsIntro:
      'Des règles que l’ado a aidé à choisir marchent mieux que des règles imposées. Chaque changement est enregistré aussitôt.',
    lockStepTitle: 'Un verrou parental, en dernier',
    lockStepIntro:
      'Facultatif. Posez-le une fois les limites choisies ensemble : il empêche ces réglages de changer sans vous.',
    doneTitle: 'C’est prêt',
    doneBody: 'Scrollwise est prêt sur cet ordinateur. Tout peut être changé plus tard dans ses réglages.',
    done: 'Terminé',
    allSettings: 'Tous les réglages',
    countryLabel: 'Pays',
    countryUnknown: 'Un autre pays (un annuaire des lignes d’écoute)',
    countrySaved: 'Enregistré.',
    countryPreview: 'Les conseils et rappels proposeront :',
    guideTitle: 'Guide pour les parents',
    helpNow: 'De l’aide pour votre ado, ou pour vous, maintenant :',
    guide: [
      '<strong>Ce que Scrollwise couvre</strong> : TikTok dans ce navigateur, sur cet ordinateur. <strong>Pas le téléphone</strong>, où les ados utilisent le plus TikTok : là, c’est la Connexion Famille de TikTok (« Family Pairing ») qui règle le temps d’écran et la confidentialité.',
      '<strong>Fixez les limites ensemble</strong> : des règles que l’ado a aidé à choisir marchent mieux que des règles imposées.',
      '<strong>L’écran de la limite</strong> : « Fermer TikTok » marche tout de suite ; « 5 minutes de plus » (une fois par jour, avec votre code si un verrou est posé) attend 10 secondes. « Signaler ou bloquer quelqu’un » ouvre TikTok pour 10 minutes là où l’on signale et bloque, pas sur le fil, trois fois par jour ; chaque usage est listé sur cette page et dans la fenêtre de Scrollwise.',
      'Le verrou parental empêche les changements faits à la légère ; <strong>ce n’est pas un mur</strong>. L’ado voit toujours qu’il est activé. Un code oublié : il faut désinstaller et réinstaller Scrollwise, ce qui efface ses données.',
      '<strong>Si votre ado vous confie quelque chose</strong> : écoutez, et remerciez-le de vous l’avoir dit. Ne lui retirez pas son téléphone ni son ordinateur : il risquerait de ne plus rien vous dire. Gardez les preuves (captures de la conversation et du compte, jamais des images intimes) et signalez ensemble. Le 3018 répond aussi aux parents (gratuit, 7j/7 de 9h à 23h). En danger, appelez le 112 ou le 17.',
      '<strong>Le partage familial</strong> (désactivé tant que vous ne l’activez pas) : le temps de chaque jour de chaque ordinateur, les réglages et l’empreinte du verrou passent par la synchronisation du compte de votre navigateur vers les autres ordinateurs de la famille. L’empreinte est un hachage salé et ralenti du code, jamais le code, mais quelqu’un qui lit vos données synchronisées pourrait essayer tous les codes à 4 chiffres : une phrase secrète est bien plus sûre. Pour arrêter, décochez le partage sur chaque ordinateur ; chacun garde son propre temps.',
      'Un autre navigateur, un autre profil ou une fenêtre privée ne sont pas couverts, et dans Chrome et Edge n’importe qui peut couper l’accès de Scrollwise à TikTok depuis son menu (cette page le dit alors, et quand). Les <strong>stratégies du navigateur</strong> comblent ces trous : exemples ci-dessous, à copier.',
      'Scrollwise n’est <strong>pas affilié à TikTok</strong>.',
    ],
    policyTitle: 'Stratégies du navigateur',
    policyIntro:
      'Une stratégie installe Scrollwise de force (son accès à TikTok ne peut alors plus être coupé), ferme les fenêtres privées et fixe des réglages que personne ne peut changer ici. L’identifiant de cette installation est déjà dans les exemples. Vérifiez le résultat sur chrome://policy.',
  },
};
