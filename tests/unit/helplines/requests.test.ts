import { describe, expect, it } from 'vitest';
import { testClock, testWorker, tiktokTab } from '../worker/harness';

describe("the helplines' request", () => {
  it("names the family's helpline from the tab's country setting, else from the computer's zone", async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    const tab = tiktokTab();
    // The test worker's computer is in Paris with a French browser.
    expect(await worker.send({ type: 'scrollwise/helpline', country: 'auto' }, tab)).toMatchObject({
      ok: true,
      helpline: { name: '3018' },
    });
    expect(await worker.send({ type: 'scrollwise/helpline', country: 'BE' }, tab)).toMatchObject({
      helpline: { name: 'Écoute-Enfants' },
    });
    // Anything but a country code is "auto": the computer's own.
    expect(await worker.send({ type: 'scrollwise/helpline', country: 'XX' }, tab)).toMatchObject({
      helpline: { name: '3018' },
    });
    expect(
      await worker.send({ type: 'scrollwise/helpline', country: 'auto' }, tiktokTab({ url: 'https://example.com/' })),
    ).toEqual({
      ok: false,
      error: 'refused',
    });
  });
});
