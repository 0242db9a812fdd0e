/**
 * Writes the bad-input corpus to a folder, one subfolder per class, to try by hand
 * (`npm run extract -- DIR/*\/*`, or a folder import in the app):
 *
 *   node --import tsx tests/bad-input/generate.ts DIR
 */
import { resolve } from 'node:path';
import { CLASSES, writeCorpus } from './classes';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: node --import tsx tests/bad-input/generate.ts DIR\n');
  process.exit(2);
}
const written = writeCorpus(resolve(target));
for (const hostile of CLASSES)
  process.stdout.write(`${hostile.name}\t${written.get(hostile.name)?.length ?? 0} files\n`);
