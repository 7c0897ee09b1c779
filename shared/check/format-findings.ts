/** Findings as a readable list: one line per finding, grouped by severity, with a count line. */
import { countBySeverity, sortFindings, type Finding } from './finding';

export function formatFindings(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  if (findings.length === 0) return 'Không phát hiện lỗi thể thức.';
  const lines = sortFindings(findings).map((f) => {
    const fix = f.fix === undefined ? '' : ` [có thể tự sửa: ${f.fix.label}]`;
    return `${f.severity.toLocaleUpperCase('vi')} [${f.ruleId}] ${f.location.label}: ${f.message}${fix}`;
  });
  lines.push('', `Tổng cộng: ${counts.lỗi} lỗi, ${counts['cảnh báo']} cảnh báo, ${counts['gợi ý']} gợi ý.`);
  return lines.join('\n');
}
