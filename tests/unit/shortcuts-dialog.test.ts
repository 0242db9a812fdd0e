/** The `?` dialog lists every key the app menu shows. */
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemTemplate } from '../../src-main/app/menu';
import { SHORTCUTS } from '../../src-renderer/src/app/ShortcutsDialog';

function accelerators(items: MenuItemTemplate[]): string[] {
  return items.flatMap((item) => [
    ...(item.accelerator ? [item.accelerator] : []),
    ...accelerators(item.submenu ?? []),
  ]);
}

/** "CmdOrCtrl+Shift+O" as the dialog writes it, "Ctrl/⌘+Shift+O". */
function asShown(accelerator: string): string {
  return accelerator.replace('CmdOrCtrl+', 'Ctrl/⌘+');
}

describe('keyboard shortcuts dialog', () => {
  it('lists every accelerator of the menus', () => {
    const menu = buildMenuTemplate('en', {
      command: () => undefined,
      showDataFolder: () => undefined,
      reportProblem: () => undefined,
      quit: () => undefined,
    });
    const shown = SHORTCUTS.map(([keys]) => keys).join(' | ');
    const found = accelerators(menu);
    expect(found.length).toBeGreaterThan(10);
    for (const accelerator of found) {
      const key = asShown(accelerator);
      const plain = key.replace(/^Ctrl\/⌘\+/, '');
      // "Ctrl/⌘ + / −" covers = and -, "Ctrl/⌘+Z, Shift+Z" covers redo, "Shift+I / R / F / E" the statuses.
      const covered =
        shown.includes(key) ||
        (key.startsWith('Ctrl/⌘+') && ['=', '-'].includes(plain) && shown.includes('Ctrl/⌘ + / −')) ||
        (key === 'Ctrl/⌘+Shift+Z' && shown.includes('Ctrl/⌘+Z, Shift+Z')) ||
        (/^Shift\+[IRFE]$/.test(key) && shown.includes('Shift+I / R / F / E'));
      expect(covered, `${accelerator} is missing from the ? dialog`).toBe(true);
    }
  });
});
