import type { Messages } from '../i18n';
import type { WorkerRequest } from '../requests';
import type { sendToWorker } from '../worker/client';
import type { ReminderChoice, ReminderKind } from './decide';
import { extraTimeError } from './session';

/** What the reminder does once the worker answered: `hide` (keep watching), `stay` with an error, or wait. */
export type AfterChoice = { next: 'hide' } | { next: 'stay'; error: string } | { next: 'wait' };

/**
 * Carries the teen's choice on a reminder to the worker. Every lift of a reminder (a break, five more
 * minutes, time a parent gave, a safety pass) comes back through storage, in every tab at once; only "keep watching" hides
 * this tab's reminder here, and only "close TikTok" closes the tab.
 */
export async function sendChoice(
  kind: ReminderKind,
  choice: ReminderChoice | 'safety',
  copy: Messages['reminder']['limit'],
  send: <R extends WorkerRequest>(request: R) => ReturnType<typeof sendToWorker<R>>,
): Promise<AfterChoice> {
  if (choice === 'safety') {
    await send({ type: 'scrollwise/safety-pass' });
    return { next: 'wait' };
  }
  // The ask itself is made in the extension's window: TikTok's page never holds the teen's words or the PIN.
  if (choice === 'ask') {
    const reply = await send({ type: 'scrollwise/open-ask' });
    return { next: 'stay', error: reply.ok ? copy.askWindow : '' };
  }
  if (choice === 'extra') {
    const reply = await send({ type: 'scrollwise/extra-time' });
    return reply.ok ? { next: 'wait' } : { next: 'stay', error: extraTimeError(reply.error, copy) };
  }
  await send({ type: 'scrollwise/reminder-choice', kind, choice });
  if (choice === 'close') await send({ type: 'scrollwise/close-tab' });
  return choice === 'continue' ? { next: 'hide' } : { next: 'wait' };
}
