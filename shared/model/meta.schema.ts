/**
 * Everything around the body: header block, references, signer, recipients and markings.
 * Blank number/day/month mean "left for the văn thư to fill at signing".
 */
import { z } from 'zod';

export const ProfileIdSchema = z.enum(['nd30-2020', 'hd36-2018', 'hd05-2026']);
export type ProfileId = z.infer<typeof ProfileIdSchema>;

export const SystemSchema = z.enum(['dang', 'nha-nuoc']);
export type System = z.infer<typeof SystemSchema>;

/** The day needs its month: "ngày 15 tháng … năm 2026" says nothing. */
const dayNeedsMonth = (d: { month: number | null; day: number | null }): boolean => d.month !== null || d.day === null;
const DAY_NEEDS_MONTH = { error: 'Không thể có ngày khi chưa có tháng', path: ['day'] };
const YEAR = z.number().int().min(1945).max(2200);
const MONTH = z.number().int().min(1).max(12).nullable();
const DAY = z.number().int().min(1).max(31).nullable();

/** A date whose day or month may be left blank: "ngày    tháng 02 năm 2026". */
export const PartialDateSchema = z.object({ year: YEAR, month: MONTH, day: DAY }).refine(dayNeedsMonth, DAY_NEEDS_MONTH);
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * The plan's own date: a partial date whose year is null only while it is not known (a received
 * document that bears no date), until the drafter writes it in.
 */
export const IssueDateSchema = z.object({ year: YEAR.nullable(), month: MONTH, day: DAY }).refine(dayNeedsMonth, DAY_NEEDS_MONTH);
export type IssueDate = z.infer<typeof IssueDateSchema>;

/** The issue date as a partial date, or null while its year is unknown. */
export function knownDate(date: IssueDate): PartialDate | null {
  return date.year === null ? null : { ...date, year: date.year };
}

/** A superior or related document, cited as "Kế hoạch số 30/KH-UBND ngày 29/01/2026 của UBND tỉnh". */
export const DocumentReferenceSchema = z.object({
  id: z.string().min(1),
  /** Tên loại as written in a citation: "Nghị quyết", "Kế hoạch", "Chương trình hành động". */
  typeName: z.string().min(1),
  number: z.string(),
  /** "NQ/TU" (Party: cited 05-NQ/TU) or "KH-UBND" (State: cited 30/KH-UBND). */
  symbol: z.string(),
  /** Which citation form the number takes. */
  system: SystemSchema,
  /** ISO date, or '' when unknown. */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  issuer: z.string(),
  /** The trích yếu of the cited document, starting with "về …" where it has one. */
  title: z.string().default(''),
  /** "sau đây viết tắt là …" */
  shortName: z.string().default(''),
  /** The plan implements this document (a parent), or only cites it as căn cứ. */
  role: z.enum(['implements', 'basis']).default('implements'),
});
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

/** TM./T/M, KT./K/T, TL./T/L, TUQ., Q.: stored by meaning, written in the form of the profile. */
export const AuthorityKindSchema = z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']);
export type AuthorityKind = z.infer<typeof AuthorityKindSchema>;

export const SignerSchema = z.object({
  /** "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH": one line per step of delegation. */
  authority: z.array(z.object({ kind: AuthorityKindSchema, body: z.string() })),
  position: z.string(),
  name: z.string(),
});
export type Signer = z.infer<typeof SignerSchema>;

export const RecipientSchema = z.object({
  name: z.string().min(1),
  /** "(để báo cáo)" after a single recipient. */
  purpose: z.string().optional(),
});

/** Several recipients sharing one purpose, drawn with a brace: "} (để báo cáo)". */
export const RecipientGroupSchema = z.object({
  purpose: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
});

export const RecipientEntrySchema = z.union([RecipientGroupSchema, RecipientSchema]);
export type RecipientEntry = z.infer<typeof RecipientEntrySchema>;
export type RecipientGroup = z.infer<typeof RecipientGroupSchema>;

export const MarkingsSchema = z.object({
  secrecy: z.enum(['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT']).default(''),
  urgency: z.enum(['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC']).default(''),
  /** "LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI". */
  circulation: z.string().default(''),
  /** "Dự thảo lần 2"; empty for the final text. */
  draft: z.string().default(''),
  /** Ký hiệu người soạn thảo ("PL"), with the number of copies printed. */
  drafterInitials: z.string().default(''),
  copies: z.number().int().positive().nullable().default(null),
});
export type Markings = z.infer<typeof MarkingsSchema>;

export const MetaSchema = z.object({
  /** KH, CTr, … (ký hiệu tên loại); "" when a received document shows neither it nor its tên loại. */
  docType: z.string(),
  /** Tên loại as printed: "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"; "" when a received document does not print it. */
  typeName: z.string(),
  /** Trích yếu. */
  summary: z.string(),
  /** Tên cơ quan chủ quản, in capitals; "" when the issuer has none. "\n" breaks lines. */
  parentOrgan: z.string(),
  /** Both "" only while unknown (a received document that names no issuer), until the drafter writes it in. */
  issuingOrgan: z.object({
    /** As printed in the header, in capitals: "TỈNH ỦY NINH BÌNH". */
    header: z.string(),
    /** As cited in running text: "Ban Thường vụ Tỉnh ủy". */
    citation: z.string(),
  }),
  place: z.string(),
  number: z.string().regex(/^\d*$/, 'Số văn bản chỉ gồm chữ số'),
  /** "KH/TU" (Party) or "KH-BQL" (State). */
  symbol: z.string(),
  date: IssueDateSchema,
  markings: MarkingsSchema.prefault({}),
});
export type Meta = z.infer<typeof MetaSchema>;
