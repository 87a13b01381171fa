import { fieldReport } from '@/utils/views/field-check';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { onWorkerMessage } from '../from-worker';
import { defineFeature } from '../services';

/** Answers the options page's field check, relayed by the worker. */
export default defineFeature({
  id: 'field-check',
  needs: [],
  frames: 'top',
  start({ ctx }) {
    onWorkerMessage(ctx, 'scrollwise/field-check', () => fieldReport(new URL(location.href), document, isOnScreen));
  },
});
