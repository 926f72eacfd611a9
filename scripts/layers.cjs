/**
 * The layers and which may import which: the one statement of the rule. dependency-cruiser enforces it
 * (.dependency-cruiser.cjs, in `npm run lint`) and docs/architecture.md's picture is checked against it
 * (tests/unit/main/architecture-map.test.ts). A layer imports only itself and the layers it lists; tests, benches and
 * scripts sit outside the app and may import any layer.
 */
const layers = [
  { name: 'renderer', folder: 'renderer/', says: 'Vue views, stores, wording: asks main through window.desk', mayImport: ['contract'] },
  { name: 'preload', folder: 'electron/preload/', says: 'builds window.desk from the channel names', mayImport: ['contract'] },
  { name: 'main', folder: 'electron/main/', says: 'the Electron shell, the dispatcher, the domain services', mayImport: ['contract', 'sandbox'] },
  { name: 'sandbox', folder: 'sandbox/', says: 'the platform on 127.0.0.1 (embedded by main in practice mode)', mayImport: ['contract'] },
  { name: 'contract', folder: 'contract/', says: 'what the processes share: IPC channels by domain, login, configuration table, platform facts', mayImport: [] },
]

/** The picture docs/architecture.md shows between its `layers:begin` and `layers:end` marks. */
function layerPicture() {
  const width = Math.max(...layers.map((layer) => layer.folder.length)) + 2
  return layers
    .map((layer) =>
      `${layer.folder.padEnd(width)}──imports──▶ ${layer.mayImport.length ? layer.mayImport.map((name) => layers.find((l) => l.name === name).folder).join(', ') : '(nothing of ours: valibot and data)'}\n${''.padEnd(width)}   ${layer.says}`,
    )
    .join('\n')
}

module.exports = { layers, layerPicture }
