/** gloss:// link parsing: the accepted forms, and the tricks an outside link might try. */
import { describe, expect, it } from 'vitest';
import { findGlossUrlInArgv, parseGlossUrl, GLOSS_URL_MAX_LENGTH } from '../../src-main/app/gloss-url';

const UUID = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
const HIGHLIGHT = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

function reasonOf(input: string): string {
  const parsed = parseGlossUrl(input);
  if (parsed.kind !== 'invalid') throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return parsed.reason;
}

describe('parseGlossUrl: accepted links', () => {
  it('opens an article', () => {
    expect(parseGlossUrl(`gloss://article/${UUID}`)).toEqual({
      kind: 'article',
      articleId: UUID,
      highlightId: null,
    });
  });

  it('opens an article at a highlight', () => {
    expect(parseGlossUrl(`gloss://article/${UUID}#${HIGHLIGHT}`)).toEqual({
      kind: 'article',
      articleId: UUID,
      highlightId: HIGHLIGHT,
    });
  });

  it('tolerates one trailing slash, with or without a highlight', () => {
    expect(parseGlossUrl(`gloss://article/${UUID}/`)).toEqual({
      kind: 'article',
      articleId: UUID,
      highlightId: null,
    });
    expect(parseGlossUrl(`gloss://article/${UUID}/#${HIGHLIGHT}`)).toEqual({
      kind: 'article',
      articleId: UUID,
      highlightId: HIGHLIGHT,
    });
  });

  it('reads an empty fragment as no highlight', () => {
    expect(parseGlossUrl('gloss://article/abc#')).toEqual({
      kind: 'article',
      articleId: 'abc',
      highlightId: null,
    });
  });

  it('treats scheme and host case-insensitively but keeps the id as written', () => {
    expect(parseGlossUrl('GLOSS://ARTICLE/AbC_1')).toEqual({
      kind: 'article',
      articleId: 'AbC_1',
      highlightId: null,
    });
    expect(parseGlossUrl('Gloss://Article/x#Hi')).toEqual({
      kind: 'article',
      articleId: 'x',
      highlightId: 'Hi',
    });
  });

  it('accepts ids of 1 and 64 characters', () => {
    expect(parseGlossUrl('gloss://article/a')).toMatchObject({ kind: 'article', articleId: 'a' });
    const id64 = 'x'.repeat(64);
    expect(parseGlossUrl(`gloss://article/${id64}`)).toMatchObject({ kind: 'article', articleId: id64 });
  });
});

