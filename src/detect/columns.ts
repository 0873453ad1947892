import type { Column } from './compiled';

/**
 * Packing of integer tables into strings. A string is the one form of a big table that survives
 * structured cloning, JSON and extension storage alike; each column takes the narrowest width
 * that holds its values, so most state tables cost one or two bytes per value before base64.
 * Reading a column is on the way to every page's first scan: where the platform decodes base64
 * into bytes itself (`Uint8Array.fromBase64`), no script touches the values one by one.
 */

/** Bytes turned into characters at a time: few enough to pass as arguments. */
const BINARY_CHUNK = 0x2000;

/** The platform's base64 codec for bytes, where it has one (recent browsers). */
const fromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64?.bind(Uint8Array);
const toBase64 = (Uint8Array.prototype as { toBase64?: () => string }).toBase64;
/** Whether typed arrays hold their values little-endian, as columns are written. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

export function encodeColumn(values: ArrayLike<number>): Column {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // The integers from 0 to 2³¹ - 1 are exactly the values that `| 0` keeps and are not negative.
    if ((v | 0) !== v || v < 0) throw new RangeError(`Cannot pack ${v} into a column`);
    if (v > max) max = v;
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  let bytes: Uint8Array;
  if (LITTLE_ENDIAN) {
    const typed =
      width === 1 ? new Uint8Array(values) : width === 2 ? new Uint16Array(values) : new Uint32Array(values);
    bytes = new Uint8Array(typed.buffer);
  } else {
    bytes = new Uint8Array(values.length * width);
    for (let i = 0; i < values.length; i++) {
      for (let b = 0; b < width; b++) bytes[i * width + b] = (values[i]! >>> (8 * b)) & 0xff;
    }
  }
  if (toBase64) return `${width}${toBase64.call(bytes)}`;
  let binary = '';
  for (let at = 0; at < bytes.length; at += BINARY_CHUNK) {
    // `apply` takes the bytes as they are; spreading them would iterate one by one.
    binary += String.fromCharCode.apply(null, bytes.subarray(at, at + BINARY_CHUNK) as unknown as number[]);
  }
  return `${width}${btoa(binary)}`;
}

/** A column's values, as wide as they were written. */
export type ColumnValues = Uint8Array | Uint16Array | Uint32Array;

/** The values of a column, or null when it is no well-formed column. */
export function decodeColumn(column: string): ColumnValues | null {
  const width = column.charCodeAt(0) - 48;
  if ((width !== 1 && width !== 2 && width !== 4) || (column.length - 1) % 4 !== 0) return null;
  const base64 = column.slice(1);
  return fromBase64 && LITTLE_ENDIAN ? viewBytes(base64, width) : readBytes(base64, width);
}

/** Decodes natively and reads the bytes in place: no loop over the values in script. */
function viewBytes(base64: string, width: 1 | 2 | 4): ColumnValues | null {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64!(base64);
  } catch {
    return null;
  }
  if (bytes.length % width !== 0) return null;
  if (width === 1) return bytes;
  const { buffer, byteOffset, length } = bytes;
  return width === 2
    ? new Uint16Array(buffer, byteOffset, length / 2)
    : new Uint32Array(buffer, byteOffset, length / 4);
}

/** The same through `atob`, one value at a time. */
function readBytes(base64: string, width: 1 | 2 | 4): ColumnValues | null {
  let bytes: string;
  try {
    bytes = atob(base64);
  } catch {
    return null;
  }
  if (bytes.length % width !== 0) return null;
  // One loop per width keeps each loop simple.
  if (width === 1) {
    const values = new Uint8Array(bytes.length);
    for (let i = 0; i < values.length; i++) values[i] = bytes.charCodeAt(i);
    return values;
  }
  if (width === 2) {
    const values = new Uint16Array(bytes.length / 2);
    for (let i = 0, at = 0; i < values.length; i++, at += 2)
      values[i] = bytes.charCodeAt(at) | (bytes.charCodeAt(at + 1) << 8);
    return values;
  }
  const values = new Uint32Array(bytes.length / 4);
  for (let i = 0, at = 0; i < values.length; i++, at += 4) {
    values[i] =
      bytes.charCodeAt(at) |
      (bytes.charCodeAt(at + 1) << 8) |
      (bytes.charCodeAt(at + 2) << 16) |
      (bytes.charCodeAt(at + 3) << 24);
  }
  return values;
}
