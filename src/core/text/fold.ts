const folded = new Map<string, string>()

/**
 * Lowercase, without accents, one kind of apostrophe: "Inácio" and "Inacio",
 * "Putin’s" and "Putin's" compare equal. Remembered per string: names and
 * words repeat across a corpus, and normalisation is the costly part.
 */
export function fold(s: string): string {
  let f = folded.get(s)
  if (f === undefined) {
    if (folded.size > 200_000) folded.clear()
    f = /^[a-z0-9 -]*$/.test(s) ? s : s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'")
    folded.set(s, f)
  }
  return f
}
