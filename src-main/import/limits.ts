/** Limits of the import pipeline, in a module light enough for the main process to load at start. */

/** Files above this size are refused with a message rather than freezing the reader. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
