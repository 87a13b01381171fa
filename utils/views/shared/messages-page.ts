import { MESSAGES } from '../selectors';
import { firstShown } from './dom';
import type { OnScreen, PageAddress } from './view';

/** TikTok's messages page; opening or closing a chat does not change the URL. */
export const isMessagesPage = (url: PageAddress): boolean => /^\/messages(\/|$)/.test(url.pathname);

/**
 * The chat pane when a chat (or a request) is open in it: an empty pane shows only an icon. Looked for
 * under the evidence's pane hooks, then anywhere, since the newer generation may nest them differently.
 */
export function openChat(doc: Document, onScreen: OnScreen): Element | null {
  const pane = firstShown(doc, MESSAGES.chatBox, onScreen);
  const marker = firstShown(pane ?? doc, [...MESSAGES.chatOpen, ...MESSAGES.composer, ...MESSAGES.request], onScreen);
  if (!marker) return null;
  return pane?.contains(marker) ? pane : (marker.closest('section, main, [role="main"]') ?? marker.parentElement);
}
