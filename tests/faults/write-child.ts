/**
 * A process that does one export write the way Gloss's main process does (writeFileAtomic, with
 * the journal of temporary files), for the fault suite to kill with SIGKILL part-way through.
 * Usage: node --import tsx write-child.ts TARGET JOURNAL MEGABYTES. Prints "writing" before.
 */
import { useTempJournal, writeFileAtomic } from '../../src-main/files/atomic-write';

const [target, journal, megabytes] = process.argv.slice(2);
useTempJournal(journal);
const line = `${'导出的笔记 exported note '.repeat(8)}\n`;
const text = `${line.repeat(Math.ceil((Number(megabytes) * 1024 * 1024) / Buffer.byteLength(line)))}<!-- complete -->\n`;
process.stdout.write('writing\n');
void writeFileAtomic(target, text).then(() => process.stdout.write('written\n'));
