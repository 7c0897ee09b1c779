/**
 * `--ocr auto|always|never`, in a module of its own so that the command line's shared option
 * parsing does not load the OCR engine and the canvas binary for every command.
 */
export const OCR_MODES = ['auto', 'always', 'never'] as const;
export type OcrMode = (typeof OCR_MODES)[number];
