/**
 * The agency directory as data: organs (with their names, short forms, parent organ, rule system
 * and level) and collective phrases ("Các sở, ban, ngành") that take in organs by membership tags.
 * The starting directory is templates/agencies.json; the user's own file has the same shape and
 * overrides it entry by entry.
 */
import { z } from 'zod';
import { AuthorityKindSchema, SystemSchema } from './meta.schema';

/** Local government has two levels (tỉnh, xã) since 01/7/2025; older plans still name huyện. */
export const AgencyLevelSchema = z.enum(['trung-uong', 'tinh', 'huyen', 'xa']);
export type AgencyLevel = z.infer<typeof AgencyLevelSchema>;

const IdSchema = z.string().regex(/^[a-z0-9-]+$/, 'Mã cơ quan chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

/** ISO date from which an entry no longer exists (merged or dissolved), or "". */
const UntilSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Ngày thôi tồn tại ghi theo dạng năm-tháng-ngày (2025-07-01)')
  .default('');

export const OrganSchema = z.object({
  id: IdSchema,
  /** Full name as cited in running text: "Sở Kế hoạch và Đầu tư". */
  name: z.string().min(1),
  /** As printed in the header of its own documents, in capitals; "" = the name in capitals. */
  header: z.string().default(''),
  /** The line printed above the header (cơ quan chủ quản, "ĐẢNG BỘ TỈNH …"); "" = the parent's header. */
  parentHeader: z.string().default(''),
  /** Short forms used in plans: "Sở KH&ĐT", "UBND tỉnh". */
  short: z.array(z.string().min(1)).default([]),
  /** Other names the organ goes by. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Id of the organ it belongs to (cơ quan chủ quản, or the body a phòng belongs to); "" for none. */
  parent: z.union([IdSchema, z.literal('')]).default(''),
  system: SystemSchema,
  level: AgencyLevelSchema,
  /**
   * The province or city the organ is in, as the directory's `province` writes it ("Đà Nẵng");
   * "" for a body of no province (central) and for the user's own entries, which count as the
   * home province's. Collective phrases take in the home province's organs only.
   */
  province: z.string().default(''),
  /** Membership tags that collective phrases select ("so-nganh", "cap-uy", "ubnd-xa"). */
  groups: z.array(z.string().min(1)).default([]),
  /** Ký hiệu of the organ in document symbols: "BQL" in "KH-BQL", "ĐU" in "KH/ĐU". */
  symbol: z.string().default(''),
  /** Title of its head ("Giám đốc", "Trưởng ban"), used for the signer and for reporting lines. */
  head: z.string().default(''),
  signer: z
    .object({
      authority: z.array(z.object({ kind: AuthorityKindSchema, body: z.string().min(1) })),
      position: z.string().min(1),
    })
    .optional(),
  until: UntilSchema,
  /** The organ that took over its work, so a plan naming the old organ still reaches the new one. */
  successor: z.union([IdSchema, z.literal('')]).default(''),
});
export type Organ = z.infer<typeof OrganSchema>;
export type OrganInput = z.input<typeof OrganSchema>;

export const CollectiveSchema = z.object({
  id: IdSchema,
  /** The usual wording: "Các sở, ban, ngành". */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Membership tags it takes in; "*" takes in every organ. */
  includes: z.array(z.string().min(1)).min(1),
  /**
   * "Các cơ quan liên quan": membership cannot be decided from the text, so it counts only when
   * the user asks for it.
   */
  open: z.boolean().default(false),
  /** ISO date from which the phrase names bodies that no longer exist ("UBND các huyện"), or "". */
  until: UntilSchema,
  /** The phrase that names the bodies doing that work since, so a fix can offer it. */
  successor: z.union([IdSchema, z.literal('')]).default(''),
});
export type Collective = z.infer<typeof CollectiveSchema>;

/**
 * The user's own entries: they may name a parent or successor from the shipped directory, so ids
 * are checked only once both are merged (AgencyDirectoryDataSchema).
 */
export const AgencyDirectoryPartSchema = z.object({
  version: z.literal(1).default(1),
  /** The province the directory describes: used for the place name and to read "tỉnh Ninh Bình". */
  province: z.string().default(''),
  organs: z.array(OrganSchema).default([]),
  collectives: z.array(CollectiveSchema).default([]),
});

/** A contradiction between entries of a directory: where it is and what is wrong, in Vietnamese. */
export interface DirectoryProblem {
  readonly message: string;
  readonly path: (string | number)[];
}

type DirectoryShape = z.output<typeof AgencyDirectoryPartSchema>;

/**
 * What entries well formed one by one may still get wrong together: ids used twice, a parent or a
 * successor that is not in the directory, a successor without the date its body stopped, a cycle
 * of successors. Kept apart from the schema so that a merge of checked parts checks only this.
 */
export function directoryProblems(data: DirectoryShape): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const ids = new Set<string>();
  for (const list of ['organs', 'collectives'] as const) {
    data[list].forEach((entry, i) => {
      if (ids.has(entry.id)) problems.push({ message: `Mã "${entry.id}" bị trùng`, path: [list, i, 'id'] });
      ids.add(entry.id);
    });
  }
  const organIds = new Set(data.organs.map((o) => o.id));
  data.organs.forEach((organ, i) => {
    for (const key of ['parent', 'successor'] as const) {
      if (organ[key] !== '' && !organIds.has(organ[key]))
        problems.push({ message: `Không có cơ quan "${organ[key]}"`, path: ['organs', i, key] });
    }
  });
  const collectiveIds = new Set(data.collectives.map((c) => c.id));
  data.collectives.forEach((collective, i) => {
    if (collective.successor !== '' && !collectiveIds.has(collective.successor)) {
      problems.push({ message: `Không có cụm từ chỉ nhóm cơ quan "${collective.successor}"`, path: ['collectives', i, 'successor'] });
    }
  });
  for (const list of ['organs', 'collectives'] as const) problems.push(...successionProblems(data[list], list));
  return problems;
}

export const AgencyDirectoryDataSchema = AgencyDirectoryPartSchema.superRefine((data, ctx) => {
  for (const { message, path } of directoryProblems(data)) ctx.addIssue({ code: 'custom', message, path });
});

/**
 * A successor is named only for an entry that has stopped existing, and following successors never
 * comes back to where it started (a cycle would leave a renamed body without a name in force).
 */
function successionProblems(
  entries: readonly { id: string; until: string; successor: string }[],
  list: 'organs' | 'collectives',
): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  entries.forEach((entry, i) => {
    if (entry.successor !== '' && entry.until === '') {
      problems.push({
        message: `"${entry.id}" có đơn vị kế nhiệm "${entry.successor}" nhưng chưa ghi ngày thôi tồn tại`,
        path: [list, i, 'until'],
      });
    }
    const chain = [entry.id];
    for (let next = byId.get(entry.successor); next !== undefined; next = byId.get(next.successor)) {
      if (next.id === entry.id) {
        problems.push({ message: `Đơn vị kế nhiệm quay vòng: ${[...chain, entry.id].join(' → ')}`, path: [list, i, 'successor'] });
        break;
      }
      if (chain.includes(next.id)) break;
      chain.push(next.id);
    }
  });
  return problems;
}
export type AgencyDirectoryData = z.infer<typeof AgencyDirectoryDataSchema>;
export type AgencyDirectoryInput = z.input<typeof AgencyDirectoryDataSchema>;
