// SPDX-License-Identifier: EUPL-1.2
/**
 * The architecture's boundaries, checked by the machine (docs/architecture.md, "Boundaries"):
 * `npm run lint` fails on any violation. Type-only imports are free (they vanish at run time and
 * carry no behaviour), except where a rule says otherwise.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycle at run time: a module that needs another is above it, never beside it.',
      from: { path: '^src/' },
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-imports-no-module',
      severity: 'error',
      comment: 'src/core is the kernel every module uses; it knows no module.',
      from: { path: '^src/core/' },
      to: { path: '^src/(modules|web|plugins)/' },
    },
    {
      name: 'pages-use-services',
      severity: 'error',
      comment: 'Pages (routes) call services; only repositories reach the database.',
      from: { path: '\\.pages\\.tsx?$' },
      to: { path: ['\\.repository\\.ts$', '^src/db/', '^node_modules/kysely/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'views-render-only',
      severity: 'error',
      comment: 'Views render what they are given: no service, repository or database.',
      from: { path: '/views/' },
      to: {
        path: ['\\.repository\\.ts$', '\\.service\\.ts$', '^src/db/', '^node_modules/kysely/', '^node_modules/pg'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'modules-through-their-entry',
      severity: 'error',
      comment: 'A module reaches another only through its public entry, src/modules/<name>/index.ts.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'repositories-query-their-own-tables',
      severity: 'error',
      comment:
        "A module's repositories query only its own tables, through src/db/handle.ts's tablesOf<…Tables>(): " +
        'they do not import the whole Database type (types too). The privacy read model is the one exception.',
      from: { path: '^src/modules/[^/]+/.*\\.repository\\.ts$', pathNot: '^src/modules/privacy/' },
      to: { path: '^src/db/database\\.ts$' },
    },
    {
      name: 'production-code-not-from-tests',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
