import { describe, expect, it } from 'vitest';
import { formatByline, formatPublished, siteLabel } from './format';

describe('panel header formatting', () => {
  it('formats ISO dates and date-times, passes other strings through', () => {
    expect(formatPublished('2023-09-12T06:14:00Z', 'en-GB')).toMatch(/^12 Sept? 2023$/);
    expect(formatPublished('2023-09-12', 'en-GB')).toMatch(/^12 Sept? 2023$/);
    // Without a locale, the browser's (Intl's default) decides the order and the month's name.
    expect(formatPublished('2023-09-12')).toBe(new Date(Date.UTC(2023, 8, 12)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
    expect(formatPublished('2023-09-12', 'de-DE')).toMatch(/^12\. Sept?\.? 2023$/);
    expect(formatPublished('Tuesday morning')).toBe('Tuesday morning');
    expect(formatPublished(null)).toBeNull();
  });

  it('names the site by its name, else its host', () => {
    expect(siteLabel('World News Wire', 'https://x.example')).toBe('World News Wire');
    expect(siteLabel(null, 'https://www.news.example/a')).toBe('news.example');
    expect(siteLabel(null, 'not a url')).toBeNull();
  });

  it('prefixes bylines with "By" once', () => {
    expect(formatByline('Wire Staff')).toBe('By Wire Staff');
    expect(formatByline('By  Jim  Heintz')).toBe('By Jim Heintz');
    expect(formatByline('  ')).toBeNull();
  });
});
