import { defineView } from './shared/view';

/**
 * The comment-filters view: on `/setting`, the comment settings are open (the sheet the Privacy section's
 * Comments row opens, or rows of their own in a later layout) with a filter's name on screen. It comes
 * before the privacy view: the teen is one step further in. Only the filters' names tell it, so the word
 * layer reads it, with its "Show me" (utils/views/fallback/comment-filters.ts).
 */
export const commentFilters = defineView({
  id: 'comment-filters',
  theme: 'comments',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
});
