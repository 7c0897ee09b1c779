/**
 * The province a plan's names are read in: its issuer's, not the user's. A plan received from
 * Đà Nẵng that gives a task to "Sở Tài chính" gives it to Đà Nẵng's, and its "Các sở, ban, ngành"
 * are Đà Nẵng's, whatever province the clerk reading it chose.
 */
import type { AgencyDirectory } from './agency-directory';
import { directoryProvinces } from './agency-locality';
import { nameTokens } from './agency-names';
import type { Organ } from './agency.schema';
import type { PlanDocument } from './plan.schema';

/** Level words a province's name follows in a header or a citation: "tỉnh", "thành phố", "TP". */
const PROVINCE_LEVELS = new Set(['tinh', 'pho', 'tp']);

const provincesOf = new WeakMap<readonly Organ[], readonly { readonly name: string; readonly tokens: readonly string[] }[]>();

function provinces(directory: AgencyDirectory): readonly { readonly name: string; readonly tokens: readonly string[] }[] {
  const { organs } = directory.data;
  let known = provincesOf.get(organs);
  if (known === undefined) {
    known = directoryProvinces(directory.data).map((name) => ({ name, tokens: nameTokens(name) }));
    provincesOf.set(organs, known);
  }
  return known;
}

/**
 * The province a text names at its end: "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "Sở Y tế tỉnh Lào Cai",
 * or the place line alone ("Đà Nẵng"). A province's name after another level word ("phường Hà
 * Nam") is a commune's.
 */
function provinceNamed(directory: AgencyDirectory, text: string, alone: boolean): string | undefined {
  const tokens = nameTokens(text);
  return provinces(directory).find(({ tokens: p }) => {
    const at = tokens.length - p.length;
    if (at < 0 || !p.every((t, i) => tokens[at + i] === t)) return false;
    return at === 0 ? alone : PROVINCE_LEVELS.has(tokens[at - 1] ?? '');
  })?.name;
}

/** The issuer's province: named in its citation, header, parent line or place, else its organ's. */
export function issuerProvince(directory: AgencyDirectory, plan: Pick<PlanDocument, 'meta'>): string {
  const { issuingOrgan, parentOrgan, place } = plan.meta;
  const named =
    provinceNamed(directory, issuingOrgan.citation, false) ??
    provinceNamed(directory, issuingOrgan.header, false) ??
    provinceNamed(directory, parentOrgan, false) ??
    provinceNamed(directory, place, true);
  if (named !== undefined) return named;
  // A commune's plan names its commune, not its province: the commune's organ says which.
  const issuer = issuingOrgan.citation.trim() === '' ? undefined : directory.resolve(issuingOrgan.citation);
  return issuer?.kind === 'organ' && issuer.exact && issuer.organ.province !== '' ? issuer.organ.province : directory.data.province;
}

/** The directory as the plan's issuer reads names (AgencyDirectory.forProvince); the home province's when it names none. */
export function directoryForPlan(directory: AgencyDirectory, plan: Pick<PlanDocument, 'meta'>): AgencyDirectory {
  return directory.forProvince(issuerProvince(directory, plan));
}
