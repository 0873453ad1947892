import { type ColumnValues, decodeColumn } from './columns';

/**
 * Checks for reading a compiled detector back. A stored value may be of an older format or
 * damaged; it must be refused on load, never turn into a detector that fails or hangs later.
 */

/** Thrown for a compiled detector of another format, or a damaged one. */
export class CompiledDetectorError extends Error {
  override name = 'CompiledDetectorError';
}

export function invalid(message: string): never {
  throw new CompiledDetectorError(`Invalid compiled detector: ${message}`);
}

export function readRecord(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(`${name} is not an object`);
  return value as Record<string, unknown>;
}

export function readArray(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) invalid(`${name} is not an array`);
  return value;
}

export function readString(value: unknown, name: string): string {
  if (typeof value !== 'string') invalid(`${name} is not a string`);
  return value;
}

export function readBoolean(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') invalid(`${name} is not a boolean`);
  return value;
}

/** An index into a list of `length` items. */
export function readIndex(value: unknown, length: number, name: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= length)
    invalid(`${name} is out of range`);
  return value as number;
}

/** A column's values; with `length`, it must hold exactly that many. */
export function readColumn(value: unknown, name: string, length?: number): ColumnValues {
  const values = typeof value === 'string' ? decodeColumn(value) : null;
  if (!values) invalid(`${name} is not a column`);
  if (length !== undefined && values.length !== length)
    invalid(`${name} holds ${values.length} values instead of ${length}`);
  return values;
}

/** Checks that every value of a column is below `limit`. */
export function checkBelow(values: ColumnValues, limit: number, name: string): void {
  for (let i = 0; i < values.length; i++) if (values[i]! >= limit) invalid(`${name} is out of range`);
}
