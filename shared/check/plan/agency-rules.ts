/**
 * Agency names in the "chủ trì" / "phối hợp" columns: each names an organ or a collective phrase of
 * the agency directory. A fix is offered only where the written name is the same organ misspelt
 * (the directory reads it as that organ and no other, numbers equal); a name the directory does
 * not know is reported with the names it resembles, never replaced: changing who is responsible
 * for a task is the drafter's decision.
 */
import { nameTokens, type AgencyDirectory, type PlanDocument } from '../../model';
import type { PlanRule } from './plan-rule';
import { agencyCells, agencyNamesIn } from './plan-texts';

interface NameFinding {
  readonly message: string;
  /** The organ's name when the written one is that organ misspelt. */
  readonly same?: string;
}

function nameFinding(name: string, agencies: AgencyDirectory): NameFinding | null {
  const resolution = agencies.resolve(name);
  if (resolution.kind === 'organ' && !resolution.exact) {
    const official = resolution.organ.name;
    return { message: `"${name}" là tên ${official} viết sai chính tả: ghi đúng tên cơ quan`, same: official };
  }
  if (resolution.kind !== 'unknown') return null;
  const like = resolution.suggestions.length === 0 ? '' : ` (tên gần giống: "${resolution.suggestions.join('", "')}")`;
  return {
    message: `"${name}" không có trong danh bạ cơ quan${like}: kiểm tra lại tên; nếu đúng, thêm cơ quan vào danh bạ riêng`,
  };
}

/**
 * Names no directory can hold: a class of bodies ("Các chủ đầu tư", "Các phòng, đơn vị liên quan")
 * and, when the directory does not list the issuer's own divisions, a division of the issuer
 * ("Phòng Kế hoạch - Tài chính" in a Ban's plan).
 */
function beyondDirectory(name: string, plan: PlanDocument, agencies: AgencyDirectory): boolean {
  const [first] = nameTokens(name);
  if (first === 'cac' || first === 'nhung') return true;
  if (first !== 'phong' && first !== 'bo' && first !== 'to') return false;
  const issuer = agencies.resolve(plan.meta.issuingOrgan.citation);
  return issuer.kind !== 'organ' || agencies.childrenOf(issuer.organ.id).length === 0;
}

export const agencyNameRule: PlanRule = {
  id: 'co-quan-ngoai-danh-ba',
  title: 'Tên cơ quan không có trong danh bạ',
  concept: 'agencyNames',
  severity: 'gợi ý',
  *check({ plan, agencies }) {
    if (agencies === undefined) return;
    for (const cell of agencyCells(plan)) {
      const names = agencyNamesIn(cell.text);
      for (const name of names) {
        const found = nameFinding(name, agencies);
        if (found?.same === undefined && beyondDirectory(name, plan, agencies)) continue;
        if (found === null) continue;
        const { same } = found;
        yield {
          at: cell.path,
          message: found.message,
          ...(same !== undefined && name === cell.text.trim()
            ? { fix: { kind: 'set-field' as const, path: cell.path, value: same, label: `Ghi là ${same} (cùng cơ quan, sửa chính tả)` } }
            : {}),
        };
      }
    }
  },
};
