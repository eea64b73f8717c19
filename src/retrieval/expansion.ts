/**
 * Query expansion with the corpus' aliases: a question with `QFLP` also searches
 * `合格境外有限合伙人`, and the other way round.
 */
/** An acronym and what it stands for. */
export interface Alias {
  readonly short: string;
  readonly long: string;
}

export function expandQuery(question: string, aliases: readonly Alias[]): string {
  const upper = question.toUpperCase();
  const extra: string[] = [];
  for (const { short, long } of aliases) {
    const hasShort = new RegExp(`(^|[^A-Z])${short.toUpperCase()}([^A-Z]|$)`).test(upper);
    if (hasShort && !question.includes(long)) extra.push(long);
    else if (!hasShort && question.includes(long)) extra.push(short);
  }
  return extra.length ? `${question} ${extra.join(' ')}` : question;
}

/**
 * Appends the long form of each short form the question uses (`券商` → `证券公司`). One way only: documents
 * spell names out, so a question that does too gains nothing from the short form.
 */
export function expandShortForms(question: string, shortForms: readonly Alias[]): string {
  const extra = shortForms.filter(({ short, long }) => question.includes(short) && !question.includes(long)).map((a) => a.long);
  return extra.length ? `${question} ${[...new Set(extra)].join(' ')}` : question;
}
