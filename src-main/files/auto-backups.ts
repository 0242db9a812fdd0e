/**
 * Which daily automatic backups to delete (the newest `keep` days stay), and which is the newest
 * (restored when the library cannot be opened). Only files named the
 * way automatic backups are named are ever chosen, so nothing else in the folder is touched.
 */

/** `gloss-backup-2024-05-01.json`: the name the main process gives a daily backup. */
export function autoBackupFileName(day: string): string {
  return `gloss-backup-${day}.json`;
}

const AUTO_BACKUP = /^gloss-backup-(\d{4})-(\d{2})-(\d{2})\.json$/;

function isRealDay(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

/** The automatic backups among `fileNames`, once each, oldest first. */
function autoBackups(fileNames: readonly string[]): string[] {
  return [...new Set(fileNames)]
    .filter((name) => {
      const m = AUTO_BACKUP.exec(name);
      return m !== null && isRealDay(m[1], m[2], m[3]);
    })
    .sort();
}

/**
 * The file names to delete, oldest first. `keep` is at least 1: pruning never deletes the
 * last backup.
 */
export function pruneAutoBackups(fileNames: readonly string[], keep = 7): string[] {
  const backups = autoBackups(fileNames);
  const kept = Math.max(1, Math.floor(keep));
  return backups.slice(0, Math.max(0, backups.length - kept));
}

/** The newest automatic backup among `fileNames`, or null when there is none. */
export function newestAutoBackup(fileNames: readonly string[]): string | null {
  return autoBackups(fileNames).at(-1) ?? null;
}
