/**
 * The change handler of a file input: the chosen file goes to `take`, and the input is emptied so
 * that choosing the same file again (after fixing it, say) is a change too.
 */
import type { ChangeEvent } from 'react';

export function onFileChosen(take: (file: File) => void): (event: ChangeEvent<HTMLInputElement>) => void {
  return (event) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file !== undefined) take(file);
  };
}
