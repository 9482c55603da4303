// Credential files (tokens, keys, the AWS shared files) are small. They are read as regular
// files up to a cap, so that a FIFO, a device such as /dev/zero or a huge file, named by
// mistake or by a variable someone else set, cannot hang a login or fill the memory.

import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";

/** The largest credential file read: 1 MiB. */
export const MAX_FILE_BYTES = 1024 * 1024;

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** An error with a `code`, as Node's own file errors carry (callers show the code). */
const failure = (code: string) => Object.assign(new Error(code), { code });

function checked(isFile: boolean, size: number): void {
  if (!isFile) throw failure("not a regular file");
  if (size > MAX_FILE_BYTES) throw failure("larger than 1 MiB");
}

/** The file's text; a missing file throws Node's ENOENT, as `readFile` does. */
export async function readSmallFile(path: string): Promise<string> {
  const handle = await open(path, FLAGS);
  try {
    const stat = await handle.stat();
    checked(stat.isFile(), stat.size);
    // Read one byte past the cap: a file that grew since its size was taken is refused too.
    const buffer = new Uint8Array(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      checked(true, length);
    }
    return new TextDecoder().decode(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

/** As {@link readSmallFile}, for the callers that read at once (a factory, not a login). */
export function readSmallFileSync(path: string): string {
  const fd = openSync(path, FLAGS);
  try {
    const stat = fstatSync(fd);
    checked(stat.isFile(), stat.size);
    const buffer = new Uint8Array(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      checked(true, length);
    }
    return new TextDecoder().decode(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}
