// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentLanguage } from './metadata';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('documentLanguage', () => {
  it('reads <html lang> first', () => {
    expect(documentLanguage(doc('<html lang="fr-FR"><head><meta property="og:locale" content="de_DE"></head></html>'))).toBe('fr-FR');
  });

  it('falls back on og:locale, then on the JSON-LD inLanguage of the article', () => {
    expect(documentLanguage(doc('<html><head><meta property="og:locale" content="es_ES"></head></html>'))).toBe('es_ES');
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', inLanguage: 'pt-BR' }] };
    expect(documentLanguage(doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head></html>`))).toBe('pt-BR');
    const named = { '@type': 'NewsArticle', inLanguage: { '@type': 'Language', name: 'Italian', alternateName: 'it' } };
    expect(documentLanguage(doc(`<html><head><script type="application/ld+json">${JSON.stringify(named)}</script></head></html>`))).toBe('it');
  });

  it('says nothing when the page says nothing, and survives broken JSON-LD', () => {
    expect(documentLanguage(doc('<html lang=""><head><script type="application/ld+json">{"inLanguage": </script></head></html>'))).toBeNull();
  });
});
