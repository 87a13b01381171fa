import { describe, expect, it } from 'vitest';
import { fallback } from '@/utils/views/fallback';
import { detectViews } from '@/utils/views/registry';

const VIDEO = new URL('https://www.tiktok.com/@creator.one/video/7390000000000000001');
const page = (form: string) => {
  document.body.innerHTML = `<div id="tux-portal-container"><div role="dialog">${form}</div></div>`;
  // The view whose tip shows: the first one open (the report view's hooks find the same dialog beneath).
  return detectViews(VIDEO, document, () => true, fallback)[0]?.id ?? null;
};
const header = (title = 'Report') =>
  `<div><button type="button" aria-label="Back">‹</button><h4 data-e2e="report-title">${title}</h4></div>`;
const row = (text: string) =>
  `<label data-e2e="report-card-reason"><div>${text}</div><input type="radio" name="r"></label>`;
const submit = '<div><button type="submit" class="x-ButtonSubmit">Submit</button></div>';

describe('#21 the report-self-harm view reads which reason the dialog is on', () => {
  it('is the report view on the first step, where "Suicide and self-harm" is one reason among many', () => {
    const reasons = ['Violence, abuse, and criminal exploitation', 'Hate and harassment', 'Suicide and self-harm'];
    expect(page(`<form data-e2e="report-form">${header()}${reasons.map((text) => row(text)).join('')}</form>`)).toBe(
      'report',
    );
  });

  it('is the self-harm view on its sub-reasons, or on a step headed by it, in English or French', () => {
    const subReasons = `${header()}${row('Suicide')}${row('Self-harm')}${row('Other')}`;
    expect(page(`<form data-e2e="report-form">${subReasons}</form>`)).toBe('report-self-harm');
    expect(page(`<form data-e2e="report-form">${header('Suicide et automutilation')}${submit}</form>`)).toBe(
      'report-self-harm',
    );
    const details = `${header()}<div class="x-DivTitle">Suicide and self-harm</div><textarea></textarea>${submit}`;
    expect(page(`<form data-e2e="report-form">${details}</form>`)).toBe('report-self-harm');
  });

  it('stays the report view on another reason’s details, even where its rules mention suicide further down', () => {
    const details = `${header()}<div class="x-DivTitle">Dangerous activities and challenges</div><p>We prohibit:</p><ul><li>Challenges that promote suicide or self-harm</li></ul>${submit}`;
    expect(page(`<form data-e2e="report-form">${details}</form>`)).toBe('report');
  });

  it('gives way to report-sent once the report is sent', () => {
    const done = `<div data-e2e="report-form">${header('Suicide and self-harm')}<p>Thanks for reporting</p><button class="x-ButtonFinish">Done</button></div>`;
    expect(page(done)).toBe('report-sent');
  });
});
