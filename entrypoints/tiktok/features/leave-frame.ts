import { onWorkerMessage } from '../from-worker';
import { defineFeature } from '../services';

/**
 * TikTok shown in a frame of another site's page ends when the worker says so: the limit holds there and
 * the page kept its reminder from being seen, or the teen chose "Close TikTok". Only the frame goes blank;
 * the site around it stays. The page cannot stop a navigation the content script starts.
 */
export default defineFeature({
  id: 'leave-frame',
  needs: [],
  frames: 'frames',
  start({ ctx }) {
    onWorkerMessage(ctx, 'scrollwise/leave', () => {
      location.replace('about:blank');
      return true;
    });
  },
});
