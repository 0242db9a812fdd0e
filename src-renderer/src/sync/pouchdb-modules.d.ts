/**
 * The part of PouchDB's API Gloss uses, typed here (the DefinitelyTyped package declares a
 * global `Buffer` that breaks Node's types in the tools and tests).
 */
declare module 'pouchdb-core' {
  export interface PouchEvents<T> {
    on(event: string, listener: (value: never) => void): T;
    cancel(): void;
  }
  export interface ChangesResult {
    results: { id: string; seq: number | string; deleted?: boolean }[];
    last_seq: number | string;
  }
  export type PouchChanges = PouchEvents<PouchChanges> & Promise<ChangesResult>;
  export type PouchReplication = PouchEvents<PouchReplication> &
    Promise<{ docs_written: number; ok: boolean }>;
  export interface PouchDatabase {
    readonly name: string;
    get(id: string, options?: Record<string, unknown>): Promise<never>;
    put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(
      docs: object[],
      options?: Record<string, unknown>,
    ): Promise<{ ok?: boolean; id?: string; rev?: string; error?: string; reason?: string }[]>;
    allDocs(
      options?: Record<string, unknown>,
    ): Promise<{ total_rows: number; rows: { id: string; doc?: unknown }[] }>;
    changes(options?: Record<string, unknown>): PouchChanges;
    revsDiff(request: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
    bulkGet(
      options: { docs: { id: string; rev?: string }[] } & Record<string, unknown>,
    ): Promise<{ results: { id: string; docs: { ok?: unknown; error?: unknown }[] }[] }>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    replicate: {
      to(target: PouchDatabase, options?: Record<string, unknown>): PouchReplication;
      from(source: PouchDatabase, options?: Record<string, unknown>): PouchReplication;
    };
    sync(target: PouchDatabase, options?: Record<string, unknown>): PouchReplication;
    destroy(): Promise<unknown>;
    close(): Promise<void>;
  }
  interface PouchConstructor {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: Record<string, unknown>): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
