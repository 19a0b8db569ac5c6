/** Accents removed, case kept: `Zürich` ⇒ `Zurich`. Keeps word shapes. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The key two spellings of a name agree on: no accents or case, `+`, `&`
 * and `and` dropped, punctuation as spaces. `KubeCon & CloudNativeCon` ⇒
 * `kubecon cloudnativecon`.
 */
export function nameKey(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(word => word && word !== 'and')
    .join(' ');
}

/** Short all-capital spellings (`EU`, `KCD`) only match in capitals. */
export function isCaseSensitiveSpelling(spelling: string): boolean {
  return /^[A-Z]{1,4}$/.test(spelling);
}

/** A regular-expression source matching `text` literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