describe('parseGlossUrl: rejected links', () => {
  it('rejects other schemes, including javascript:', () => {
    expect(reasonOf('javascript:alert(1)')).toMatch(/"javascript:" scheme/);
    expect(reasonOf(`https://article/${UUID}`)).toMatch(/"https:" scheme/);
    expect(reasonOf(`file:///article/${UUID}`)).toMatch(/"file:" scheme/);
    expect(reasonOf(`glossy://article/${UUID}`)).toMatch(/"glossy:" scheme/);
    expect(reasonOf('article/x')).toMatch(/not a link/);
  });

  it('rejects a missing "//"', () => {
    expect(reasonOf(`gloss:article/${UUID}`)).toMatch(/starts with "gloss:\/\/"/);
  });

  it('rejects unknown or missing hosts', () => {
    expect(reasonOf(`gloss://highlight/${UUID}`)).toMatch(/points to "highlight"/);
    expect(reasonOf(`gloss://articles/${UUID}`)).toMatch(/points to "articles"/);
    expect(reasonOf(`gloss:///article/${UUID}`)).toMatch(/no destination/);
    // Cyrillic "а": looks like "article", is not.
    expect(reasonOf(`gloss://\u0430rticle/${UUID}`)).toMatch(/points to/);
  });

  it('rejects a missing article id', () => {
    expect(reasonOf('gloss://article')).toMatch(/names no article/);
    expect(reasonOf('gloss://article/')).toMatch(/names no article/);
    expect(reasonOf('gloss://article//x')).toMatch(/names no article/);
    expect(reasonOf('gloss://article#h')).toMatch(/names no article/);
  });

  it('rejects bad article and highlight ids', () => {
    expect(reasonOf(`gloss://article/${'x'.repeat(65)}`)).toMatch(/article id must be 1 to 64/);
    expect(reasonOf('gloss://article/x;rm -rf')).toMatch(/spaces or control characters/);
    expect(reasonOf('gloss://article/x;rm')).toMatch(/article id must be/);
    expect(reasonOf('gloss://article/<script>')).toMatch(/article id must be/);
    expect(reasonOf('gloss://article/a.b')).toMatch(/article id must be/);
    expect(reasonOf('gloss://article/x#<img>')).toMatch(/highlight id after "#"/);
    expect(reasonOf('gloss://article/x#a#b')).toMatch(/highlight id after "#"/);
    expect(reasonOf(`gloss://article/x#${'h'.repeat(65)}`)).toMatch(/highlight id after "#"/);
  });

  it('rejects extra path segments and dot segments', () => {
    expect(reasonOf(`gloss://article/${UUID}/edit`)).toMatch(/extra path segments/);
    expect(reasonOf(`gloss://article/${UUID}//`)).toMatch(/extra path segments/);
    expect(reasonOf('gloss://article/../..')).toMatch(/"\." or "\.\." path segments/);
    expect(reasonOf('gloss://article/./x')).toMatch(/"\." or "\.\." path segments/);
    expect(reasonOf('gloss://article/x/..')).toMatch(/"\." or "\.\." path segments/);
  });

  it('rejects percent-encoding, whatever it encodes', () => {
    expect(reasonOf('gloss://article/%2e%2e/')).toMatch(/percent-encoded/);
    expect(reasonOf('gloss://article/x%23y')).toMatch(/percent-encoded/);
    expect(reasonOf('gloss://%61rticle/x')).toMatch(/percent-encoded/);
    expect(reasonOf('gloss://article/x#%41')).toMatch(/percent-encoded/);
  });

  it('rejects query strings, credentials, ports and backslashes', () => {
    expect(reasonOf(`gloss://article/${UUID}?h=1`)).toMatch(/query string/);
    expect(reasonOf('gloss://article?x')).toMatch(/query string/);
    expect(reasonOf('gloss://evil.com@article/x')).toMatch(/user name or password/);
    expect(reasonOf('gloss://user:pw@article/x')).toMatch(/user name or password/);
    expect(reasonOf('gloss://article:80/x')).toMatch(/port/);
    expect(reasonOf('gloss://article\\x')).toMatch(/backslash/);
    expect(reasonOf('gloss:\\\\article/x')).toMatch(/starts with "gloss:\/\/"/);
  });

  it('rejects control characters, spaces and invisible characters', () => {
    expect(reasonOf('gloss://article/x\n')).toMatch(/control characters/);
    expect(reasonOf('gloss://article/x\u0000')).toMatch(/control characters/);
    expect(reasonOf(' gloss://article/x')).toMatch(/control characters/);
    expect(reasonOf('gloss://article/x\u0085')).toMatch(/control characters/);
    expect(reasonOf('gloss://article/x\u200b')).toMatch(/control characters/);
    expect(reasonOf('gloss://article/x\u202e')).toMatch(/control characters/);
  });

  it('rejects empty and overlong input', () => {
    expect(reasonOf('')).toMatch(/empty/);
    const long = `gloss://article/x#${'a'.repeat(GLOSS_URL_MAX_LENGTH)}`;
    expect(reasonOf(long)).toMatch(/longer than 2048 characters/);
  });

  it('keeps quoted untrusted text short in the reason', () => {
    const reason = reasonOf(`gloss://${'e'.repeat(500)}/x`);
    expect(reason.length).toBeLessThan(120);
  });
});

describe('findGlossUrlInArgv', () => {
  it('finds the link among the executable and Chromium switches (Windows)', () => {
    const argv = [
      'C:\\Program Files\\Gloss\\Gloss.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13349912345678901',
      `gloss://article/${UUID}#${HIGHLIGHT}`,
    ];
    expect(findGlossUrlInArgv(argv)).toBe(`gloss://article/${UUID}#${HIGHLIGHT}`);
  });

  it('finds an upper-case or malformed link so that it can be reported', () => {
    expect(findGlossUrlInArgv(['/opt/Gloss/gloss', 'GLOSS://article/x'])).toBe('GLOSS://article/x');
    expect(findGlossUrlInArgv(['/opt/Gloss/gloss', 'gloss:nonsense'])).toBe('gloss:nonsense');
  });

  it('returns null without a link', () => {
    expect(findGlossUrlInArgv(['/opt/Gloss/gloss', '/home/me/a.md', '--no-sandbox'])).toBeNull();
    expect(findGlossUrlInArgv(['/opt/Gloss/gloss', 'https://example.com/gloss://article/x'])).toBeNull();
    expect(findGlossUrlInArgv([])).toBeNull();
  });
});
