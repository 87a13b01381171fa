import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DataControls } from '@/components/family/DataControls';
import { HelplineLine } from '@/components/family/HelplineLine';
import { LockBadge } from '@/components/family/LockBadge';
import { createFamilyModel } from '@/components/family/model';
import { ParentLockPanel } from '@/components/family/ParentLockPanel';
import { SettingsForm } from '@/components/family/SettingsForm';
import { SiteAccessNotice } from '@/components/family/SiteAccessNotice';
import { FIREFOX_ID } from '@/utils/firefox-id';
import { sanitizeCopyHtml } from '@/utils/sanitize';
import { FamilySharing } from '../family/FamilySharing';
import { AsksLog } from '../family/TimeAsks';
import { WeekReview } from '../family/WeekReview';
import { useOptionsCopy } from './copy';
import { FieldCheck } from './FieldCheck';
import { PageFights } from './PageFights';
import { policyExamples } from './policy-examples';
import { SafetyPasses } from './SafetyPasses';
import { SiteAccessLog } from './SiteAccessLog';
import { WelcomeFlow } from './WelcomeFlow';

/** The full settings page for parents; `#welcome` (opened on install) is the one-pass setup instead. */
export function OptionsApp() {
  const model = useMemo(createFamilyModel, []);
  useEffect(() => model.start(), [model]);
  const m = model.messages.value;
  const welcome = location.hash === '#welcome';
  // Linked from the popup's "tips may be out of date": the section renders after the browser's own jump.
  useEffect(() => {
    if (location.hash === '#check-tiktok') document.getElementById('check-tiktok')?.scrollIntoView();
  }, []);
  const o = useOptionsCopy(model);
  useEffect(() => {
    if (o) document.title = welcome ? o.options.welcomeTitle : o.options.title;
    document.documentElement.lang = model.language.value;
  });
  if (!o) return null;
  if (welcome) return <WelcomeFlow model={model} copy={o} />;
  return (
    <main class="options" lang={model.language.value}>
      <h1>{o.options.title}</h1>
      <LockBadge model={model} />
      <SiteAccessNotice language={model.language.value} permissions={browser.permissions} />
      <PageFights model={model} copy={o} />
      <SiteAccessLog model={model} />
      <SafetyPasses model={model} copy={o} />
      <WeekReview model={model} />
      <AsksLog model={model} answerable />
      <SettingsForm model={model} />
      <ParentLockPanel model={model} />
      <FamilySharing model={model} copy={o} />
      <DataControls model={model} />
      <FieldCheck copy={o} />
      <section aria-labelledby="guide-title">
        <h2 id="guide-title">{o.options.guideTitle}</h2>
        <ul>
          {o.options.guide.map((item) => (
            <li key={item} dangerouslySetInnerHTML={{ __html: sanitizeCopyHtml(item) }} />
          ))}
        </ul>
        {model.loaded.value && (
          <HelplineLine
            country={model.loaded.value.settings.helplineCountry}
            language={model.language.value}
            lead={o.options.helpNow}
            copy={m.popup}
            testId="options-help"
          />
        )}
        <h3>{o.options.policyTitle}</h3>
        <p>{o.options.policyIntro}</p>
        {policyExamples(browser.runtime.id, FIREFOX_ID).map(({ system, code }) => (
          <figure key={system} class="policy">
            <figcaption>{system}</figcaption>
            <pre>
              <code>{code}</code>
            </pre>
          </figure>
        ))}
        <p class="privacy">
          {model.loaded.value?.settings.familySharing ? m.popup.privacyShared : m.popup.privacy} Scrollwise{' '}
          {browser.runtime.getManifest().version}
        </p>
      </section>
    </main>
  );
}
