/**
 * The question before writing a plan that still has lỗi: how many, the first few with their
 * places, and the choice between looking at them and writing anyway.
 */
import type { Finding } from '../../shared/check';
import type { Question } from '../app/dialogs';
import { findingMessage } from '../check/finding-text';

/** How many lỗi the question names; the rest are counted. */
const NAMED = 3;

export type ErrorsChoice = 'show' | 'go' | 'cancel';

/** `action` is what the user asked for ("xuất DOCX", "in"); `verb` heads the button ("xuất", "in"). */
export function errorsQuestion(errors: readonly Finding[], action: string, verb: string): Question<ErrorsChoice> {
  const named = errors.slice(0, NAMED).map((f) => `• ${f.location.label}: ${findingMessage(f)}`);
  const rest = errors.length - named.length;
  return {
    title: `Kế hoạch còn ${errors.length} lỗi thể thức`,
    message: [
      ...named,
      ...(rest > 0 ? [`… và ${rest} lỗi khác.`] : []),
      '',
      `Văn bản còn lỗi thể thức thì chưa nên ký và phát hành. Vẫn ${action}?`,
    ].join('\n'),
    choices: [
      { id: 'show', label: 'Xem lỗi', primary: true },
      { id: 'go', label: `Vẫn ${verb}` },
    ],
    cancel: 'cancel',
  };
}
