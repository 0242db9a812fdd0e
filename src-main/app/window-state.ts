/**
 * The window's size and position, kept in a small JSON file in the user-data folder so Gloss
 * reopens where it was closed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function loadWindowState(userDataPath: string): WindowState {
  try {
    const raw = JSON.parse(
      readFileSync(join(userDataPath, 'window-state.json'), 'utf8'),
    ) as Partial<WindowState>;
    if (!isFiniteNumber(raw.width) || !isFiniteNumber(raw.height)) return DEFAULT_STATE;
    return {
      width: Math.max(720, Math.min(raw.width, 10000)),
      height: Math.max(480, Math.min(raw.height, 10000)),
      x: isFiniteNumber(raw.x) ? raw.x : undefined,
      y: isFiniteNumber(raw.y) ? raw.y : undefined,
      maximized: raw.maximized === true,
    };
  } catch {
    return DEFAULT_STATE;
  }
}

export function saveWindowState(userDataPath: string, state: WindowState): void {
  try {
    writeFileSync(join(userDataPath, 'window-state.json'), JSON.stringify(state));
  } catch {
    // Losing the window position is harmless; never block quitting on it.
  }
}
