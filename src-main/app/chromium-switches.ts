/**
 * Chromium switches Gloss's main process sets before the app is ready, in one list that the e2e
 * shim starts its Chromium with too.
 *
 * SharedArrayBuffer: the search worker leaves each answer in shared memory as well as posting it,
 * so that the window can paint an answer in the frame that follows the keystroke (Chromium holds
 * posted messages back until that frame; src-renderer/src/search/answer-slot.ts). The window only
 * shows Gloss's own files under a strict CSP with no remote content, so there is no other origin
 * in the process for the shared memory's precise timing to be turned against.
 */
export const CHROMIUM_SWITCHES: readonly (readonly [name: string, value: string])[] = [
  ['enable-features', 'SharedArrayBuffer'],
];

/** The same switches as command-line arguments. */
export function chromiumSwitchArgs(): string[] {
  return CHROMIUM_SWITCHES.map(([name, value]) => `--${name}=${value}`);
}

export function appendChromiumSwitches(commandLine: {
  appendSwitch(name: string, value?: string): void;
}): void {
  for (const [name, value] of CHROMIUM_SWITCHES) commandLine.appendSwitch(name, value);
}
