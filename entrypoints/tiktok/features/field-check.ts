import { onWorkerMessage } from '../from-worker';
import { defineFeature } from '../services';

/**
 * Answers the options page's field check, relayed by the worker. The check itself (every hook counted, the
 * fallback layer asked) comes with the UI file: a tester's question is rare, every tab's sentinel is not.
 */
export default defineFeature({
  id: 'field-check',
  needs: [],
  frames: 'top',
  start({ ctx, ui }) {
    onWorkerMessage(ctx, 'scrollwise/field-check', async () => (await ui()).fieldReport());
  },
});
