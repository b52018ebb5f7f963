import { DocumentError } from './errors.js';
import type { Warning } from '../index.js';

export interface Decoded {
  text: string;
  warnings: Warning[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: false });

/** Share of control bytes (other than tab, newline, form feed, carriage return) that marks a file as binary. */
const binaryControlShare = 0.1;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  return sample.length > 0 && control / sample.length > binaryControlShare;
}

/** Decode a file's bytes: UTF-8 (BOM or not), UTF-16 LE/BE with BOM; invalid UTF-8 gets U+FFFD and a warning; binary is an error. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      swapped[i] = bytes[i + 1]!;
      swapped[i + 1] = bytes[i]!;
    }
    return { text: utf16le.decode(swapped), warnings: [] };
  }
  if (looksBinary(bytes)) throw new DocumentError('binary_input', 'the file looks binary (not text); no facts extracted');
  try {
    return { text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    return {
      text: lenientUtf8.decode(bytes),
      warnings: [{ code: 'invalid_utf8', message: 'invalid UTF-8 bytes were replaced with U+FFFD' }],
    };
  }
}
