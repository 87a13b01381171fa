import { describe, expect, it } from 'vitest';
import { fallback } from '@/utils/views/fallback';
import { mayNeedFallback } from '@/utils/views/first-pass';
import { detectViews, VIEW_IDS, type ViewId } from '@/utils/views/registry';
import { mayChangeViews } from '@/utils/views/shared/relevance';
import { FIXTURES, fixtureUrl, readFixture, SETTINGS_TAB_LABELS } from '../../support/fixtures.mjs';

// The fallback layer on markup with no hook at all: roles, structure and TikTok's words only.
const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const all = () => true;
const VIDEO = new URL('https://www.tiktok.com/@someone/video/7500000000000000000');
const SETTING = new URL('https://www.tiktok.com/setting');
const MESSAGES = new URL('https://www.tiktok.com/messages');
const seen = (url: URL, doc: Document) => detectViews(url, doc, all, fallback).map((view) => view.id);
const byFallback = (id: ViewId, url: URL, doc: Document) => fallback(id, url, doc, all);

const comment = (user: string, text: string, reply = 'Reply') =>
  `<div class="q1"><a href="/@${user}"><span class="q2"></span></a><div class="q3"><span class="q4">${user}</span><p class="q5">${text}</p><span class="q6">2d</span> <span role="button">${reply}</span></div></div>`;

describe('the fallback layer reads a comment panel as a person does', () => {
  it('finds a list of rows, each with a profile link and a Reply control, in English and French', () => {
    const doc = page(
      `<aside><div class="l">${comment('maya', 'so calm')}${comment('theo', 'where?')}</div><div contenteditable="true" role="textbox"></div></aside>`,
    );
    expect(seen(VIDEO, doc)).toEqual(['comments']);
    expect(byFallback('comments', VIDEO, doc)?.tagName).toBe('ASIDE');
    const fr = page(`<div>${comment('maya', 'trop calme', 'Répondre')}${comment('theo', 'où ?', 'Répondre')}</div>`);
    expect(seen(VIDEO, fr)).toEqual(['comments']);
  });

  it('stays quiet on a profile grid, the Activity panel and a caption that says Reply or Report', () => {
    const grid = page(
      Array.from({ length: 6 }, (_, i) => `<a href="/@me/video/${i}"><span>video ${i}</span></a>`).join(''),
    );
    const activity = page(
      `<div role="dialog" aria-label="Activity">${['liked your video', 'followed you', 'commented: nice'].map((what, i) => `<div><a href="/@u${i}">u${i}</a> <span>${what}</span></div>`).join('')}</div>`,
    );
    const caption = page(
      '<div><a href="/@creator">creator</a><p>Reply to this if you agree. Report spam!</p></div><h2>Report</h2>',
    );
    for (const doc of [grid, activity, caption]) expect(seen(VIDEO, doc)).toEqual([]);
  });
});

describe('the fallback layer reads the report dialog as a person does', () => {
  const dialog = (inner: string, title = 'Report') =>
    page(
      `<div role="dialog"><div class="h"><h4>${title}</h4><button aria-label="Close">✕</button></div>${inner}</div>`,
    );
  const reasons = (...names: string[]) =>
    names.map((name) => `<label><div>${name}</div><input type="radio" name="r"></label>`).join('');

  it('knows each step: reasons, self-harm, details, and done only by its own words', () => {
    expect(seen(VIDEO, dialog(reasons('Hate and harassment', 'Suicide and self-harm', 'Spam')))).toEqual(['report']);
    expect(seen(VIDEO, dialog(reasons('Suicide', 'Self-harm', 'Eating disorder')))).toEqual(['report-self-harm']);
    expect(
      seen(
        VIDEO,
        dialog(
          '<p><strong>Suicide and self-harm</strong></p><label>Tell us more<textarea></textarea></label><button>Submit</button>',
        ),
      ),
    ).toEqual(['report-self-harm']);
    expect(seen(VIDEO, dialog('<p>Thanks for reporting</p><button>Done</button>'))).toEqual(['report-sent']);
    expect(seen(VIDEO, dialog('<p>Merci pour ton signalement</p><button>Terminé</button>', 'Signaler'))).toEqual([
      'report-sent',
    ]);
  });

  it('never takes a lone disabled button, or a dialog not titled Report, for the report flow', () => {
    expect(seen(VIDEO, dialog(`${reasons('Spam')}<button disabled>Submit</button>`))).toEqual(['report']);
    expect(
      seen(
        VIDEO,
        dialog('<p>Are you sure you want to delete this comment?</p><button>Delete</button>', 'Delete comment?'),
      ),
    ).toEqual([]);
    expect(seen(VIDEO, page('<div role="dialog"><button aria-label="Delete">Delete</button></div>'))).toEqual([]);
    expect(seen(SETTING, dialog(reasons('Everyone', 'Friends')))).toEqual([]);
  });
});

