import { ImportFileError } from './errors.js';
import type { EncodingSetting } from './profile-types.js';
import {
  countNewlines,
  InvalidBytes,
  isUtf8Prefix,
  StrictUtf8Decoder,
  Utf16Decoder,
  Windows1252Decoder,
  type ChunkDecoder,
} from './text-decoders.js';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le';

/**
 * Decodes a byte stream to text, chunk by chunk.
 *
 * A byte-order mark decides: UTF-8 (EF BB BF) or UTF-16LE (FF FE, Excel's "Unicode text"), and is
 * dropped. Otherwise `auto` reads the bytes as ASCII up to the first byte ≥ 0x80 and checks the
 * bytes from there to the end of that chunk as strict UTF-8: valid means UTF-8, invalid means
 * Windows-1252 (a superset of ISO-8859-1's letters). Finnish text in Windows-1252 is practically never
 * valid UTF-8: `ä` is the single byte E4, which in UTF-8 must be followed by two continuation bytes.
 * UTF-8 is always decoded strictly: an invalid byte later in the file refuses the file, naming the
 * line, rather than silently turning a letter into `�`.
 */
export async function* decodeText(
  bytes: AsyncIterable<Buffer>,
  setting: EncodingSetting,
  fileName: string,
  onEncoding: (encoding: TextEncodingName) => void,
): AsyncGenerator<string> {
  const decoder = new BomSniffingDecoder(setting, onEncoding);
  let line = 1;
  const decode = (write: () => string): string => {
    try {
      const text = write();
      line += countNewlines(text);
      return text;
    } catch (error) {
      if (error instanceof InvalidBytes) throw invalidUtf8(fileName, line + error.newlinesBefore);
      throw error;
    }
  };
  for await (const chunk of bytes) {
    const text = decode(() => decoder.write(chunk));
    if (text !== '') yield text;
  }
  const tail = decode(() => decoder.end());
  if (tail !== '') yield tail;
}

function invalidUtf8(fileName: string, line: number): ImportFileError {
  return new ImportFileError({
    fileName,
    code: 'INVALID_ENCODING',
    line,
    message:
      `The file "${fileName}" is not valid UTF-8 text (first invalid character on line ${line}). ` +
      'Save it as UTF-8, or if it is Windows-1252 ("ANSI") text, import it with a profile whose encoding is ' +
      'windows-1252.',
  });
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

class BomSniffingDecoder implements ChunkDecoder {
  private inner?: ChunkDecoder;
  private head = Buffer.alloc(0);

  constructor(
    private readonly setting: EncodingSetting,
    private readonly onEncoding: (encoding: TextEncodingName) => void,
  ) {}

  write(bytes: Buffer): string {
    if (this.inner) return this.inner.write(bytes);
    this.head = Buffer.concat([this.head, bytes]);
    return this.head.length < UTF8_BOM.length ? '' : this.start();
  }

  end(): string {
    const text = this.inner ? '' : this.start();
    return text + (this.inner?.end() ?? '');
  }

  private start(): string {
    const { encoding, bomLength } = this.fromBom();
    this.inner = encoding ? decoderFor(encoding, this.onEncoding) : this.fromSetting();
    return this.inner.write(this.head.subarray(bomLength));
  }

  private fromBom(): { encoding?: TextEncodingName; bomLength: number } {
    if (this.head.subarray(0, 3).equals(UTF8_BOM)) return { encoding: 'utf-8', bomLength: 3 };
    if (this.head.subarray(0, 2).equals(UTF16LE_BOM)) return { encoding: 'utf-16le', bomLength: 2 };
    return { bomLength: 0 };
  }

  private fromSetting(): ChunkDecoder {
    if (this.setting === 'auto') return new AutoDecoder(this.onEncoding);
    return decoderFor(this.setting, this.onEncoding);
  }
}

function decoderFor(encoding: TextEncodingName, onEncoding: (e: TextEncodingName) => void): ChunkDecoder {
  onEncoding(encoding);
  if (encoding === 'utf-8') return new StrictUtf8Decoder();
  if (encoding === 'utf-16le') return new Utf16Decoder();
  return new Windows1252Decoder();
}

class AutoDecoder implements ChunkDecoder {
  private chosen?: ChunkDecoder;
  private held = Buffer.alloc(0);

  constructor(private readonly onEncoding: (encoding: TextEncodingName) => void) {}

  write(bytes: Buffer): string {
    if (this.chosen) return this.chosen.write(bytes);
    const data = this.held.length > 0 ? Buffer.concat([this.held, bytes]) : bytes;
    const firstHigh = indexOfNonAscii(data);
    if (firstHigh === -1) {
      this.held = Buffer.alloc(0);
      return data.toString('latin1');
    }
    const ascii = data.toString('latin1', 0, firstHigh);
    const evidence = data.subarray(firstHigh);
    // Too few bytes to tell a split UTF-8 sequence from a Windows-1252 letter: wait for more.
    if (evidence.length < 4) {
      this.held = Buffer.from(evidence);
      return ascii;
    }
    this.held = Buffer.alloc(0);
    return ascii + this.choose(evidence).write(evidence);
  }

  end(): string {
    if (this.chosen) return this.chosen.end();
    const decoder = this.choose(this.held);
    return decoder.write(this.held) + decoder.end();
  }

  private choose(evidence: Buffer): ChunkDecoder {
    const encoding = isUtf8Prefix(evidence) ? 'utf-8' : 'windows-1252';
    this.chosen = decoderFor(encoding, this.onEncoding);
    return this.chosen;
  }
}

function indexOfNonAscii(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}
