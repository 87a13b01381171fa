/** Scrollwise's id in Firefox (its manifest's gecko id): the same on every installation, unlike Chrome's. */
export const FIREFOX_ID = 'scrollwise@scrollwise.app';
