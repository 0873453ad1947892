import { storage } from 'wxt/utils/storage';
import { combinePacks } from '../pack/combine';
import { defaultPack } from '../pack/default';
import type { PackError } from '../pack/errors';
import { parsePackFile } from '../pack/parse';
import { validatePack } from '../pack/schema';
import type { Pack } from '../pack/types';

/** Packs the reader imported, in the order imported; the default pack is never stored. */
export const packsItem = storage.defineItem<Pack[]>('local:packs', { fallback: [], version: 1 });

export type ImportResult =
  | { ok: true; pack: Pack; replaced: boolean }
  | { ok: false; error: PackError | 'default-pack' };

/**
 * Stores a pack file's pack if it validates; on any refusal nothing is stored. A pack with the id
 * of one already imported replaces it (a newer edition); the default pack's id is refused.
 */
export async function importPackFile(text: string): Promise<ImportResult> {
  const result = parsePackFile(text);
  if (!result.ok) return result;
  const { pack } = result;
  if (pack.id === defaultPack.id) return { ok: false, error: 'default-pack' };
  const packs = await packsItem.getValue();
  const replaced = packs.some((stored) => stored.id === pack.id);
  await packsItem.setValue(
    replaced ? packs.map((stored) => (stored.id === pack.id ? pack : stored)) : [...packs, pack],
  );
  return { ok: true, pack, replaced };
}

export async function removePack(id: string): Promise<void> {
  await packsItem.setValue((await packsItem.getValue()).filter((pack) => pack.id !== id));
}

/**
 * The default pack with every imported one. Stored packs are validated again: they may come from
 * an older version of the extension, whose rules were not today's. One that fails is left out.
 */
export async function loadActivePack(): Promise<Pack> {
  const stored = await packsItem.getValue();
  if (stored.length === 0) return defaultPack;
  const valid = stored.flatMap((pack) => {
    const checked = validatePack(pack);
    return checked.ok && checked.pack.id !== defaultPack.id ? [checked.pack] : [];
  });
  return combinePacks([defaultPack, ...valid]);
}
