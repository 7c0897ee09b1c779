// Lint rules, and the layer rule that keeps shared/ pure (DESIGN.md §2, STYLE.md §8.2).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'buffer', 'process'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': 'error',
    },
  },
  {
    // A row's cells are keyed by column ids a document chooses ("constructor", "toString"…):
    // read them as own properties (cellOf), never as plain-object keys.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[computed=true][property.type!='Literal'][object.property.name='cells']",
          message: 'Đọc ô bằng cellOf(row, id) (mã cột do tệp đặt, có thể trùng tên thuộc tính của Object); danh sách thì dùng .at().',
        },
        {
          selector: "BinaryExpression[operator='in'][right.property.name='cells']",
          message: 'Dùng Object.hasOwn: "in" cũng thấy thuộc tính kế thừa như "constructor".',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'slate-react', 'slate-dom', 'electron-store', ...nodeBuiltins],
          patterns: [
            { group: ['node:*'], message: 'shared/ chạy cả trong trình duyệt: không dùng module của Node.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ không phụ thuộc electron/ hay renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['shared/model/**/*.ts', 'shared/format/**/*.ts', 'shared/template/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['docx', 'pdf-lib', 'jszip', ...nodeBuiltins], patterns: [{ group: ['node:*', '**/render/**'] }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic rules only: the React Compiler rules of v7 forbid mutating a Slate editor,
      // which is how Slate is driven.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'electron-store', 'conf', ...nodeBuiltins],
          patterns: [
            { group: ['node:*'], message: 'renderer/ chạy trong trang web: không dùng module của Node.' },
            { group: ['**/electron/**'], message: 'renderer/ chỉ nói chuyện với máy chủ qua API trong shared/ipc.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ không phụ thuộc renderer/.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);
