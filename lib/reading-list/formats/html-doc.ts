/** Parses an HTML export into an inert document (no scripts run, no resources load). */
import { ImportFormatError } from './types';

export function parseHtmlDocument(text: string, label: string): Document {
  if (typeof DOMParser === 'undefined') throw new ImportFormatError(`Reading a ${label} file needs a browser page.`);
  return new DOMParser().parseFromString(text, 'text/html');
}
