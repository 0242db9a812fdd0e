/** Types for word-extractor (it ships none): the calls Gloss uses. */
declare module 'word-extractor' {
  interface TextOptions {
    /** When false, quotes, dashes and spaces come as written instead of ASCII look-alikes. */
    filterUnicode?: boolean;
  }
  interface WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
