import { format } from '@/utils/i18n/format';
import type { PageMessages } from '@/utils/i18n/pages';
import type { WorkerFailure } from '@/utils/requests';
import type { FamilyModel } from './model';

/** What a page says when the worker refuses: one mapping for every request the pages send. */
export function refusalText(reply: WorkerFailure, m: PageMessages, now = Date.now()): string {
  if ('waitUntil' in reply && reply.waitUntil > now)
    return format(m.lock.waitSeconds, { seconds: String(Math.ceil((reply.waitUntil - now) / 1000)) });
  switch (reply.error) {
    case 'parent-locked':
      return m.refusals[reply.by];
    case 'wrong-pin':
    case 'wait':
      return m.lock.wrong;
    case 'weak':
      return m.lock.weak;
    case 'already-taken':
      return m.extra.used;
    case 'not-needed':
      return m.extra.notNeeded;
    case 'invalid-setting':
      return m.errors[reply.reason];
    case 'too-large':
    case 'not-json':
    case 'not-scrollwise':
    case 'newer-version':
    case 'bad-day':
    case 'future-day':
      return m.data.importErrors[reply.error];
    default:
      return m.refusals.failed;
  }
}

/** Why the lock greys a control now, in the words of its refusal; null when nothing is locked. */
export function lockReason(model: Pick<FamilyModel, 'editable' | 'policyLocked' | 'messages'>): string | null {
  if (model.editable.value) return null;
  return model.policyLocked.value ? model.messages.value.refusals.policy : model.messages.value.lock.lockedReason;
}