describe('the fallback layer reads the settings nav as a person does', () => {
  const LABELS = SETTINGS_TAB_LABELS;
  it('knows the older nav (role=button items marked aria-current) with no class names', () => {
    const nav = (active: number) =>
      page(
        `<div><div>${LABELS.map((label, i) => `<div role="button"${i === active ? ' aria-current="page"' : ''}>${label}</div>`).join('')}</div><section><h2>${LABELS[active]}</h2></section></div>`,
      );
    expect(seen(SETTING, nav(1))).toEqual(['privacy-settings']);
    expect(seen(SETTING, nav(5))).toEqual(['screen-time-settings']);
    expect(seen(SETTING, nav(2))).toEqual([]);
  });

  it('reads "Time and Well-being" under a data-e2e it does not know, and never guesses a place another tab owns', () => {
    const tabs = (names: string[], e2e: string[], active: number) =>
      page(
        `<div role="tablist">${names.map((name, i) => `<div role="tab" data-e2e="${e2e[i]}" aria-selected="${i === active}">${name}</div>`).join('')}</div>`,
      );
    const e2e = [
      'nav-manage-account',
      'nav-privacy',
      'nav-push',
      'nav-business-account',
      'nav-ads',
      'nav-twb',
      'nav-keyword-filtering',
    ];
    const renamed = LABELS.map((label) => (label === 'Screen time' ? 'Time and Well-being' : label));
    expect(seen(SETTING, tabs(renamed, e2e, 5))).toEqual(['screen-time-settings']);
    // Unknown words at Privacy's place, while the nav-privacy tab is elsewhere: not Privacy.
    const moved = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    expect(
      seen(SETTING, tabs(moved, ['nav-a', 'nav-b', 'nav-privacy', 'nav-d', 'nav-e', 'nav-f', 'nav-g'], 1)),
    ).toEqual([]);
  });
});

describe('the fallback layer reads a message request as a person does', () => {
  const chat = (bottom: string) =>
    page(
      `<main><div class="list"><div role="button">Sam</div><div role="button">Lou</div></div><div class="chat"><p>Alex</p><div class="msgs"><p>hey</p></div>${bottom}</div></main>`,
    );
  it('finds "Accept" and "Delete" side by side with no composer, in French too', () => {
    expect(seen(MESSAGES, chat('<div><div role="button">Delete</div><div role="button">Accept</div></div>'))[0]).toBe(
      'message-request',
    );
    expect(
      seen(MESSAGES, chat('<div><div role="button">Supprimer</div><div role="button">Accepter</div></div>'))[0],
    ).toBe('message-request');
  });
  it('takes an ordinary chat for messages, and a blocked one offering Unblock for no request', () => {
    expect(
      seen(MESSAGES, chat('<div><div contenteditable="true" role="textbox"></div><button>Send</button></div>')),
    ).toEqual(['messages']);
    expect(
      seen(
        MESSAGES,
        chat('<div><p>You blocked this account.</p><button>Unblock</button><button>Delete</button></div>'),
      ),
    ).not.toContain('message-request');
  });
});

describe('when the fallback layer is asked for', () => {
  it('never on the For You feed or the real saved pages, so the feed never loads it', () => {
    for (const fixture of FIXTURES.filter(
      (candidate) => candidate.view === null && !candidate.path.startsWith('/setting'),
    )) {
      const doc = new DOMParser().parseFromString(readFixture(fixture), 'text/html');
      if (fixture.name === 'foryou-feed' || fixture.real)
        expect(mayNeedFallback(new URL(fixtureUrl(fixture)), doc, all), fixture.name).toBe(false);
    }
  });

  it('on the settings and messages pages, and where a dialog or a place to type shows', () => {
    expect(mayNeedFallback(SETTING, page(''), all)).toBe(true);
    expect(mayNeedFallback(MESSAGES, page(''), all)).toBe(true);
    expect(mayNeedFallback(VIDEO, page('<div role="dialog">x</div>'), all)).toBe(true);
    expect(mayNeedFallback(VIDEO, page('<div contenteditable="true">x</div>'), all)).toBe(true);
    expect(mayNeedFallback(VIDEO, page('<div>x</div>'), all)).toBe(false);
  });

  it('looks again when a class moves between a tab bar’s items, or aria-current moves', () => {
    const doc = page(
      '<div id="comments" class="a"><button class="b">Comments</button></div><div class="a c"><button class="b d">You may like</button></div>',
    );
    const title = doc.querySelector('#comments button') as Element;
    const classChange = { type: 'attributes', attributeName: 'class', target: title, addedNodes: [], removedNodes: [] };
    expect(mayChangeViews([classChange as unknown as MutationRecord], [])).toBe(true);
    const elsewhere = page('<div class="x">progress</div>').body.firstElementChild as Element;
    expect(mayChangeViews([{ ...classChange, target: elsewhere } as unknown as MutationRecord], [])).toBe(false);
    const current = { ...classChange, attributeName: 'aria-current', target: elsewhere };
    expect(mayChangeViews([current as unknown as MutationRecord], [])).toBe(true);
  });

  it('covers every view but the comment filters, whose own detector already reads words', () => {
    const doc = page('');
    for (const id of VIEW_IDS) expect(() => byFallback(id, VIDEO, doc)).not.toThrow();
  });
});
