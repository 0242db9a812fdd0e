/**
 * A batch gives every byte it held for its checks back to the check threads' caps, also when the
 * same file is picked twice (the second check's answer replaces the first one's).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportService } from '../../src-main/app/import-service';
import type { FileCheckThread } from '../../src-main/app/file-check-thread';

describe('bytes held for an import’s checks', () => {
  it('are all given back after a batch that picked the same file twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-cap-release-'));
    const path = join(dir, 'twice.md');
    writeFileSync(path, '# Twice\n\nThe same file, picked twice.');
    const service = new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      onResults: () => undefined,
    });
    // Some hash to check against, so picked files are hashed in the same visit as their stat.
    service.setKnownHashes(['0'.repeat(64)]);
    const threads = (service as unknown as { checks: { threads: FileCheckThread[] } }).checks.threads;
    try {
      const batch = await service.run([path, path]);
      expect(batch.total).toBe(1);
      expect(threads.reduce((sum, thread) => sum + thread.bytesHeld, 0)).toBe(0);
    } finally {
      service.dispose();
    }
  });
});
