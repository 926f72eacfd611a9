/**
 * A certificate subject as Windows writes it (`CN=Broker Ltd, O="Broker, Ltd.", L=Hong Kong, C=HK`: .NET's
 * X500DistinguishedName, the `Subject` Get-AuthenticodeSignature answers), read into its attributes so two subjects
 * can be compared exactly whatever order they list them in. Every attribute counts: a subject with one more, one less
 * or one different (another O= beside the same CN) is another subject.
 */

/** Attribute names Windows and RFC 4514 spell differently. */
const aliases: Record<string, string> = { ST: 'S', EMAILADDRESS: 'E', 'OID.1.2.840.113549.1.9.1': 'E' }
const attributeType = /^(?:[A-Z][A-Z0-9-]*|(?:OID\.)?\d+(?:\.\d+)+)$/

/** `TYPE=value` for each attribute, sorted; undefined when the text is not a distinguished name. */
export function dnAttributes(dn: string): string[] | undefined {
  const found: string[] = []
  const n = dn.length
  let i = 0
  const skipSpaces = () => {
    while (i < n && dn[i] === ' ') i++
  }
  while (i < n) {
    skipSpaces()
    const equals = dn.indexOf('=', i)
    if (equals < 0) return undefined
    const type = dn.slice(i, equals).trim().toUpperCase()
    if (!attributeType.test(type)) return undefined
    i = equals + 1
    skipSpaces()
    let value = ''
    if (dn[i] === '"') {
      // quoted: "" is a quote inside
      for (i++; ; i++) {
        if (i >= n) return undefined
        if (dn[i] === '"' && dn[i + 1] === '"') value += dn[++i]
        else if (dn[i] === '"') break
        else value += dn[i]
      }
      i++
      skipSpaces()
      if (i < n && dn[i] !== ',' && dn[i] !== '+') return undefined
    } else {
      // plain: a backslash escapes the next character (RFC 4514)
      for (; i < n && dn[i] !== ',' && dn[i] !== '+'; i++) value += dn[i] === '\\' && i + 1 < n ? dn[++i] : dn[i]
      value = value.trim()
    }
    found.push(`${aliases[type] ?? type}=${value}`)
    i++ // the separator
  }
  return found.length ? found.sort() : undefined
}

/** The same subject: the same attributes with the same values, each exactly, in any order. */
export function sameSubject(a: string, b: string): boolean {
  const x = dnAttributes(a)
  const y = dnAttributes(b)
  return Boolean(x && y && x.length === y.length && x.every((attribute, k) => attribute === y[k]))
}
