/**
 * Whether a TikTok address is one of its feeds (For You, Following, Friends, Explore, the home page): where a
 * teen scrolls, and where a safety pass does not lift the daily limit. Reporting and blocking happen
 * elsewhere: a video's or a profile's page, the messages, the settings, or the report dialog itself.
 */
export const isFeedPath = (pathname: string): boolean =>
  /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/(?:foryou|following|friends|explore)?\/?$/i.test(pathname);
