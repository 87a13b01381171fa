import { isTikTokUrl } from '../tiktok-url';

/** The parts of `runtime.MessageSender` the worker checks. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; active?: boolean; windowId?: number };
}

/**
 * A content script of this extension in a tiktok.com page: a tab's top frame, or TikTok shown in a frame
 * (its embed player on another site), which is counted and limited on the tab that shows it. The URL is
 * the frame's own, so another site's page never passes.
 */
export function isTikTokPage(sender: SenderInfo, extensionId: string): boolean {
  if (sender.id !== extensionId || !sender.tab || typeof sender.frameId !== 'number' || !sender.url) return false;
  return isTikTokUrl(sender.url);
}

/**
 * One of this extension's own pages (popup, options, the PIN window): the only senders allowed to export,
 * import, delete or touch the lock. Judged by the page's own URL: the options page runs in a tab, so
 * Chromium gives it a `sender.tab`, while a content script's URL is always the web page's.
 */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
