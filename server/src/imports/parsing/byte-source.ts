import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/** A file path, or the bytes of a file as a stream (an upload, an object-store download, …). */
export type ImportSource = string | Readable | AsyncIterable<Uint8Array>;

export type FileType = 'csv' | 'xlsx' | 'xls';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The file's bytes as a stream, with its type recognised from the first bytes (not the file name). */
export interface OpenedSource {
  fileType: FileType;
  bytes: Readable;
}

export async function openSource(source: ImportSource): Promise<OpenedSource> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const iterator: AsyncIterator<Uint8Array> = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (!done && headLength < ZIP_MAGIC.length) {
    const next = await iterator.next();
    done = next.done === true;
    if (next.done !== true) {
      head.push(asBuffer(next.value));
      headLength += next.value.length;
    }
  }
  const first = Buffer.concat(head);
  const fileType = fileTypeOf(first);
  // An unsupported file is not read on: close it now, as nothing will iterate it.
  if (fileType === 'xls') await iterator.return?.();
  const bytes = Readable.from(replay(first, iterator, done || fileType === 'xls'), { objectMode: false });
  return { fileType, bytes };
}

async function* replay(
  first: Buffer,
  rest: AsyncIterator<Uint8Array>,
  done: boolean,
): AsyncGenerator<Buffer> {
  try {
    if (first.length > 0) yield first;
    if (done) return;
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
      yield asBuffer(next.value);
    }
  } finally {
    // Stopping early (an error, a refused file) must still close the underlying file.
    await rest.return?.();
  }
}

function fileTypeOf(head: Buffer): FileType {
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (head.subarray(0, 4).equals(OLE_MAGIC)) return 'xls';
  return 'csv';
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
