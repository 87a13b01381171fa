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
  nudge: {
    label: 'Scrollwise reminder',
    break: {
      title: 'Time for a breather?',
      body: 'You’ve been on TikTok for a while. A few minutes away can feel good, and TikTok will still be here.',
    },
    sleep: {
      title: 'It’s getting late',
      body: 'Sleep helps with everything, from mood to memory. Maybe start winding down for tonight?',
    },
    limit: {
      title: 'That’s your daily limit',
      body: 'You’ve spent {time} on TikTok today.',
      pause: 'Take a breath… {seconds}',
      extraUsed: 'You’ve already had your 5 extra minutes today.',
      pin: 'More time needs a parent: they type the PIN in a Scrollwise window, not on TikTok.',
      pinWindow: 'A Scrollwise window opened: a parent can type the PIN there.',
      safety: 'Report or block someone',
      safetyLeft: 'TikTok’s report and block tools open for 10 minutes ({count} left today).',
    },
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
  },
  tips: {
    comments: {
      title: 'A comment hurt? You have tools.',
      body: 'Open the comment’s <strong>⋯</strong> menu and choose <strong>Report</strong>: TikTok’s moderators take a look. On your own videos, you can filter comments by keyword or hide spam and offensive ones.',
      action: 'Show me where',
    },
    report: {
      title: 'Pick the reason that fits best.',
      body: 'Reports are checked by TikTok’s systems and moderators, and what breaks the rules is removed. You can also <strong>block</strong> the account from its profile’s ⋯ menu, so it can’t message you or comment.',
      action: 'Show me the reasons',
    },
    'report-sent': {
      title: 'Thanks for speaking up.',
      body: 'Moderators review it and remove what breaks the rules; the TikTok app shows its status. If someone keeps hurting you, <strong>block</strong> them and talk to someone you trust, or to <strong>{helpline}</strong> ({hours}).',
      bodyNoHours:
        'Moderators review it and remove what breaks the rules; the TikTok app shows its status. If someone keeps hurting you, <strong>block</strong> them and talk to someone you trust, or to <strong>{helpline}</strong>.',
      actionDirectory: 'Find a helpline',
      actionOnline: 'Contact {helpline}',
      fromPhone: 'From a phone: {number}',
    },
    'privacy-settings': {
      title: 'You decide who sees and reaches you.',
      body: 'With a <strong>private account</strong>, only followers you approve see your videos. Here you also choose who can comment, message you, Duet or Stitch your videos, and whether TikTok suggests your account.',
      action: 'Show me where',
    },
    'screen-time-settings': {
      title: 'A limit that works for you.',
      body: '<strong>Daily screen time</strong> lets TikTok tell you when you reach your limit, and breaks remind you after a long stretch. Scrollwise keeps its own count too: set a limit in its popup.',
      action: 'Show me the daily limit',
    },
    messages: {
      title: 'Messages from people you don’t know',
      body: 'Anyone can pretend online. Never send photos or money. Pressured or threatened? It’s not your fault: keep screenshots, <strong>block</strong>, and talk to someone.',
      imageRemoval: {
        'take-it-down':
          '<strong>Take It Down</strong> helps remove nude images taken before 18, on sites that take part.',
        'report-remove':
          'Childline’s <strong>Report Remove</strong> helps under-18s get nude images of them taken down.',
        '3018':
          'The <strong>3018</strong> can get images taken down fast; you can also report to <strong>Pharos</strong>.',
      },
      actionOnline: 'Talk to {helpline}',
      actionDirectory: 'Find a helpline',
    },
    'message-request': {
      title: 'A message request',
      body: 'You choose who can message you. You can <strong>Delete</strong> a request or <strong>Report this user</strong> without answering.',
      action: 'Show me',
    },
  },
} as const;

/** Same keys as the English copy, any wording. */
export type Messages = DeepStrings<typeof en>;
type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
