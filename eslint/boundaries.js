// @ts-check
/**
 * Import boundaries as allow-lists. The repository is cut into layers (folders); each layer says
 * which layers, files, packages and Node modules it may import, and everything else is an error.
 * Specifiers are resolved first (relative paths and the tsconfig.json aliases alike), so
 * '../../db/api' and '@db/api' are the same import. eslint.config.js states one arrow per layer.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {[string, string][]} name and folder; the most specific folder first */
export const LAYERS = [
  ['shared/import/readers', 'shared/import/readers/'],
  ['shared', 'shared/'],
  ['db', 'renderer/src/db/'],
  ['data', 'renderer/src/data/'],
  ['services', 'renderer/src/services/'],
  ['state', 'renderer/src/state/'],
  ['components', 'renderer/src/components/'],
  ['features', 'renderer/src/features/'],
  ['i18n', 'renderer/src/i18n/'],
  ['platform', 'renderer/src/platform/'],
  ['workers', 'renderer/src/workers/'],
  ['pdf', 'renderer/src/pdf/'],
  ['cli', 'cli/'],
  ['electron', 'electron/'],
  ['scripts', 'scripts/'],
  ['tests', 'tests/'],
  ['assets', 'assets/'],
];

/** tsconfig.json `paths`: '@db/*' → 'renderer/src/db/' */
const ALIASES = Object.entries(
  /** @type {{ compilerOptions: { paths: Record<string, string[]> } }} */ (
    JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'))
  ).compilerOptions.paths,
).map(([pattern, targets]) => {
  const target = (targets[0] ?? '').replace(/^\.\//, '');
  return pattern.endsWith('/*')
    ? { prefix: pattern.slice(0, -1), to: target.slice(0, -1), exact: false }
    : { prefix: pattern, to: target, exact: true };
});

const NODE = new Set(builtinModules);

/** the app shell: renderer/src's own files (App.tsx, main.tsx, routes.ts) */
const APP_FOLDER = 'renderer/src/';

/** @param {string} path a repository path with forward slashes */
export function layerOf(path) {
  for (const [name, folder] of LAYERS) if (path.startsWith(folder)) return name;
  if (path.startsWith(APP_FOLDER) && !path.slice(APP_FOLDER.length).includes('/')) return 'app';
  return undefined;
}

const toRepoPath = (/** @type {string} */ absolute) =>
  relative(ROOT, absolute).split(sep).join('/');

/**
 * What an import names: a repository path (with its layer), a Node module or a package.
 * @param {string} specifier
 * @param {string} fromFile absolute path of the importing file
 * @returns {{ kind: 'path'; path: string; layer?: string } | { kind: 'node' } | { kind: 'package'; name: string }}
 */
export function importTarget(specifier, fromFile) {
  const bare = specifier.split('?')[0] ?? specifier;
  let path;
  if (bare.startsWith('.')) path = toRepoPath(resolve(dirname(fromFile), bare));
  else {
    const alias = ALIASES.find((a) => (a.exact ? bare === a.prefix : bare.startsWith(a.prefix)));
    if (alias) path = alias.exact ? alias.to : alias.to + bare.slice(alias.prefix.length);
  }
  if (path !== undefined) return { kind: 'path', path, layer: layerOf(path) };
  const parts = bare.split('/');
  const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? bare);
  if (bare.startsWith('node:') || NODE.has(name)) return { kind: 'node' };
  return { kind: 'package', name };
}

/**
 * @typedef {object} Allow
 * @property {string[]} [layers] layers it may import (its own is always allowed)
 * @property {string[]} [files] single files of other layers it may import
 * @property {string[]} [packages] npm packages (and their subpaths)
 * @property {boolean} [node] Node's own modules
 * @property {string} because why the arrow exists, shown with every error
 */

/** 'a/index.ts', 'a/index' and 'a' name the same module */
const moduleName = (/** @type {string} */ path) =>
  path.replace(/\.(ts|tsx|js|mjs)$/, '').replace(/\/index$/, '');
const sameModule = (/** @type {string} */ a, /** @type {string} */ b) =>
  moduleName(a) === moduleName(b);

/** @param {ReturnType<typeof importTarget>} target @param {string | undefined} own @param {Allow} allow */
function isAllowed(target, own, allow) {
  if (target.kind === 'node') return !!allow.node;
  if (target.kind === 'package') return (allow.packages ?? []).includes(target.name);
  if (target.layer !== undefined && target.layer === own) return true;
  if (target.layer !== undefined && (allow.layers ?? []).includes(target.layer)) return true;
  return (allow.files ?? []).some((allowed) => sameModule(allowed, target.path));
}

/** @param {ReturnType<typeof importTarget>} target */
function describe(target) {
  if (target.kind === 'node') return 'a Node module';
  if (target.kind === 'package') return `the package '${target.name}'`;
  return target.layer ? `${target.path} (layer ${target.layer})` : `${target.path} (in no layer)`;
}

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its allow-list names.' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'array', items: { type: 'string' } },
          files: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          node: { type: 'boolean' },
          because: { type: 'string' },
        },
        required: ['because'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: "{{from}} may not import '{{specifier}}' ({{target}}): {{because}}",
      unlayered:
        '{{from}} is in no layer: add its folder to eslint/boundaries.js and give it an allow-list.',
    },
  },
  create(context) {
    const allow = /** @type {Allow} */ (context.options[0]);
    const from = toRepoPath(context.filename);
    const own = layerOf(from);
    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const target = importTarget(source, context.filename);
      if (isAllowed(target, own, allow)) return;
      context.report({
        node,
        messageId: 'forbidden',
        data: { from, specifier: source, target: describe(target), because: allow.because },
      });
    };
    return {
      Program(node) {
        if (own === undefined) context.report({ node, messageId: 'unlayered', data: { from } });
      },
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'allowed-imports': allowedImports } };
