import type { CDPSession } from '@playwright/test'

export interface HeapGroup {
  name: string
  count: number
  size: number
}

/** A heap snapshot of the page (after a GC), summed by constructor/type name: what there is, how many, how big. */
export async function heapSummary(cdp: CDPSession): Promise<Map<string, HeapGroup>> {
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  const onChunk = (event: { chunk: string }) => void chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
    strings: string[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const width = fields.length
  const at = { type: fields.indexOf('type'), name: fields.indexOf('name'), size: fields.indexOf('self_size') }
  const groups = new Map<string, HeapGroup>()
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + at.type]!]!
    const raw = snapshot.strings[snapshot.nodes[i + at.name]!] ?? ''
    // objects by constructor; strings, code, arrays and the rest by their kind
    const name = type === 'object' || type === 'closure' ? `${type} ${raw.slice(0, 60)}` : `(${type})`
    const group = groups.get(name) ?? { name, count: 0, size: 0 }
    group.count += 1
    group.size += snapshot.nodes[i + at.size]!
    groups.set(name, group)
  }
  return groups
}

/** What grew between two summaries, largest first. */
export function heapGrowth(before: Map<string, HeapGroup>, after: Map<string, HeapGroup>, top = 8): HeapGroup[] {
  const grown: HeapGroup[] = []
  for (const [name, end] of after) {
    const start = before.get(name) ?? { name, count: 0, size: 0 }
    if (end.size > start.size) grown.push({ name, count: end.count - start.count, size: end.size - start.size })
  }
  return grown.sort((a, b) => b.size - a.size).slice(0, top)
}
