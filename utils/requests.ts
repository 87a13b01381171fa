/**
 * Every capability the worker answers for, by its table of requests. A new request is one entry in its
 * capability's `requests.ts`; a new capability is one line here. The worker's dispatcher reads this list,
 * and the request union and reply types come from it, for `sendToWorker` in the pages and the content
 * script (which import them as types only, so no handler ends up in their bundles).
 */

import { askRequests } from './asks/requests';
import { pageUiRequests } from './content/requests';
import { dataRequests } from './data/requests';
import { fieldCheckRequests } from './field-check/requests';
import { helplineRequests } from './helplines/requests';
import { lockRequests } from './lock/requests';
import { reminderRequests } from './reminders/requests';
import { settingsRequests } from './settings/requests';
import { sharingRequests } from './sharing/requests';
import { tipRequests } from './tips/requests';
import { trackingRequests } from './tracking/requests';
import type { ReplyOf, RequestsOf } from './worker/define';

export const CAPABILITIES = [
  trackingRequests,
  reminderRequests,
  askRequests,
  lockRequests,
  settingsRequests,
  sharingRequests,
  tipRequests,
  dataRequests,
  helplineRequests,
  fieldCheckRequests,
  pageUiRequests,
] as const;

type Tables = typeof CAPABILITIES;

/** Every request the worker answers, as its sender writes it. */
export type WorkerRequest = RequestsOf<Tables>;

/** The reply to a request of type `T`: `sendToWorker` gives callers this, so they need no guessing. */
export type ReplyTo<T extends WorkerRequest['type']> = ReplyOf<Tables, T>;

/** A refusal of any request, as the pages map it to copy. */
export type WorkerFailure = Extract<ReplyTo<WorkerRequest['type']>, { ok: false }>;
