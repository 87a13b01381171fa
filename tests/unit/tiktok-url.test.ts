import { describe, expect, it } from 'vitest';
import { isTikTokUrl } from '@/utils/tiktok-url';

describe('a TikTok page, by its address', () => {
  it('is tiktok.com or a subdomain, over https unless any scheme is asked for', () => {
    expect(isTikTokUrl('https://www.tiktok.com/@someone/video/1')).toBe(true);
    expect(isTikTokUrl('https://tiktok.com/')).toBe(true);
    expect(isTikTokUrl('http://www.tiktok.com/')).toBe(false);
    expect(isTikTokUrl('http://www.tiktok.com/', 'any')).toBe(true);
  });

  it('is never a look-alike, another site naming TikTok, or a malformed address', () => {
    for (const url of ['https://www.tiktok.com.evil.example/', 'https://evil.example/www.tiktok.com/', 'not a url', ''])
      expect(isTikTokUrl(url, 'any'), url).toBe(false);
  });
});
