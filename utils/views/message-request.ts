import { MESSAGES } from './selectors';
import { firstShown } from './shared/dom';
import { isMessagesPage } from './shared/messages-page';
import { defineView } from './shared/view';

/**
 * The message-request view: a conversation opened from "Message requests" (someone the teen does not
 * follow), where TikTok shows "Accept / Delete / Report this user" in place of the composer. The anchor is
 * that box; the tip's "Show me" points at it, and never covers it.
 */
export const messageRequest = defineView({
  id: 'message-request',
  theme: 'messages',
  holdsReminders: false,
  offersHelp: false,
  attention: 'always',
  detect: (url, doc, onScreen) => (isMessagesPage(url) ? firstShown(doc, MESSAGES.request, onScreen) : null),
  showMeTarget: (anchor) => anchor,
});
