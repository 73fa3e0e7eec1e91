/**
 * Applies the reader's theme choice to an extension page: `data-theme` on <html> ("light" or
 * "dark"), or none to follow the system. Live: a change in the settings repaints open pages.
 */
import { getSettings, watchSettings, type ThemeChoice } from '@/lib/settings/settings';

export function setThemeAttribute(root: HTMLElement, theme: ThemeChoice): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Follows the theme setting on this page; returns the unwatch function. */
export function followThemeSetting(root: HTMLElement = document.documentElement): () => void {
  void getSettings().then((s) => setThemeAttribute(root, s.theme));
  return watchSettings((s) => setThemeAttribute(root, s.theme));
}

/** The theme actually shown: the choice, or the system's preference. */
export function effectiveTheme(theme: ThemeChoice): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
