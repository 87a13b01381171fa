import { defineView } from './shared/view';

/**
 * The report-self-harm view: the report dialog, before it is sent, on the "Suicide and self-harm" reason.
 * A teen reporting it may be worried for a friend, or be the one who is struggling: its tip offers the
 * country's crisis line, day and night. Only TikTok's words tell this reason from the others, so the
 * fallback layer reads it (`reportSelfHarmFallback`, utils/views/fallback/report-dialog.ts); it comes
 * before `report`, which its hooks find on the same dialog.
 */
export const reportSelfHarm = defineView({
  id: 'report-self-harm',
  theme: 'reporting',
  holdsReminders: true,
  offersHelp: true,
  attention: 'always',
  showMeTarget: () => null,
});
