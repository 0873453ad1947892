import { storage } from 'wxt/utils/storage';

/**
 * The synced copy of the sites where Borderline is off, for the reader's other browsers. Synced
 * storage holds 8 KB an item and 100 KB in all, so the copy is a fixed set of items, each kept
 * under the item quota, together well under the total: as many sites as fit, the rest kept on
 * this device only (the local list is the truth, see `site-list.ts`). All the items are written
 * in one call, which counts as one of the writes a minute synced storage allows.
 */
export const MIRROR_ITEMS = 8;
/** Each item's JSON stays under this (the quota, 8,192 bytes, counts the key's length too). */
export const MIRROR_ITEM_BYTES = 7_800;

const chunkKey = (index: number) => `sync:disabledSites.${index}` as const;

/** The item a synced storage key names (as `storage.sync.onChanged` reports it), or null for another key. */
export function mirrorIndex(key: string): number | null {
  const match = /^disabledSites\.(\d)$/.exec(key);
  const index = match ? Number(match[1]) : -1;
  return index >= 0 && index < MIRROR_ITEMS ? index : null;
}

/** The sites split into MIRROR_ITEMS lists that each fit an item, and how many of the sites they hold. */
export function mirrorChunks(sites: readonly string[]): { chunks: string[][]; count: number } {
  const chunks: string[][] = Array.from({ length: MIRROR_ITEMS }, () => []);
  let chunk = 0;
  let bytes = 2; // []
  let count = 0;
  for (const site of sites) {
    // A quoted ASCII name and its comma; sites are punycode, so a character is a byte.
    const size = JSON.stringify(site).length + 1;
    if (bytes + size > MIRROR_ITEM_BYTES) {
      chunk += 1;
      bytes = 2;
      if (chunk === MIRROR_ITEMS) break;
    }
    chunks[chunk]!.push(site);
    bytes += size;
    count += 1;
  }
  return { chunks, count };
}

/** Writes the synced copy of `sites`; answers how many it holds. */
export async function writeMirror(sites: readonly string[]): Promise<number> {
  const { chunks, count } = mirrorChunks(sites);
  await storage.setItems(chunks.map((value, index) => ({ key: chunkKey(index), value })));
  return count;
}

/** The synced copy, as another browser of the reader's wrote it; empty when there is none. */
export async function readMirror(): Promise<string[]> {
  const items = await storage.getItems(Array.from({ length: MIRROR_ITEMS }, (_, index) => chunkKey(index)));
  return items.flatMap(({ value }) =>
    Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string') : [],
  );
}
