import { describe, expect, it } from 'vitest';
import { en } from '@/utils/i18n/en';
import { sendChoice } from '@/utils/reminders/choose';

const COPY = en.reminder.limit;

/** A worker that answers every request with `reply`, and remembers what it was sent. */
function fakeWorker(reply: (type: string) => object = () => ({ ok: true })) {
  const sent: object[] = [];
  const send = (async (request: { type: string }) => {
    sent.push(request);
    return reply(request.type);
  }) as Parameters<typeof sendChoice>[3];
  return { sent, send };
}

describe("a reminder's choices, carried to the worker", () => {
  it('"keep watching" logs the choice and hides the reminder here', async () => {
    const worker = fakeWorker();
    expect(await sendChoice('break', 'continue', COPY, worker.send)).toEqual({ next: 'hide' });
    expect(worker.sent).toEqual([{ type: 'scrollwise/reminder-choice', kind: 'break', choice: 'continue' }]);
  });

  it('"close TikTok" logs the choice, then closes the tab', async () => {
    const worker = fakeWorker();
    expect(await sendChoice('limit', 'close', COPY, worker.send)).toEqual({ next: 'wait' });
    expect(worker.sent).toEqual([
      { type: 'scrollwise/reminder-choice', kind: 'limit', choice: 'close' },
      { type: 'scrollwise/close-tab' },
    ]);
  });

  it('five more minutes wait for the worker; a refusal says why on the limit screen', async () => {
    expect(await sendChoice('limit', 'extra', COPY, fakeWorker().send)).toEqual({ next: 'wait' });
    const used = fakeWorker(() => ({ ok: false, error: 'already-taken' }));
    expect(await sendChoice('limit', 'extra', COPY, used.send)).toEqual({ next: 'stay', error: COPY.extraUsed });
    const pin = fakeWorker(() => ({ ok: false, error: 'pin-window' }));
    expect(await sendChoice('limit', 'extra', COPY, pin.send)).toEqual({ next: 'stay', error: COPY.pinWindow });
  });

  it('a safety pass is asked for, and lifts the reminder only when the worker grants it', async () => {
    const worker = fakeWorker();
    expect(await sendChoice('limit', 'safety', COPY, worker.send)).toEqual({ next: 'wait' });
    expect(worker.sent).toEqual([{ type: 'scrollwise/safety-pass' }]);
  });
});
