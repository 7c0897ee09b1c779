/** The unit a user names, found in the agency directory, or a Vietnamese error with the closest names. */
import type { AgencyDirectory, Organ } from '../model';
import { CloneError } from './clone-error';

export function resolveUnit(directory: AgencyDirectory, name: string): Organ {
  const found = directory.resolve(name);
  switch (found.kind) {
    case 'organ':
      return found.organ;
    case 'collective':
      throw new CloneError(
        `"${name}" là cụm từ chỉ nhiều cơ quan ("${found.collective.name}"), không phải một đơn vị; hãy ghi tên một cơ quan, đơn vị cụ thể.`,
        'not-a-unit',
      );
    case 'unknown': {
      const hint =
        found.suggestions.length === 0 ? '' : ` Tên gần nhất trong danh bạ: ${found.suggestions.map((s) => `"${s}"`).join(', ')}.`;
      throw new CloneError(
        `Không tìm thấy đơn vị "${name}" trong danh bạ cơ quan.${hint} Có thể bổ sung đơn vị vào danh bạ riêng của người dùng.`,
        'unknown-unit',
        found.suggestions,
      );
    }
  }
}
