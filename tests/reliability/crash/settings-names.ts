/** Names both halves of the settings-store crash subject agree on. */
export const SETTINGS = 'settings.json';
/** conf's (atomically's) temp for the store: `<name>.tmp-<10 digits><6 hex>`. */
export const CONF_TEMP = /^settings\.json\.tmp-\d{10}[a-f0-9]{6}$/u;
/** Version n is the n-th plan opened: the recent list's first entry. */
export const recentPath = (version: number): string => `/ke-hoach/phien-ban-${String(version).padStart(9, '0')}.kehoach`;
export const versionOfRecent = (path: string): number | null => {
  const match = /phien-ban-(\d{9})\.kehoach$/u.exec(path);
  return match === null ? null : Number(match[1]);
};
