/** Names both halves of the autosave crash subject agree on. */
export const SESSION = 'phien-soan-thao';
export const RECOVERY_FILE = `${SESSION}.recovery.json`;
