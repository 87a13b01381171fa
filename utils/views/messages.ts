import { MESSAGES } from './selectors';
import { firstShown } from './shared/dom';
import { isMessagesPage, openChat } from './shared/messages-page';
import { defineView } from './shared/view';

/**
 * The messages view: the inbox or a conversation on `/messages`, in either generation of TikTok's hooks.
 * The anchor is the open chat (the tip sits beside it), else the conversation list. A page with neither
 * (an account under 16 has no messaging) is not this view.
 */
export const messages = defineView({
  id: 'messages',
  theme: 'messages',
  holdsReminders: false,
  offersHelp: true,
  attention: 'spaced',
  detect(url, doc, onScreen = () => true) {
    // An opened request is a view of its own (message-request.ts), with its own tip.
    if (!isMessagesPage(url) || firstShown(doc, MESSAGES.request, onScreen)) return null;
    const chat = openChat(doc, onScreen);
    if (chat) return chat;
    const list = firstShown(doc, MESSAGES.list, onScreen);
    // A list counts once it holds a conversation: an empty shell still loading would flash a tip.
    if (list && firstShown(list, MESSAGES.row, onScreen)) return list;
    const row = firstShown(doc, MESSAGES.row.slice(0, 2), onScreen);
    return row?.parentElement ?? null;
  },
  showMeTarget: () => null,
});
