import { CompiledDetectorError } from '../detect/read';

/**
 * Something the background compiled and stored, loaded; found damaged, it is asked for again,
 * made anew, once.
 */
export async function loadStored<Data, Loaded>(
  read: (options: { remake?: boolean }) => Promise<Data>,
  load: (data: Data) => Loaded,
): Promise<Loaded> {
  try {
    return load(await read({}));
  } catch (error) {
    if (!(error instanceof CompiledDetectorError)) throw error;
    return load(await read({ remake: true }));
  }
}
