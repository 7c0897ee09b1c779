/**
 * The question before writing a plan that is not ready to sign: how many lỗi and how many
 * unfinished parts (template guidance, blanks "…", a missing signer's name), the first few of each
 * with their places, and the choice between looking at them and writing anyway.
 */
import type { Finding } from '../../shared/check';
import type { Question } from '../app/dialogs';
import { findingMessage } from '../check/finding-text';

/** How many of each kind the question names; the rest are counted. */
const NAMED = 3;

export type ErrorsChoice = 'show' | 'go' | 'cancel';

export interface Blocking {
  readonly errors: readonly Finding[];
  readonly unfinished: readonly Finding[];
}

function listed(findings: readonly Finding[], noun: string): string[] {
  const named = findings.slice(0, NAMED).map((f) => `• ${f.location.label}: ${findingMessage(f)}`);
  const rest = findings.length - named.length;
  return [...named, ...(rest > 0 ? [`… và ${rest} ${noun} khác.`] : [])];
}

/** `action` is what the user asked for ("xuất DOCX", "in"); `verb` heads the button ("xuất", "in"). */
export function errorsQuestion({ errors, unfinished }: Blocking, action: string, verb: string): Question<ErrorsChoice> {
  const counts = [
    ...(errors.length > 0 ? [`${errors.length} lỗi thể thức`] : []),
    ...(unfinished.length > 0 ? [`${unfinished.length} chỗ chưa xong`] : []),
  ];
  const why =
    errors.length > 0
      ? 'Văn bản còn lỗi thể thức thì chưa nên ký và phát hành.'
      : 'Văn bản còn hướng dẫn của mẫu, chỗ trống "…" hoặc thông tin chưa điền thì chưa ký được.';
  return {
    title: `Kế hoạch còn ${counts.join(' và ')}`,
    message: [
      ...listed(errors, 'lỗi'),
      ...(errors.length > 0 && unfinished.length > 0 ? ['Chưa xong:'] : []),
      ...listed(unfinished, 'chỗ'),
      '',
      `${why} Vẫn ${action}?`,
    ].join('\n'),
    choices: [
      { id: 'show', label: errors.length > 0 ? 'Xem lỗi' : 'Xem các chỗ chưa xong', primary: true },
      { id: 'go', label: `Vẫn ${verb}` },
    ],
    cancel: 'cancel',
  };
}
