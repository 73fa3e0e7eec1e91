import { describe, expect, it } from 'vitest';
import { entryHash, parseRoute } from './route';

describe('options routes', () => {
  it('reads every view from the hash', () => {
    expect(parseRoute('')).toEqual({ section: 'settings' });
    expect(parseRoute('#data')).toEqual({ section: 'data' });
    expect(parseRoute('#glossary')).toEqual({ section: 'glossary', view: 'list' });
    expect(parseRoute('#glossary/new?name=Choe%20Son%20Hui&context=She%20spoke.')).toEqual({ section: 'glossary', view: 'new', name: 'Choe Son Hui', context: 'She spoke.' });
    expect(parseRoute(entryHash('user:a/b'))).toEqual({ section: 'glossary', view: 'entry', id: 'user:a/b' });
    expect(parseRoute('#nonsense')).toEqual({ section: 'settings' });
  });
});
