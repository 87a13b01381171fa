import { signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HourStrip } from '@/components/charts/HourStrip';
import { WeekChart } from '@/components/charts/WeekChart';
import { LockBadge } from '@/components/family/LockBadge';
import { createFamilyModel } from '@/components/family/model';
import { StatusNotices } from '@/components/family/StatusNotices';
import { formatDuration } from '@/utils/duration';
import { format } from '@/utils/i18n/format';
import { limitMinOn } from '@/utils/settings';
import { type DayKey, dayKeyOf } from '@/utils/tracking/calendar';
import { type DaySummary, lastDays, watchToday } from '@/utils/viewing-history';
import { TodayTotal } from './TodayTotal';

/** The last 7 days, today last; today's entry follows the worker's writes while the popup is open. */
function useWeek(dayStartHour: number | undefined) {
  const week = useMemo(() => signal<DaySummary[]>([]), []);
  useEffect(() => {
    if (dayStartHour === undefined) return;
    let day = dayKeyOf(Date.now(), dayStartHour);
    let stop = () => {};
    const follow = () => {
      stop();
      lastDays(7, Date.now(), dayStartHour).then((days) => {
        week.value = days;
      });
      stop = watchToday(day, (record) => {
        week.value = [...week.value.slice(0, -1), { day, record }];
      });
    };
    follow();
    // The popup may stay open over midnight (or the chosen day start).
    const rollover = setInterval(() => {
      const now = dayKeyOf(Date.now(), dayStartHour);
      if (now !== day) {
        day = now;
        follow();
      }
    }, 30_000);
    return () => {
      stop();
      clearInterval(rollover);
    };
  }, [dayStartHour, week]);
  return week;
}

const panels = signal<typeof import('./PopupPanels') | null>(null);
const loadPanels = () => {
  if (!panels.value) void import('./PopupPanels').then((module) => (panels.value = module));
};

// Family sharing's reader and status: loaded only when sharing is on, after the first render.
const family = signal<typeof import('../family/SharingStatus') | null>(null);

// The helpline line sits below the fold and carries the helpline table: it loads after the first render.
const talk = signal<typeof import('../family/HelplineLine') | null>(null);

// What to say when Scrollwise's access to TikTok is off, a rare state: its check and copy load after too.
const access = signal<typeof import('../family/SiteAccessNotice') | null>(null);

export function PopupApp() {
  const model = useMemo(createFamilyModel, []);
  useEffect(() => model.start(), [model]);
  useEffect(() => {
    void import('../family/HelplineLine').then((module) => (talk.value = module));
    void import('../family/SiteAccessNotice').then((module) => (access.value = module));
  }, []);
  const settings = model.loaded.value?.settings;
  const week = useWeek(settings?.dayStartHour);
  const m = model.messages.value;
  const language = model.language.value;
  const today = week.value[week.value.length - 1];
  // With family sharing, today is the family's (this computer's time and the others'): its reader loads
  // after the first render, and the figure waits for it rather than show this computer's alone.
  const sharing = settings?.familySharing ?? false;
  useEffect(() => {
    if (sharing) void import('../family/SharingStatus').then((module) => (family.value = module));
  }, [sharing]);
  // Today's limit: the weekend's on Saturdays and Sundays when one is set.
  const limitMs = settings && today ? limitMinOn(settings, today.day) * 60_000 : 0;
  const ownMs = week.value.length > 0 ? (today?.record?.totalMs ?? 0) : null;
  const todayAndLimit = (ms: number | null, label: string) => (
    <>
      <TodayTotal ms={ms} language={language} label={label} />
      {limitMs > 0 && ms !== null && (
        <div class="limit">
          <progress
            max={limitMs}
            value={Math.min(ms, limitMs)}
            aria-label={format(m.popup.ofLimit, { limit: formatDuration(limitMs, language) })}
          />
          <span>
            {ms >= limitMs
              ? m.popup.limitReached
              : format(m.popup.ofLimit, { limit: formatDuration(limitMs, language) })}
          </span>
        </div>
      )}
    </>
  );
  // The week and today's hours. With sharing, each day is the family's, as today's figure is; until its
  // reader loads, nothing rather than this computer's alone under no title saying so.
  const charts = (othersOn: (day: DayKey) => number, weekTitle: string, hoursTitle: string) => (
    <>
      {week.value.length > 0 && (
        <WeekChart
          // A day this computer cannot read stays unknown ("—"), the others' time with it.
          days={week.value.map(({ day, record }) => ({ day, ms: record ? record.totalMs + othersOn(day) : null }))}
          language={language}
          title={weekTitle}
          tableCaption={m.popup.weekTable}
          dayLabel={m.popup.day}
          timeLabel={m.popup.time}
          todayLabel={m.popup.todayMark}
        />
      )}
      <HourStrip
        hours={today?.record?.hours ?? Array.from({ length: 24 }, () => 0)}
        title={hoursTitle}
        label={m.popup.byHourLabel}
      />
    </>
  );

  return (
    <main class="popup" lang={language}>
      <header class="brand">
        <h1>Scrollwise</h1>
        <span class="version" data-testid="version">
          v{browser.runtime.getManifest().version}
        </span>
      </header>
      <LockBadge model={model} />
      {access.value && <access.value.SiteAccessNotice language={language} permissions={browser.permissions} />}
      <StatusNotices model={model} week={week.value} />
      {!sharing || ownMs === null || !today ? (
        todayAndLimit(ownMs, m.popup.today)
      ) : family.value ? (
        <family.value.FamilyToday model={model} ownMs={ownMs} day={today.day}>
          {(ms) => todayAndLimit(ms, m.popup.todayAll)}
        </family.value.FamilyToday>
      ) : (
        todayAndLimit(null, m.popup.todayAll)
      )}
      {!sharing
        ? charts(() => 0, m.popup.week, m.popup.byHour)
        : family.value && (
            <family.value.FamilyDays model={model}>
              {(othersOn, titles) => charts(othersOn, titles.week, titles.hours)}
            </family.value.FamilyDays>
          )}
      <details class="panel" onToggle={loadPanels} data-testid="week-panel">
        <summary>{m.week.title}</summary>
        {panels.value && <panels.value.WeekPanel model={model} />}
      </details>
      <details class="panel" onToggle={loadPanels}>
        <summary>{m.settings.title}</summary>
        {panels.value && <panels.value.SettingsPanel model={model} />}
      </details>
      <details class="panel" onToggle={loadPanels}>
        <summary>{m.data.title}</summary>
        {panels.value && <panels.value.DataPanel model={model} />}
      </details>
      {settings && talk.value && (
        <talk.value.HelplineLine
          country={settings.helplineCountry}
          language={language}
          lead={m.popup.needTalk}
          copy={m.popup}
          testId="need-to-talk"
        />
      )}
      <footer class="footer">
        <p class="privacy">{sharing ? m.popup.privacyShared : m.popup.privacy}</p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {m.popup.allSettings}
        </a>
      </footer>
    </main>
  );
}
