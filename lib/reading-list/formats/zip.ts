/**
 * Reading zip files safely (fflate). Two steps:
 *  - `listZip` reads only the central directory (names and the sizes the zip declares) and refuses
 *    an entry or a total over the limits before anything is inflated;
 *  - `readZip` inflates the wanted entries with fflate's streaming `Unzip`, fed in small slices, and
 *    counts the bytes that really come out: an entry that unpacks to more than it declared, or past
 *    a limit, stops the unzipping at once. So neither a zip bomb nor a zip that lies about its sizes
 *    can make Backstory allocate more than the limits.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { MAX_ENTRY_BYTES, MAX_UNZIPPED_BYTES } from './limits';
import { ImportFormatError } from './types';

export interface ZipEntryInfo {
  name: string;
  /** Unpacked size as the central directory declares it. */
  declaredSize: number;
}

const MB = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en')} MB`;
const shown = (name: string) => `“${name.slice(0, 120)}”`;

/** Whether the bytes start like a zip file (a local file header, or the end record of an empty zip). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** The entries of a zip, from its central directory; nothing is inflated. Throws on a damaged zip. */
export function listZip(bytes: Uint8Array, label = 'zip'): ZipEntryInfo[] {
  if (!isZip(bytes)) throw new ImportFormatError(`This file is not a ${label}: it is not a zip file.`);
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, declaredSize: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new ImportFormatError(`This zip file is damaged and cannot be read.`);
  }
  return entries;
}

/** Refuses entries the zip itself declares too large, before inflating anything. */
function checkDeclared(entries: readonly ZipEntryInfo[]): void {
  let total = 0;
  for (const e of entries) {
    if (e.declaredSize > MAX_ENTRY_BYTES) {
      throw new ImportFormatError(`The zip entry ${shown(e.name)} unpacks to ${MB(e.declaredSize)}: Backstory reads entries up to ${MB(MAX_ENTRY_BYTES)}. Nothing was imported.`);
    }
    total += e.declaredSize;
  }
  if (total > MAX_UNZIPPED_BYTES) {
    throw new ImportFormatError(`This zip unpacks to ${MB(total)}: Backstory reads zips that unpack to at most ${MB(MAX_UNZIPPED_BYTES)}. Nothing was imported.`);
  }
}

/** Compressed bytes handed to the inflater at a time: bounds what one step can unpack (deflate: ~1,000×, so ~4 MB). */
const SLICE = 4 * 1024;

/**
 * Inflates the entries whose name `wanted` accepts, checking sizes as they come out. Returns
 * name → bytes. Throws `ImportFormatError` naming the entry on any excess or damage.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, label = 'zip'): Map<string, Uint8Array> {
  const listed = listZip(bytes, label);
  const declared = new Map(listed.map((e) => [e.name, e.declaredSize]));
  checkDeclared(listed.filter((e) => wanted(e.name)));
  const out = new Map<string, Uint8Array>();
  let total = 0;
  let failure: ImportFormatError | null = null;
  const fail = (message: string) => {
    failure ??= new ImportFormatError(message);
  };
  const unzip = new Unzip((file) => {
    if (failure || !wanted(file.name) || !declared.has(file.name)) return; // not started: never inflated
    const limit = Math.min(MAX_ENTRY_BYTES, declared.get(file.name)!);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) return fail(`The zip entry ${shown(file.name)} is damaged and cannot be read.`);
      size += data.length;
      total += data.length;
      if (size > limit) {
        file.terminate();
        return fail(
          size > MAX_ENTRY_BYTES
            ? `The zip entry ${shown(file.name)} unpacks to more than ${MB(MAX_ENTRY_BYTES)}: too large to import. Nothing was imported.`
            : `The zip entry ${shown(file.name)} unpacks to more than the ${declared.get(file.name)!.toLocaleString('en')} bytes it declares: the zip is damaged or forged. Nothing was imported.`,
        );
      }
      if (total > MAX_UNZIPPED_BYTES) {
        file.terminate();
        return fail(`This zip unpacks to more than ${MB(MAX_UNZIPPED_BYTES)}: too large to import. Nothing was imported.`);
      }
      chunks.push(data);
      if (final) {
        const whole = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) whole.set(c, (at += c.length) - c.length);
        out.set(file.name, whole);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) unzip.push(bytes.subarray(at, Math.min(bytes.length, at + SLICE)), at + SLICE >= bytes.length);
  } catch (error) {
    if (!failure) fail(error instanceof ImportFormatError ? error.message : 'This zip file is damaged and cannot be read.');
  }
  if (failure) throw failure as ImportFormatError;
  for (const name of declared.keys()) {
    if (wanted(name) && !out.has(name)) throw new ImportFormatError(`The zip entry ${shown(name)} could not be read: the zip is damaged.`);
  }
  return out;
}

/** The last part of an entry's path ("part_000000.csv"). */
export const baseName = (name: string) => name.split('/').pop() ?? name;
