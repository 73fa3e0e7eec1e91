import { describe, expect, it } from 'vitest';
import { newEntryUrl } from './add-to-glossary';

describe('newEntryUrl', () => {
  it('opens the Glossary editor prefilled with the selection and its sentence', () => {
    const url = newEntryUrl('  Choe Son Hui ', 'Foreign Minister Choe Son Hui arrived & spoke.');
    expect(url.startsWith('/options.html#glossary/new?')).toBe(true);
    const params = new URLSearchParams(url.split('?')[1]);
    expect(params.get('name')).toBe('Choe Son Hui');
    expect(params.get('context')).toBe('Foreign Minister Choe Son Hui arrived & spoke.');
  });
  it('caps what it carries', () => {
    const params = new URLSearchParams(newEntryUrl('x'.repeat(500), 'y'.repeat(5000)).split('?')[1]);
    expect(params.get('name')).toHaveLength(200);
    expect(params.get('context')).toHaveLength(1000);
    expect(new URLSearchParams(newEntryUrl('Kim').split('?')[1]).has('context')).toBe(false);
  });
});
