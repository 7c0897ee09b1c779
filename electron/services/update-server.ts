/**
 * Where the app looks for updates: the office's own HTTP server, named by whoever runs the
 * machines, never built into the app (each office has its own, and many have none: they install
 * the offline installer). The `KEHOACH_UPDATE_URL` environment variable wins; otherwise a file the
 * administrator places once for all users of the machine, `cap-nhat.json` with `{ "url": "…" }`, in
 * %ProgramData%\KeHoachStudio (Windows), /etc/kehoach-studio (Linux) or
 * /Library/Application Support/KeHoachStudio (macOS). No setting: no update checks at all.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const UPDATE_CONFIG_FILE = 'cap-nhat.json';

export interface UpdateServerSetting {
  /** The folder of latest.yml and the installers, ending in "/". */
  readonly url: string | null;
  /** Why a setting that was found is not used, in Vietnamese. */
  readonly problem: string | null;
}

/** The machine-wide folder of the setting file on this platform. */
export function machineConfigDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'KeHoachStudio');
  if (platform === 'darwin') return '/Library/Application Support/KeHoachStudio';
  return '/etc/kehoach-studio';
}

/** An http(s) address as the generic provider wants it, or null. */
export function updateFolderUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') return null;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function setting(text: string, where: string): UpdateServerSetting {
  const url = updateFolderUrl(text);
  return url === null
    ? {
        url: null,
        problem: `Địa chỉ máy chủ cập nhật trong ${where} không phải địa chỉ http hoặc https hợp lệ; sẽ không kiểm tra cập nhật.`,
      }
    : { url, problem: null };
}

export async function readUpdateServer(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): Promise<UpdateServerSetting> {
  const fromEnv = env.KEHOACH_UPDATE_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return setting(fromEnv, 'biến môi trường KEHOACH_UPDATE_URL');
  const path = join(machineConfigDir(platform, env), UPDATE_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { url: null, problem: null };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { url: null, problem: `Tệp ${path} không đúng dạng { "url": "http://…" }; sẽ không kiểm tra cập nhật.` };
  }
  const url = typeof value === 'object' && value !== null && 'url' in value && typeof value.url === 'string' ? value.url : '';
  return setting(url, `tệp ${path}`);
}
