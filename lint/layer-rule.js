/**
 * ESLint rule `layers/allow-list`: every import (type-only, re-export and dynamic ones included)
 * of a file in shared/, electron/ or renderer/ must be allowed by lint/layers.js. An unlisted
 * package or folder is an error, not a pass: a new dependency is a decision to write down.
 */
import { dirname, relative, resolve } from 'node:path';
import { LAYERS } from './layers.js';

const ROOT = resolve(import.meta.dirname, '..');
const BY_DEPTH = [...LAYERS].sort((a, b) => b.folder.length - a.folder.length);

/** The layer a repository path belongs to: the longest listed folder that contains it. */
export function layerOf(path) {
  return BY_DEPTH.find((layer) => path === layer.folder || path.startsWith(`${layer.folder}/`)) ?? null;
}

function packageName(specifier) {
  if (specifier.startsWith('node:')) return 'node:*';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function allowsFolder(layer, target) {
  return (
    target === layer || layer.imports.includes(target.folder) || (layer.imports.includes('shared/*') && target.folder.startsWith('shared/'))
  );
}

/** @type {import('eslint').Rule.RuleModule} */
export const allowList = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of lint/layers.js' },
    schema: [],
    messages: {
      unlisted: '{{path}} thuộc thư mục không có trong lint/layers.js: ghi thư mục ấy vào bản đồ các lớp.',
      folder: '{{from}} không được nhập {{to}} (lint/layers.js).',
      outside: '{{from}} không được nhập tệp ngoài các lớp: {{specifier}}.',
      package: '{{from}} không được dùng gói "{{name}}" (lint/layers.js).',
    },
  },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    // Only the product's three trees are layered; tests, bench and scripts may import anything.
    if (!/^(shared|electron|renderer)\//.test(file)) return {};
    const layer = layerOf(file);
    const check = (node, specifier) => {
      if (layer === null || typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const target = relative(ROOT, resolve(dirname(context.filename), specifier))
          .split('\\')
          .join('/');
        const to = layerOf(target);
        if (to === null) context.report({ node, messageId: 'outside', data: { from: layer.folder, specifier } });
        else if (!allowsFolder(layer, to)) context.report({ node, messageId: 'folder', data: { from: layer.folder, to: to.folder } });
        return;
      }
      const name = packageName(specifier);
      if (!layer.packages.includes(name)) context.report({ node, messageId: 'package', data: { from: layer.folder, name } });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      Program(node) {
        if (layer === null) context.report({ node, messageId: 'unlisted', data: { path: file } });
      },
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(literal, literal.value);
      },
    };
  },
};

export default { rules: { 'allow-list': allowList } };
