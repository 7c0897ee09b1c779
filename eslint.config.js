// Lint rules, and the layers' allow-list (lint/layers.js; DESIGN.md §2, STYLE.md §8.2).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layers from './lint/layer-rule.js';

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
    // Which folder may import which folder and package: the allow-list of lint/layers.js.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/allow-list': 'error' },
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
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic rules only: the React Compiler rules of v7 forbid mutating a Slate editor,
      // which is how Slate is driven.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    // Plain JavaScript has no type annotations to write (the tests read its .d.ts files).
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/explicit-module-boundary-types': 'off' },
  },
);
