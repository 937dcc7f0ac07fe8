import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Every Node built-in, bare or with its node: prefix (a short hand-made list let `util` or `events` through).
const noNodeImports = builtinModules
  .filter((m) => !m.startsWith('_'))
  .flatMap((m) => [m, `node:${m}`])
  .map((name) => ({
    name,
    message: 'UI and core code must not import Node modules: they run in a browser too.',
  }));
// React Router's own links bring its prefetching and discovery code onto the home page (src/components/ui/link.tsx).
const routerLinks = {
  name: 'react-router-dom',
  importNames: ['Link', 'NavLink'],
  message: "Use src/components/ui/link.tsx's Link (React Router's costs the home page ~2.6 kB gz).",
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench-out', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Relative imports name their file, as Node's own loader needs (and Vite's native config loader, which
      // warns on every build and dev start when vite.config.ts reaches an import without one).
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map(
          (node) => ({
            selector: `${node}[source.value=/^[.]{1,2}[/]/]:not([source.value=/[.](ts|tsx|json|css|svg|mjs)$/])`,
            message: 'Relative imports end in the file extension (./x.ts), as Node resolves them.',
          }),
        ),
      ],
    },
  },
  // The pure core and the browser code never touch Node: they must run in a worker, a test and a browser alike.
  {
    files: [
      'src/ingest/**',
      'src/common/**',
      'src/site/**',
      'src/app/**',
      'src/features/**',
      'src/components/**',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // Debug output or an environment switch left in the core runs per word in every worker and breaks the browser.
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'The core and UI code run in a browser too: pass settings in as arguments.',
        })),
      ],
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNodeImports, routerLinks],
          patterns: [
            {
              group: ['**/node/*', 'node:*'],
              message: 'UI and core code must not import Node modules or src/node.',
            },
          ],
        },
      ],
    },
  },
  // Features stay independent: shared pieces move down to common/ or components/ui/.
  ...['articles', 'search', 'people'].map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNodeImports, routerLinks],
          patterns: [
            {
              group: ['articles', 'search', 'people']
                .filter((f) => f !== feature)
                .flatMap((f) => [`**/features/${f}/*`, `../${f}/*`]),
              message:
                'Features do not import each other; move shared code to src/common or src/components/ui.',
            },
            { group: ['**/node/*', 'node:*'], message: 'UI code must not import Node modules or src/node.' },
          ],
        },
      ],
    },
  })),
);
