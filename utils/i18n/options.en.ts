import type { DeepStrings } from './pages.en';

/**
 * The options page's own copy (the welcome, the guide for parents, browser policy, Check TikTok): loaded by
 * that page alone, so the popup opens without it. Written for parents (vous in French).
 */
export const optionsEn = {
  familySharing: {
    title: 'Family sharing',
    what: 'Off unless a parent turns it on. Then this computer’s time on TikTok per day (under the name below), the settings, the parent lock’s record, an ask for more time and whether Scrollwise can still see TikTok here go through this browser account’s own sync to the family’s other computers where the same account is signed in: the daily limit counts them all, and a change made on one computer holds on all. Nothing else is shared: no page, no video, no hour. Nothing goes to Scrollwise: it has no server.',
    on: 'Share daily totals with the family’s other computers',
    name: 'This computer’s name',
    saveName: 'Save the name',
    nameSaved: 'Saved: the other computers will list this one under that name.',
    browsers:
      'Each computer needs the same browser account signed in, with sync on: in Chrome and Edge with Extensions ticked, in Firefox with Add-ons ticked. Chrome and Firefox never sync with each other.',
    off: 'Counting on this computer only.',
  },
  check: {
    title: 'Check TikTok',
    intro:
      'For testers and bug reports: what Scrollwise recognizes on the TikTok tab you used last, hook by hook. Open the TikTok page you want to check first. The text holds no address, name or page text, and stays here unless you paste it somewhere.',
    run: 'Check the TikTok tab',
    copy: 'Copy the text',
    copied: 'Copied',
    result: 'What Scrollwise sees, as text',
  },
  options: {
    safetyTitle: 'Safety passes this week',
    safetyIntro:
      'At the daily limit, “Report or block someone” opens TikTok for 10 minutes where reporting and blocking happen (a video’s or a profile’s page, messages, settings), never on the feed, three times a day at most. Your teen sees the same count.',
    fightsTitle: 'When a TikTok page fought the limit',
    fightsIntro:
      'Only a script can do this: a bookmarklet, another extension, or the page itself. The browser policies below close the remaining doors.',
    fightsLine:
      '{date}: a TikTok page kept the daily limit’s screen from being seen. Scrollwise showed its own screen in its place.',
    title: 'Scrollwise settings',
    welcomeTitle: 'Welcome to Scrollwise',
    steps: [
      'On TikTok, a short tip shows the right tool at the right moment: reporting, blocking, privacy, messages.',
      'It counts time on TikTok on this computer, and reminds about breaks, sleep and the daily limit.',
      'Nothing leaves this computer unless you turn on family sharing: no account, no tracking. You can see and delete all it keeps.',
    ],
    countryTitle: 'Your country',
    countryIntro:
      'It picks the helpline offered when someone needs to talk. Guessed from this computer’s time zone and language.',
    limitsTitle: 'Limits, chosen with your teen',
    limitsIntro: 'Rules a teen helped choose work better than rules imposed. Each change is saved at once.',
    lockStepTitle: 'A parent lock, last',
    lockStepIntro: 'Optional. Set it once the limits suit you both: it keeps these settings from changing without you.',
    doneTitle: 'All set',
    doneBody: 'Scrollwise is ready on this computer. Everything here can be changed later in its settings.',
    done: 'Done',
    allSettings: 'All settings',
    countryLabel: 'Country',
    countryUnknown: 'Another country (a directory of helplines)',
    countrySaved: 'Saved.',
    countryPreview: 'Tips and reminders will offer:',
    guideTitle: 'A guide for parents',
    helpNow: 'Help for your teen, or for you, right now:',
    guide: [
      '<strong>What Scrollwise covers</strong>: TikTok in this browser, on this computer. <strong>Not the phone</strong>, where teens use TikTok most: there, TikTok’s own Family Pairing sets screen time and privacy.',
      '<strong>Agree on the limits together</strong>: rules a teen helped choose work better than rules imposed.',
      '<strong>The limit screen</strong>: “Close TikTok” works at once; “5 more minutes” (once a day, with your PIN if a lock is set) waits 10 seconds. “Report or block someone” opens TikTok for 10 minutes where reporting and blocking happen, not on the feed, three times a day; each use is listed on this page and in the popup.',
      'A parent lock stops casual changes; <strong>it is not a wall</strong>. The teen always sees that it is on. A forgotten PIN means removing and reinstalling Scrollwise, which deletes its data.',
      '<strong>If your teen tells you something happened</strong>: listen, and thank them for telling you. Don’t take the device away: they would stop telling you. Keep the evidence (screenshots of the chat and of the account, never of intimate images) and report it together. The helpline Scrollwise offers listens to parents too (in France, the 3018). In danger, call the emergency number: 112 in Europe, 999 in the UK, 911 in North America, 000 in Australia.',
      '<strong>Family sharing</strong> (off unless you turn it on): each computer’s daily time, the settings and the lock’s record go through your browser account’s own sync to the family’s other computers. The lock’s record is a salted, slowed hash of the PIN, never the PIN, but someone who can read your sync data could try every 4-digit PIN: a passphrase is much safer. To stop, untick sharing on each computer; each keeps its own time.',
      'Another browser, another browser profile or a private window is not covered, and in Chrome and Edge anyone can turn off Scrollwise’s access to TikTok from its menu (this page then says so, and when). <strong>Browser policies</strong> close these gaps: examples to copy below.',
      'Scrollwise is <strong>not affiliated with TikTok</strong>.',
    ],
    policyTitle: 'Browser policies',
    policyIntro:
      'A policy force-installs Scrollwise (its access to TikTok can then not be turned off), closes private windows and sets settings nobody can change here. This installation’s id is already in the examples. Check the result at chrome://policy.',
  },
} as const;

export type OptionsMessages = DeepStrings<typeof optionsEn>;
