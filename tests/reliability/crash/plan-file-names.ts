/** Names both halves of the `.kehoach` crash subject agree on. */
export const DOCUMENT = 'ke-hoach.kehoach';
export const BACKUP = `${DOCUMENT}.bak`;

/** Versions differ only in the plan's id, always nine digits, so every version has the same length. */
export const idOf = (version: number): string => `crash-${String(version).padStart(9, '0')}`;
