/**
 * A site's host permission, borrowed for one fetch ("Fetch the article" in the reader view): asked
 * for inside the reader's click, given back (`permissions.remove`) as soon as the fetch is over,
 * whether it worked or not, unless the reader had granted it before for another reason.
 */

/** The slice of `browser.permissions` this needs (a fake in tests). */
export interface PermissionRemover {
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * Runs `work` once `granted` (the `permissions.request` made inside the click) resolves true, then
 * gives the permission back unless `heldBefore`. Resolves `{ ok: false }` when the reader declined.
 */
export async function withSitePermission<T>(
  api: PermissionRemover,
  origin: string,
  granted: Promise<boolean>,
  heldBefore: boolean,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false }> {
  if (!(await granted)) return { ok: false };
  try {
    return { ok: true, value: await work() };
  } finally {
    if (!heldBefore) await api.remove({ origins: [origin] }).catch(() => false);
  }
}
