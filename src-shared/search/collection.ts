/**
 * One searchable collection (articles, or passages): the gram index over folded documents,
 * each document's original text and field offsets, its metadata, and its id.
 */
import { fold } from './fold';
import { GramIndex, type GramSegment } from './gram-index';
import { joinFields } from './documents';
import { TagIndex } from './tag-index';

export interface StoredCollection<Meta> {
  ids: (string | null)[];
  metas: (Meta | null)[];
  texts: (string | null)[];
  starts: (number[] | null)[];
  segment: GramSegment;
}

export class Collection<Meta extends { tags: readonly string[] }> {
  index = new GramIndex();
  tags = new TagIndex();
  ids: (string | null)[] = [];
  metas: (Meta | null)[] = [];
  originals: (string | null)[] = [];
  starts: (number[] | null)[] = [];
  private byId = new Map<string, number>();

  get count(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  docOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  allIds(): string[] {
    return [...this.byId.keys()];
  }

  /** The original text of one field of a live document. */
  field(doc: number, field: number): string {
    const starts = this.starts[doc];
    return starts ? this.originals[doc]!.slice(starts[field], starts[field + 1] - 1) : '';
  }

  /** A full build: many documents at once into a compact index. */
  static build<Meta extends { tags: readonly string[] }>(
    entries: readonly { id: string; meta: Meta; fields: string[] }[],
  ): Collection<Meta> {
    const collection = new Collection<Meta>();
    const folded: string[] = [];
    for (const { id, meta, fields } of entries) {
      const { text, starts } = joinFields(fields);
      collection.byId.set(id, collection.ids.length);
      collection.ids.push(id);
      collection.tags.add(collection.metas.length, meta.tags);
      collection.metas.push(meta);
      collection.originals.push(text);
      collection.starts.push(starts);
      folded.push(fold(text));
    }
    collection.index = GramIndex.build(folded);
    return collection;
  }

  static restore<Meta extends { tags: readonly string[] }>(stored: StoredCollection<Meta>): Collection<Meta> {
    const collection = new Collection<Meta>();
    collection.ids = [...stored.ids];
    collection.metas = [...stored.metas];
    collection.originals = [...stored.texts];
    collection.starts = [...stored.starts];
    stored.ids.forEach((id, doc) => {
      if (id !== null) collection.byId.set(id, doc);
    });
    stored.metas.forEach((meta, doc) => {
      if (meta) collection.tags.add(doc, meta.tags);
    });
    collection.index = GramIndex.restore(stored.segment, stored.texts, fold);
    return collection;
  }

  /** Adds or replaces a document (a replaced one gets a new number; the old slot is freed). */
  upsert(id: string, meta: Meta, fields: string[]): void {
    this.remove(id);
    const { text, starts } = joinFields(fields);
    const doc = this.index.add(fold(text));
    this.byId.set(id, doc);
    this.ids[doc] = id;
    this.metas[doc] = meta;
    this.tags.add(doc, meta.tags);
    this.originals[doc] = text;
    this.starts[doc] = starts;
  }

  remove(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.byId.delete(id);
    this.index.remove(doc);
    this.ids[doc] = null;
    this.metas[doc] = null;
    this.originals[doc] = null;
    this.starts[doc] = null;
  }

  /** The stored form, with removed slots dropped so that numbers are dense again. */
  toStored(): StoredCollection<Meta> {
    if (this.index.isCompact()) {
      return {
        ids: this.ids,
        metas: this.metas,
        texts: this.originals,
        starts: this.starts,
        segment: this.index.segment(),
      };
    }
    const live = this.index.liveDocs();
    const ids = live.map((doc) => this.ids[doc]);
    const metas = live.map((doc) => this.metas[doc]);
    const texts = live.map((doc) => this.originals[doc]);
    const starts = live.map((doc) => this.starts[doc]);
    const rebuilt = GramIndex.build(live.map((doc) => this.index.text(doc)!));
    // Adopt the dense numbering in memory as well.
    this.index = rebuilt;
    this.ids = ids;
    this.metas = metas;
    this.originals = texts;
    this.starts = starts;
    this.byId = new Map(ids.map((id, doc) => [id!, doc]));
    this.tags = new TagIndex();
    metas.forEach((meta, doc) => this.tags.add(doc, meta!.tags));
    return { ids, metas, texts, starts, segment: rebuilt.segment() };
  }
}
