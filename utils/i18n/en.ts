import { helplineCopy } from './helpline';

/**
 * English copy. Written from ../shared/research/tip-facts.md in our own words: short, warm, never shaming,
 * and only what the sources confirm. `fr.ts` must have every key (a test checks).
 */
/** Tip bodies may use <strong> around TikTok's own labels, and nothing else (components/RichText.tsx). */
export const en = {
  tip: {
    label: 'Scrollwise tip',
    close: 'Close tip',
    never: 'Don’t show this again',
  },
  reminder: {
    label: 'Scrollwise reminder',
    break: {
      title: 'Time for a breather?',
      body: 'You’ve been on TikTok for a while. A few minutes away can feel good, and TikTok will still be here.',
    },
    sleep: {
      title: 'It’s getting late',
      body: 'Sleep helps with everything, from mood to memory. Maybe start winding down for tonight?',
    },
    // Later in the night, plainer: one ask, no list of benefits (TikTok's Wind Down does the same).
    sleepLate: {
      title: 'Time to sleep',
      body: 'It’s late. TikTok will still be here tomorrow.',
    },
    // One sec's pause: a breath, then a free choice; nothing to argue with.
    door: {
      title: 'A breath before TikTok',
      body: 'Still want to open it? Either way is fine.',
      open: 'Open TikTok',
    },
    quiet: {
      title: 'No-TikTok time: {name}',
      body: 'Your family keeps {from}–{to} free of TikTok. It will still be here after.',
    },
    limit: {
      title: 'That’s your daily limit',
      body: 'You’ve spent {time} on TikTok today.',
      pause: 'Take a breath… {seconds}',
      extraUsed: 'You’ve already had your 5 extra minutes today.',
      pin: 'More time needs a parent: they type the PIN in a Scrollwise window, not on TikTok.',
      pinWindow: 'A Scrollwise window opened: a parent can type the PIN there.',
      askWindow: 'A Scrollwise window opened: ask there, and a parent answers with the PIN.',
      safety: 'Report or block someone',
      safetyLeft:
        'For 10 minutes, TikTok opens where you report or block: a video, a profile, messages, settings. Not the feed. {count} left today.',
      safetyElsewhere:
        'To report or block, go to the video’s or the profile’s page, your messages or your settings: TikTok is open there for now.',
    },
    limitSoon: { one: '1 minute of TikTok left today.', other: '{count} minutes of TikTok left today.' },
    safetyRunning: 'Time to report or block: {time} left',
    needTalk: 'Need to talk?',
    running: {
      title: 'Enjoy your break',
      body: 'Stretch, drink some water, look out of a window. TikTok is paused until then.',
      left: '{time} left',
    },
    takeBreak: 'Take a 5-minute break',
    close: 'Close TikTok',
    continue: 'Keep watching',
    extra: '5 more minutes',
    ask: 'Ask for more time',
  },
  helpline: helplineCopy.en,
  tips: {
    comments: {
      chip: 'A comment hurt?',
      title: 'A comment hurt?',
      body: 'Point at the comment, open its <strong>⋯</strong> menu and choose <strong>Report</strong>: TikTok reviews it. You don’t have to answer.',
      action: 'Show me where',
    },
    report: {
      chip: 'Which reason?',
      title: 'Pick the reason that fits best.',
      body: 'For bullying or insults, <strong>Hate and harassment</strong> usually fits. TikTok reviews every report; not everything reported is removed, and you can report again if it goes on.',
      action: 'Show me the reasons',
    },
    // What happens next: in the EU the Digital Services Act (Arts. 16, 20) makes TikTok tell the reporter its
    // decision and offer a free appeal; elsewhere, what TikTok's help says (tip-facts.md, "After a report").
    'report-sent': {
      chip: 'What next?',
      title: 'Thanks for speaking up.',
      nextEu: 'TikTok must tell you its decision; you can appeal for free.',
      nextElsewhere: 'TikTok reviews every report; not everything reported is removed.',
      body: 'Still hurting? <strong>Block</strong> the account and talk to someone you trust or {to}.',
      bodyDirectory: 'Still hurting? <strong>Block</strong> the account and talk to an adult you trust or a helpline.',
    },
    // What a private account shows: TikTok's Help Center, as ../shared/research/tip-facts-2026-12.md reads it.
    'privacy-settings': {
      chip: 'Who sees you',
      title: 'You decide who sees you.',
      body: 'With a <strong>private account</strong>, only followers you approve see your videos, bio and likes; anyone can still find you and see your photo and name. Under 16: comments from Friends or No one, no messages.',
      action: 'Show me where',
    },
    'screen-time-settings': {
      chip: 'Your daily limit',
      title: 'A limit that works for you.',
      body: 'Accounts aged 13–17 start with a 60-minute <strong>Daily screen time</strong>; you can change it here. Scrollwise also counts your time on this computer: set its limit in its popup.',
      action: 'Show me the daily limit',
    },
    // Sextortion, as NSPCC, NCMEC, the FBI and cybermalveillance.gouv.fr advise (tip-facts-2026-12.md): never
    // a word that blames a teen who already sent something, never a screenshot of the images themselves.
    messages: {
      chip: 'Stranger messages',
      title: 'Strangers’ messages',
      body: 'Asked for images or money? Send nothing, don’t pay: it’s not your fault. Screenshot the chat, never images; <strong>block</strong>; tell someone.',
      imageRemoval: {
        'take-it-down': '<strong>Take It Down</strong> helps remove nude images taken under 18.',
        'report-remove': 'Childline’s <strong>Report Remove</strong> gets nude images of under-18s taken down.',
        '3018': 'The <strong>3018</strong> can get images taken down fast.',
      },
    },
    'message-request': {
      chip: 'A message request',
      title: 'A message request',
      body: 'You choose who can message you. You can <strong>Delete</strong> a request or <strong>Report this user</strong> without answering.',
      action: 'Show me',
    },
    'comment-filters': {
      chip: 'Comment filters',
      title: 'Filters for comments on your videos',
      body: '<strong>Filter keywords</strong> hides comments with words you choose. <strong>Filter spam and offensive comments</strong> hides them for you; you can approve any it gets wrong. <strong>Filter all comments</strong> waits for your OK.',
      action: 'Show me where',
    },
    // Suicide and self-harm: the teen may be worried for someone, or be the one struggling. Reporting and
    // telling an adult, then the country's crisis line, open day and night (README, "Helpline facts").
    'report-self-harm': {
      chip: 'Someone struggling?',
      title: 'Worried about someone?',
      body: 'Reporting can get this person help. Tell an adult you trust. And if you feel this way too, talk to {to}, day or night.',
      bodyDirectory:
        'Reporting can get this person help. Tell an adult you trust. And if you feel this way too, a helpline near you can listen.',
    },
    // What TikTok's feed tools do is UNCONFIRMED in tip-facts.md: each sentence says only what the tool is for.
    'content-preferences': {
      chip: 'Shape what you see',
      title: 'Your feed, your say.',
      body: 'A <strong>keyword filter</strong> here hides videos with words or hashtags you pick. In the app you can also refresh your For You feed: a fresh start, nothing deleted.',
      action: 'Show me the keyword filter',
    },
    feed: {
      chip: 'Steer your feed',
      title: 'Your feed learns from what you watch.',
      body: 'Not for you? Open <strong>⋯</strong> on the video, then <strong>Not interested</strong>, to see fewer like it.',
      action: 'Show me',
      thanks: 'Noted: your feed adapts over the next videos. Still not right? Refresh your For You feed in the app.',
    },
  },
} as const;

/** Same keys as the English copy, any wording. */
export type Messages = DeepStrings<typeof en>;
type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
