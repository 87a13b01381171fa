import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context without its start-up handshake. WXT lets a newer copy of a script stop an
 * older one through a DOM event and a `postMessage` named after the extension's id; any script on the page
 * can send the same event (the id of a store extension is public) and so switch Scrollwise off, and the
 * message tells every page the id. Here an old copy stops only when the extension itself goes away, which
 * `isValid` notices at the next timer. Timers, frames and listeners still go through the context.
 */
export class ScriptContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
