/** The extension's keyboard shortcuts as the browser has them, and where to change them. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/components/design/i18n';
import { Panel, TableHead } from './shared';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
  /** The manifest's suggested keys, shown when the browser assigned none (taken by another extension, or never set). */
  suggested: string;
}

function suggestedKeys(): Record<string, string> {
  const commands = (browser.runtime.getManifest().commands ?? {}) as Record<string, { suggested_key?: { default?: string } }>;
  return Object.fromEntries(Object.entries(commands).map(([name, c]) => [name, c.suggested_key?.default ?? '']));
}

/** The extension's keyboard commands, as the browser has them now (the reader may have changed them). */
export function useShortcuts(): Shortcut[] {
  const [list, setList] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) =>
        setList(
          all
            .filter((c) => c.name)
            .map((c) => ({
              name: c.name!,
              description:
                c.description ||
                (c.name === '_execute_action' || c.name === '_execute_browser_action'
                  ? t('options.settings.shortcuts.popup')
                  : c.name === '_execute_sidebar_action'
                    ? t('options.settings.shortcuts.sidebar')
                    : c.name!),
              shortcut: c.shortcut ?? '',
              suggested: suggestedKeys()[c.name!] ?? '',
            }))
            .filter((c) => c.shortcut || c.suggested || !c.name.startsWith('_execute')),
        ),
      )
      .catch(() => setList([]));
  }, []);
  return list;
}

/** Opens the browser's page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (import.meta.env.FIREFOX && commands.openShortcutSettings) {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts' });
}

export function ShortcutList() {
  const shortcuts = useShortcuts();
  return (
    <>
      <table class="shortcuts">
        <TableHead caption={t('options.settings.shortcuts.title')} hideCaption columns={[t('options.settings.shortcuts.keys'), t('options.settings.shortcuts.what')]} />
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>
                {s.shortcut ? (
                  <kbd>{s.shortcut}</kbd>
                ) : (
                  <span class="hint">{s.suggested ? t('options.settings.shortcuts.suggested', [s.suggested]) : t('options.settings.shortcuts.notAssigned')}</span>
                )}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t('options.settings.shortcuts.escape')}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <button type="button" class="button" onClick={() => void openShortcutSettings()}>
          {t('options.settings.shortcuts.change')}
        </button>
        <span class="hint">
          {' '}
          {import.meta.env.FIREFOX ? t('options.settings.shortcuts.firefoxHint') : t('options.settings.shortcuts.chromeHint')}
        </span>
      </p>
    </>
  );
}

export function ShortcutsPanel() {
  return (
    <Panel title={t('options.settings.shortcuts.title')} id="shortcuts">
      <ShortcutList />
    </Panel>
  );
}
