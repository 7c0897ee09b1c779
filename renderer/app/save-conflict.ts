/**
 * The question asked when a save finds the file changed behind the user's back (another window,
 * a colleague on a shared folder, another program, a newer version of the app): keep both, take
 * theirs, or write over theirs. Nothing is written until the user answers.
 */
import type { FileConflict } from '../../shared/ipc';
import type { Question } from '../base/dialogs';

export type ConflictChoice = 'keep-both' | 'reload' | 'overwrite' | 'cancel';

export function conflictQuestion(conflict: FileConflict): Question<ConflictChoice> {
  const overwrite =
    conflict.kind === 'newer-version'
      ? '"Ghi đè" thay tệp bằng bản của anh/chị; những gì phiên bản này không đọc được sẽ mất (bản cũ vẫn còn trong tệp .bak).'
      : '"Ghi đè" thay tệp bằng bản của anh/chị; bản trên đĩa được giữ trong thẻ Phiên bản và tệp .bak.';
  return {
    title: 'Tệp đã bị thay đổi',
    message: [
      conflict.message,
      '"Giữ cả hai" lưu bản của anh/chị thành một tệp mới bên cạnh, tệp kia giữ nguyên.',
      '"Mở bản trên đĩa" bỏ các thay đổi chưa lưu của anh/chị và mở tệp như hiện có.',
      overwrite,
    ].join(' '),
    choices: [
      { id: 'keep-both', label: 'Giữ cả hai', primary: true },
      { id: 'reload', label: 'Mở bản trên đĩa' },
      { id: 'overwrite', label: 'Ghi đè' },
      { id: 'cancel', label: 'Hủy' },
    ],
    cancel: 'cancel',
  };
}
