/**
 * Schema versions of saved plans. Each migration lifts a document by one version; loading runs the
 * chain up to the current version before validation, so old files keep opening.
 */
import { CURRENT_SCHEMA_VERSION } from './plan.schema';
import { PlanFormatError } from './plan-errors';

type JsonObject = Record<string, unknown>;
export type Migration = (doc: JsonObject) => JsonObject;

/** Keyed by the version a migration starts from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 only lets the year and the issuing organ be unknown: every version 1 plan is a valid one as it is.
  1: (doc) => doc,
  // Version 3 only lets the tên loại be unknown (a received plan that does not print it): every version 2 plan is valid as it is.
  2: (doc) => doc,
  // Version 4 adds two ways to number appendix rows (A, B… and 1, 2… counting on across groups): every version 3 plan is valid as it is.
  3: (doc) => doc,
};

export function migrate(
  value: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PlanFormatError('Nội dung tệp không phải là một kế hoạch (cần một đối tượng JSON).');
  }
  let doc = value as JsonObject;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new PlanFormatError(
      'Tệp không ghi phiên bản cấu trúc của kế hoạch: đây không phải tệp của Kế hoạch Studio hoặc tệp đã bị sửa hỏng.',
      'schemaVersion',
    );
  }
  if (version > target) {
    throw new PlanFormatError(
      `Tệp được tạo bởi phiên bản mới hơn của Kế hoạch Studio (cấu trúc tệp số ${version}, phiên bản này đọc đến số ${target}). Hãy cập nhật ứng dụng.`,
      'schemaVersion',
      'newer-version',
    );
  }
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (step === undefined) {
      throw new PlanFormatError(`Không có bước chuyển đổi từ schemaVersion ${v} lên ${v + 1}.`, 'schemaVersion');
    }
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return doc;
}
