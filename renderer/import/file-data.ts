/**
 * A chosen file as the host's import channel takes it: checked by name and size before its bytes
 * are read (then sent as base64, components/file-base64).
 */

const IMPORTABLE = /\.(?:docx|pdf|txt|png|jpe?g|tiff?)$/iu;

/** The host's largest cap (DOCX and PDF); a bigger file is refused before it is read into memory. */
const MAX_BYTES = 60 * 1024 * 1024;

/** Why this file cannot be imported, in Vietnamese, or null when it may be. */
export function fileRefusal(file: { readonly name: string; readonly size: number }): string | null {
  if (!IMPORTABLE.test(file.name)) return `"${file.name}" không phải tệp DOCX, PDF, TXT hoặc ảnh quét (PNG, JPEG, TIFF).`;
  if (file.size === 0) return `Tệp "${file.name}" rỗng, không có nội dung.`;
  if (file.size > MAX_BYTES)
    return `Tệp "${file.name}" quá lớn (${String(Math.round(file.size / 1024 / 1024))} MB); chỉ nhận tệp đến 60 MB.`;
  return null;
}

/** "1,2 MB", "340 KB": the size shown while a file is read. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
