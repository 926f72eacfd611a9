/**
 * The layer rule, checked on every `npm run lint`: no import runs from a lower layer to a higher one, and no cycles.
 * The layers themselves are stated once, in scripts/layers.cjs.
 */
const { layers } = require('./scripts/layers.cjs')

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const folderOf = (name) => layers.find((layer) => layer.name === name).folder

module.exports = {
  forbidden: [
    ...layers.map((layer) => ({
      name: `layer-${layer.name}`,
      comment: `${layer.folder} imports only itself${layer.mayImport.length ? ` and ${layer.mayImport.map(folderOf).join(', ')}` : ''} (scripts/layers.cjs)`,
      severity: 'error',
      from: { path: `^${escape(layer.folder)}` },
      to: {
        path: `^(${layers.map((l) => escape(l.folder)).join('|')}|tests/|bench/|scripts/)`,
        pathNot: `^(${[layer.folder, ...layer.mayImport.map(folderOf)].map(escape).join('|')})`,
      },
    })),
    {
      name: 'no-circular',
      comment: 'a cycle makes the order of evaluation matter and the layers meaningless',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|dist|test-results)/' },
    tsConfig: { fileName: 'tsconfig.node.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.mts', '.vue', '.js', '.mjs', '.cjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
}
