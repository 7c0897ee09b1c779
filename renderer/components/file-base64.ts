/** A chosen file's bytes as base64, the form the host's typed API (JSON) carries files in. */

/** Chunks keep String.fromCharCode's argument list well under the engine's limit. */
const CHUNK = 0x8000;

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
