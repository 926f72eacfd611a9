/** What a code-splitting group's `name` function may ask about a module (rolldown's ChunkingContext, in part). */
interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null
}

/**
 * A rolldown code-splitting group holding every module the first screen imports statically (the entry's whole static
 * graph), so the first screen is one script, the entry itself; lazy screens import what they share (Vue, Pinia, the
 * stores…) from it. Left alone, rolldown cut that graph into six files wherever a lazy screen shared a module, and the
 * page fetched all six before running any: in Electron each one a request to main's app:// handler.
 */
export function firstLoadGroup() {
  const memo = new Map<string, boolean>()
  const reachedFromEntry = (id: string, graph: ModuleGraph, visiting: Set<string>): boolean => {
    const known = memo.get(id)
    if (known !== undefined) return known
    const info = graph.getModuleInfo(id)
    if (!info) return false
    if (info.isEntry) return memo.set(id, true), true
    visiting.add(id)
    const reached = info.importers.some((importer) => !visiting.has(importer) && reachedFromEntry(importer, graph, visiting))
    visiting.delete(id)
    // a module seen while its importer's answer was still open is decided again later, not remembered as "no"
    if (reached || visiting.size === 0) memo.set(id, reached)
    return reached
  }
  return {
    debugName: 'first screen',
    name: (id: string, graph: ModuleGraph) => (reachedFromEntry(id, graph, new Set()) ? 'start' : null),
  }
}
