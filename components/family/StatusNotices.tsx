import { signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { format, plural } from '@/utils/i18n/format';
import { choicesThisWeek } from '@/utils/reminders/log';
import { staleViews } from '@/utils/self-check';
import { listQuarantinedDays, loadReminderLog, viewLastSeen } from '@/utils/storage';
import type { DaySummary } from '@/utils/viewing-history';
import type { ViewId } from '@/utils/views/registry';
import type { FamilyModel } from './model';

const ACTIVE_DAY_MS = 5 * 60_000;

const knownViews = (lastSeen: Record<string, number>, views: Record<ViewId, string>) =>
  Object.fromEntries(Object.entries(lastSeen).filter(([view]) => view in views)) as Partial<Record<ViewId, number>>;

/**
 * Plain-words notices: managed settings, unreadable records set aside, tips that may be out of date, and
 * this week's breaks taken in one line, for the teen's own reflection.
 */
export function StatusNotices({ model, week }: { model: FamilyModel; week: DaySummary[] }) {
  const state = useMemo(
    () =>
      signal<{
        quarantined: string[];
        stale: { view: ViewId; days: number }[];
        breaks: number;
        passes: number;
        doorClosed: number;
      }>({
        quarantined: [],
        stale: [],
        breaks: 0,
        passes: 0,
        doorClosed: 0,
      }),
    [],
  );
  useEffect(() => {
    void Promise.all([listQuarantinedDays(), viewLastSeen.get(), loadReminderLog(Date.now())]).then(
      ([quarantined, lastSeen, log]) => {
        const activeDayStarts = week
          .filter((day) => (day.record?.totalMs ?? 0) >= ACTIVE_DAY_MS)
          .map((day) => new Date(`${day.day}T00:00:00`).getTime());
        state.value = {
          quarantined,
          // A view this version no longer has (or an id from a newer one) has no copy here: left out.
          stale: staleViews(knownViews(lastSeen, model.messages.value.popup.views), activeDayStarts, Date.now()),
          breaks: choicesThisWeek(log, Date.now(), 'break'),
          passes: choicesThisWeek(log, Date.now(), 'safety'),
          doorClosed: choicesThisWeek(log, Date.now(), 'close', 'door'),
        };
      },
    );
  }, [week, state]);
  const m = model.messages.value.popup;
  const { breaks, passes, doorClosed } = state.value;
  const managed = Object.keys(model.loaded.value?.policy.values ?? {}).length > 0 || model.policyLocked.value;
  return (
    <>
      {managed && <p class="notice">{m.managed}</p>}
      {state.value.quarantined.length > 0 && (
        <p class="notice" data-testid="data-issue">
          {format(m.dataIssue, { days: state.value.quarantined.join(', ') })}
        </p>
      )}
      {/* Breaks the teen chose, never a count of limits reached: the popup keeps no score. */}
      {breaks > 0 && (
        <p class="reminder-week" data-testid="reminders-week">
          {plural(model.language.value, breaks, m.breaksTaken)}
        </p>
      )}
      {/* The pause at the door: the teen's own figure of times TikTok stayed closed. */}
      {doorClosed > 0 && (
        <p class="reminder-week" data-testid="door-closed">
          {plural(model.language.value, doorClosed, m.doorClosed)}
        </p>
      )}
      {passes > 0 && (
        <p class="reminder-week" data-testid="safety-passes">
          {plural(model.language.value, passes, m.safetyPasses)}
        </p>
      )}
      {state.value.stale.map(({ view, days }) => (
        <p class="notice" key={view} data-testid="stale-view">
          {format(m.stale, { view: m.views[view], days: String(days) })}{' '}
          <a href={browser.runtime.getURL('/options.html#check-tiktok')} target="_blank" rel="noopener">
            {m.checkLink}
          </a>
        </p>
      ))}
    </>
  );
}
