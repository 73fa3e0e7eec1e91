/** Parses an HTML export into an inert document (no scripts run, no resources load). */
import { decodeText, ImportFormatError } from './types';

/**
 * An HTML export's bytes as an inert document, once its text looks like the format (`looks`);
 * else refused with `refusal`. Shared by the bookmark and Pocket HTML formats.
 */
export function readHtmlExport(bytes: Uint8Array, label: string, looks: (text: string) => boolean, refusal: string): Document {
  const text = decodeText(bytes, label);
  if (!looks(text)) throw new ImportFormatError(refusal);
  return parseHtmlDocument(text, label);
}

export function parseHtmlDocument(text: string, label: string): Document {
  if (typeof DOMParser === 'undefined') throw new ImportFormatError(`Reading a ${label} file needs a browser page.`);
  return new DOMParser().parseFromString(text, 'text/html');
}
