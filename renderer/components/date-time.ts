/** A time from the host (ISO 8601) as a Vietnamese reader writes it; the raw text when it is not a time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('vi-VN');
}
