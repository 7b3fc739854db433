// Chunk-by-chunk decoders for decode-text.ts.
import iconv from 'iconv-lite';

export interface ChunkDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

/** Thrown by a decoder; `newlinesBefore` counts the line breaks of the chunk before the bad byte. */
export class InvalidBytes extends Error {
  constructor(readonly newlinesBefore: number) {
    super('invalid bytes');
  }
}

export function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Whether the bytes are valid UTF-8, allowing a sequence cut off at the end. */
export function isUtf8Prefix(bytes: Buffer): boolean {
  const complete = bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(complete);
    return true;
  } catch {
    return false;
  }
}

/** The number of bytes at the end that start a UTF-8 sequence the next chunk completes (0–3). */
function incompleteUtf8Tail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) return back < utf8SequenceLength(byte) ? back : 0;
  }
  return 0;
}

function utf8SequenceLength(leadByte: number): number {
  if (leadByte >= 0xf0) return 4;
  return leadByte >= 0xe0 ? 3 : 2;
}

export class StrictUtf8Decoder implements ChunkDecoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private carry = Buffer.alloc(0);

  write(bytes: Buffer): string {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const tail = incompleteUtf8Tail(data);
    this.carry = Buffer.from(data.subarray(data.length - tail));
    return this.decodeComplete(data.subarray(0, data.length - tail));
  }

  end(): string {
    const rest = this.decodeComplete(this.carry);
    this.carry = Buffer.alloc(0);
    return rest;
  }

  // Chunks are cut at sequence boundaries, so a failure can be located exactly in this chunk.
  private decodeComplete(bytes: Buffer): string {
    try {
      return this.decoder.decode(bytes);
    } catch {
      const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      throw new InvalidBytes(countNewlines(lenient.slice(0, lenient.indexOf('\uFFFD'))));
    }
  }
}

export class Utf16Decoder implements ChunkDecoder {
  private readonly decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

  write(bytes: Buffer): string {
    return this.decoder.decode(bytes, { stream: true });
  }

  end(): string {
    return this.decoder.decode();
  }
}

export class Windows1252Decoder implements ChunkDecoder {
  private readonly decoder = iconv.getDecoder('windows-1252');

  write(bytes: Buffer): string {
    return this.decoder.write(bytes);
  }

  end(): string {
    return this.decoder.end() ?? '';
  }
}
