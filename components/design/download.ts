/**
 * Hands data to the browser as a file download (exports, backups). The one download helper of every
 * extension page: a hidden link clicked once, its object URL released a minute later, when any
 * browser has long since read it.
 */
export function download(fileName: string, data: BlobPart, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
