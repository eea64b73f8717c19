/**
 * The knowledge database of one index build (SQLite): documents, clauses, chunks and the lexical
 * index over chunks (FTS5 over pre-tokenised text, ranked by BM25).
 */
import Database from 'better-sqlite3';
import type { Chunk, Clause, ClauseKind, DocumentFact, DocumentMeta, DocumentScan } from '../domain.js';
import { readIndicators, type Indicator } from '../indicators/index.js';
import { readFaqTable, type FaqEntry, type FaqVector } from '../faq/index.js';
import type { ClauseTags } from '../policy/index.js';
import { readGlossary, type GlossaryEntry } from '../glossary/index.js';
import { nextTurn } from './next-turn.js';

const SCHEMA = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY, file TEXT NOT NULL, title TEXT NOT NULL, short_title TEXT NOT NULL,
  issuer TEXT, doc_number TEXT, date TEXT, period_from INTEGER, period_to INTEGER, source TEXT,
  sha256 TEXT NOT NULL, ordinal INTEGER NOT NULL, supersedes TEXT, valid_until TEXT, jurisdiction TEXT,
  facts TEXT NOT NULL DEFAULT '[]', scan TEXT
);
CREATE TABLE clauses (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
  marker TEXT NOT NULL, heading TEXT NOT NULL, short_heading TEXT NOT NULL, path TEXT NOT NULL,
  parent_id TEXT, text TEXT NOT NULL, sentences TEXT NOT NULL, depth INTEGER NOT NULL, ordinal INTEGER NOT NULL
);
CREATE INDEX clauses_doc ON clauses(doc_id, ordinal);
CREATE TABLE chunks (
  row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, clause_id TEXT NOT NULL REFERENCES clauses(id),
  doc_id TEXT NOT NULL, part INTEGER NOT NULL, text TEXT NOT NULL, index_text TEXT NOT NULL
);
CREATE VIRTUAL TABLE chunks_fts USING fts5(tokens, content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE chunks_vocab USING fts5vocab(chunks_fts, 'row');
CREATE TABLE terms (term TEXT PRIMARY KEY);
CREATE TABLE clause_tags (clause_id TEXT PRIMARY KEY REFERENCES clauses(id), tags TEXT NOT NULL);
`;

/** A JSON column: text in SQLite, already decoded by the Postgres driver (JSONB, arrays). */
type JsonColumn<T> = string | T;
const decoded = <T>(value: JsonColumn<T>): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** A clause as either backend stores it. */
export interface ClauseRow {
  id: string;
  doc_id: string;
  kind: string;
  marker: string;
  heading: string;
  short_heading: string;
  path: JsonColumn<string[]>;
  parent_id: string | null;
  text: string;
  sentences: JsonColumn<string[]>;
  depth: number;
  ordinal: number;
}

/** A document as either backend stores it. */
export interface DocumentRow {
  id: string;
  file: string;
  title: string;
  short_title: string;
  issuer: string | null;
  doc_number: string | null;
  date: string | null;
  period_from: number | null;
  period_to: number | null;
  source: string | null;
  supersedes: string | null;
  valid_until: string | null;
  jurisdiction: string | null;
  facts: JsonColumn<DocumentFact[]>;
  /** How a document with scanned pages was read; null (or absent, in a version written before) otherwise. */
  scan?: JsonColumn<DocumentScan> | null;
}

/** Index size from which very common tokens are left out of lexical queries. */
const PRUNE_FROM_CHUNKS = 5_000;

export interface StoredChunk extends Chunk {
  /** Integer key shared with the vector index. */
  readonly row: number;
}

export interface LexicalHit {
  readonly row: number;
  /** BM25, larger is better. */
  readonly score: number;
}

/** FTS5 query syntax: every token quoted, OR-ed. */
function ftsQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
}

export function createDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA);
  return db;
}

export function writeDocument(db: Database.Database, meta: DocumentMeta, sha256: string, ordinal: number): void {
  db.prepare(
    `INSERT INTO documents VALUES (@id, @file, @title, @shortTitle, @issuer, @docNumber, @date, @from, @to, @source, @sha256, @ordinal, @supersedes, @validUntil, @jurisdiction, @facts, @scan)`,
  ).run({
    id: meta.id,
    file: meta.file,
    title: meta.title,
    shortTitle: meta.shortTitle,
    issuer: meta.issuer ?? null,
    docNumber: meta.docNumber ?? null,
    date: meta.date ?? null,
    from: meta.period?.from ?? null,
    to: meta.period?.to ?? null,
    source: meta.source ?? null,
    sha256,
    ordinal,
    supersedes: meta.supersedes ?? null,
    validUntil: meta.validUntil ?? null,
    jurisdiction: meta.jurisdiction ?? null,
    facts: JSON.stringify(meta.facts ?? []),
    scan: meta.scan ? JSON.stringify(meta.scan) : null,
  });
}

export function writeClauses(db: Database.Database, clauses: readonly Clause[]): void {
  const insert = db.prepare(
    `INSERT INTO clauses VALUES (@id, @docId, @kind, @marker, @heading, @shortHeading, @path, @parentId, @text, @sentences, @depth, @ordinal)`,
  );
  for (const c of clauses) {
    insert.run({ ...c, path: JSON.stringify(c.path), sentences: JSON.stringify(c.sentences) });
  }
}

const chunkInserts = new WeakMap<Database.Database, { chunk: Database.Statement; fts: Database.Statement }>();

export function writeChunk(db: Database.Database, row: number, chunk: Chunk, tokens: readonly string[]): void {
  let insert = chunkInserts.get(db);
  if (!insert) {
    insert = {
      chunk: db.prepare(`INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?)`),
      fts: db.prepare(`INSERT INTO chunks_fts(rowid, tokens) VALUES (?, ?)`),
    };
    chunkInserts.set(db, insert);
  }
  insert.chunk.run(row, chunk.id, chunk.clauseId, chunk.docId, chunk.part, chunk.text, chunk.indexText);
  insert.fts.run(row, tokens.join(' '));
}

export function writeClauseTags(db: Database.Database, tags: readonly (readonly [string, ClauseTags])[]): void {
  const insert = db.prepare(`INSERT INTO clause_tags VALUES (?, ?)`);
  for (const [id, t] of tags) if (t.profiles.length || t.supports.length) insert.run(id, JSON.stringify(t));
}

export function writeTerms(db: Database.Database, terms: Iterable<string>): void {
  const insert = db.prepare(`INSERT OR IGNORE INTO terms VALUES (?)`);
  for (const t of terms) insert.run(t);
}

export function toClause(r: ClauseRow): Clause {
  return {
    id: r.id,
    docId: r.doc_id,
    kind: r.kind as ClauseKind,
    marker: r.marker,
    heading: r.heading,
    shortHeading: r.short_heading,
    path: decoded(r.path),
    parentId: r.parent_id,
    text: r.text,
    sentences: decoded(r.sentences),
    depth: r.depth,
    ordinal: r.ordinal,
  };
}

export function toDocument(r: DocumentRow): DocumentMeta {
  const facts = decoded(r.facts);
  return {
    id: r.id,
    file: r.file,
    title: r.title,
    shortTitle: r.short_title,
    ...(r.issuer && { issuer: r.issuer }),
    ...(r.doc_number && { docNumber: r.doc_number }),
    ...(r.date && { date: r.date }),
    ...(r.period_from !== null && r.period_to !== null && { period: { from: r.period_from, to: r.period_to } }),
    ...(r.source && { source: r.source }),
    ...(r.supersedes && { supersedes: r.supersedes }),
    ...(r.valid_until && { validUntil: r.valid_until }),
    ...(r.jurisdiction && { jurisdiction: r.jurisdiction }),
    ...(facts.length > 0 && { facts }),
    ...(r.scan && { scan: decoded(r.scan) }),
  };
}

/** Everything small of one built index, held in memory after opening (whatever the backend). */
export interface KnowledgeContent {
  readonly documents: readonly DocumentMeta[];
  readonly clauses: readonly Clause[];
  readonly terms: readonly string[];
  readonly indicators: readonly Indicator[];
  readonly glossary: readonly GlossaryEntry[];
  readonly tags: ReadonlyMap<string, ClauseTags>;
  readonly faq: { readonly entries: readonly FaqEntry[]; readonly vectors: readonly FaqVector[] };
  readonly chunks: readonly StoredChunk[];
  /** Number of chunks each lexical token occurs in. */
  readonly documentFrequency: ReadonlyMap<string, number>;
}

/** How many phrases `says` remembers before it starts again. */
const MAX_SAID = 10_000;

/** The lexical index of a backend: BM25 over chunks for FTS5-style OR queries of tokens. */
export interface LexicalIndex {
  /** The best `k` chunks for `tokens`; with `within`, only chunks of those documents. */
  search(tokens: readonly string[], k: number, within?: readonly string[]): Promise<LexicalHit[]>;
  close(): void | Promise<void>;
}

/** Read access to one built index, behind which the backend (SQLite or Postgres) is invisible. */
export class KnowledgeStore {
  readonly documents: ReadonlyMap<string, DocumentMeta>;
  readonly clauses: ReadonlyMap<string, Clause>;
  readonly terms: readonly string[];
  readonly indicators: readonly Indicator[];
  /** Defined terms: 重点术语解释 entries and acronyms defined in the text. */
  readonly glossary: readonly GlossaryEntry[];
  /** Policy-matching tags of clauses (profiles and kinds of support). */
  readonly tags: ReadonlyMap<string, ClauseTags>;
  readonly faq: { readonly entries: readonly FaqEntry[]; readonly vectors: readonly FaqVector[] };
  private readonly chunksByRow = new Map<number, StoredChunk>();
  private readonly documentFrequency: ReadonlyMap<string, number>;

  constructor(
    content: KnowledgeContent,
    private readonly lexical: LexicalIndex,
  ) {
    this.documents = new Map(content.documents.map((d) => [d.id, d]));
    this.clauses = new Map(content.clauses.map((c) => [c.id, c]));
    this.terms = content.terms;
    this.indicators = content.indicators;
    this.glossary = content.glossary;
    this.tags = content.tags;
    this.faq = content.faq;
    for (const c of content.chunks) this.chunksByRow.set(c.row, c);
    this.documentFrequency = content.documentFrequency;
  }

  static async open(path: string): Promise<KnowledgeStore> {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return new KnowledgeStore(await readSqliteContent(db), sqliteLexicalIndex(db));
    } catch (err) {
      db.close();
      throw err;
    }
  }

  chunk(row: number): StoredChunk | undefined {
    return this.chunksByRow.get(row);
  }

  get chunkCount(): number {
    return this.chunksByRow.size;
  }

  /**
   * Whether the library says `phrase` anywhere (in simplified characters, as chunks are indexed): a word of
   * a question it never says is the asker's own wording, not a topic a clause may leave out. Linear in the
   * library's text; the text is joined once, when first asked.
   */
  says(phrase: string): boolean {
    const known = this.said.get(phrase);
    if (known !== undefined) return known;
    this.indexedText ??= [...this.chunksByRow.values()].map((c) => c.indexText).join('\n');
    // A few words a question, the same ones across its passages and its next asking: remembered, bounded.
    if (this.said.size >= MAX_SAID) this.said.clear();
    const says = this.indexedText.includes(phrase);
    this.said.set(phrase, says);
    return says;
  }
  private indexedText: string | undefined;
  private readonly said = new Map<string, boolean>();

  /** In how many chunks a lexical token occurs (0 when in none): rare tokens name what a question is about. */
  tokenFrequency(token: string): number {
    return this.documentFrequency.get(token.toLowerCase()) ?? 0;
  }

  /**
   * BM25 search over chunks. Tokens found in more than `maxShare` of all chunks (金融 in a corpus
   * of financial policy) are left out while rarer ones remain: they barely move BM25 but make
   * the engine score nearly every chunk, which is what slows a large index down. `within`: only the
   * chunks of these documents.
   */
  async lexicalSearch(tokens: readonly string[], k: number, options: { readonly maxShare?: number; readonly within?: readonly string[] } = {}): Promise<LexicalHit[]> {
    const { maxShare = 0.2, within } = options;
    const known = tokens.filter((t) => this.documentFrequency.has(t.toLowerCase()));
    // Only a large index needs the pruning; on a small one every token is cheap and may decide.
    const limit = this.chunkCount >= PRUNE_FROM_CHUNKS ? this.chunkCount * maxShare : Infinity;
    const rare = known.filter((t) => this.documentFrequency.get(t.toLowerCase())! <= limit);
    const query = rare.length ? rare : known;
    if (!query.length) return [];
    return this.lexical.search(query, k, within);
  }

  close(): void {
    void this.lexical.close();
  }
}

/**
 * Reads the index into memory a slice at a time, with a turn of the event loop between slices: a
 * rebuilt index is opened while the channels answer from the old one, and a large one takes
 * hundreds of milliseconds to read.
 */
async function readSqliteContent(db: Database.Database): Promise<KnowledgeContent> {
  const chunks = await readRows(
    db,
    `SELECT row, id, clause_id, doc_id, part, text, index_text FROM chunks`,
    (r: { row: number; id: string; clause_id: string; doc_id: string; part: number; text: string; index_text: string }): StoredChunk => ({
      row: r.row,
      id: r.id,
      clauseId: r.clause_id,
      docId: r.doc_id,
      part: r.part,
      text: r.text,
      indexText: r.index_text,
    }),
  );
  const documents = await readRows(db, `SELECT * FROM documents ORDER BY ordinal`, toDocument);
  const clauses = await readRows(db, `SELECT * FROM clauses ORDER BY doc_id, ordinal`, toClause);
  const terms = await readRows(db, `SELECT term FROM terms`, (r: { term: string }) => r.term);
  const tags = new Map(await readRows(db, `SELECT clause_id, tags FROM clause_tags`, (r: { clause_id: string; tags: string }) => [r.clause_id, JSON.parse(r.tags) as ClauseTags] as const));
  const documentFrequency = new Map(await readRows(db, `SELECT term, doc FROM chunks_vocab`, (r: { term: string; doc: number }) => [r.term, r.doc] as const));
  const indicators = readIndicators(db);
  const glossary = readGlossary(db);
  const faq = readFaqTable(db);
  await nextTurn();
  return { documents, clauses, terms, indicators, glossary, tags, faq, chunks, documentFrequency };
}


/** Rows of `sql`, mapped, with a turn of the event loop every few thousand rows. */
async function readRows<R, T>(db: Database.Database, sql: string, map: (row: R) => T): Promise<T[]> {
  const out: T[] = [];
  let slice = 0;
  for (const row of db.prepare(sql).iterate() as IterableIterator<R>) {
    out.push(map(row));
    if (++slice === 2000) {
      slice = 0;
      // An iterator holds the connection busy; the rows read so far are kept and reading goes on after the turn.
      await nextTurn();
    }
  }
  await nextTurn();
  return out;
}

function sqliteLexicalIndex(db: Database.Database): LexicalIndex {
  const lexical = db.prepare<[string, number], { row: number; score: number }>(
    `SELECT rowid AS row, -bm25(chunks_fts) AS score FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY bm25(chunks_fts) LIMIT ?`,
  );
  // The same, over the chunks of some documents (given as a JSON array of their ids).
  const lexicalWithin = db.prepare<[string, string, number], { row: number; score: number }>(
    `SELECT chunks_fts.rowid AS row, -bm25(chunks_fts) AS score FROM chunks_fts JOIN chunks ON chunks.row = chunks_fts.rowid
     WHERE chunks_fts MATCH ? AND chunks.doc_id IN (SELECT value FROM json_each(?)) ORDER BY bm25(chunks_fts) LIMIT ?`,
  );
  return {
    search: async (tokens, k, within) => (within ? lexicalWithin.all(ftsQuery(tokens), JSON.stringify(within), k) : lexical.all(ftsQuery(tokens), k)),
    close: () => {
      db.close();
    },
  };
}
