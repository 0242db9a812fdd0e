/**
 * Renderer globals that dexie-export-import needs when it loads (`self`) and when it reads Blobs
 * (FileReader), supplied in Node. Import this first, before anything that imports the backup code.
 */
const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;
if (!('FileReader' in globalThis)) {
  g.FileReader = class {
    result: ArrayBuffer | string | null = null;
    error: unknown = null;
    onload: ((ev: { target: unknown }) => void) | null = null;
    onerror: ((ev: { target: unknown }) => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: this });
        },
        (error: unknown) => {
          this.error = error;
          this.onerror?.({ target: this });
        },
      );
    }
    readAsText(blob: Blob) {
      void blob.text().then((text) => {
        this.result = text;
        this.onload?.({ target: this });
      });
    }
  };
}
