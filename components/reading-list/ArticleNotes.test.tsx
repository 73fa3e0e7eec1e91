// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleNotes } from './ArticleNotes';

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('ArticleNotes', () => {
  it('shows imported notes as text, markup included, never as HTML', () => {
    render(<ArticleNotes notes={'> Quoted <img src=x onerror=alert(1)>\nMy <b>note</b>'} />, root);
    expect(root.querySelector('.rd-notes-title')?.textContent).toBe('Your notes and highlights');
    expect(root.querySelector('.rd-notes-text')?.textContent).toBe('> Quoted <img src=x onerror=alert(1)>\nMy <b>note</b>');
    expect(root.querySelector('img, b')).toBeNull();
  });
  it('draws nothing without notes', () => {
    render(<ArticleNotes notes={undefined} />, root);
    expect(root.innerHTML).toBe('');
  });
});
