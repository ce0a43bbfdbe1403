/** Front matter values as a reader's files write them (lib/ingest/frontmatter.ts, YAML 1.2 core schema). */
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../lib/ingest/frontmatter';

const fm = (block: string) => splitFrontMatter(`---\n${block}\n---\nBody.\n`)!;

describe('front matter values', () => {
  it('reads scalars by the YAML 1.2 core schema: dates and yes/no stay text', () => {
    expect(fm('title: yes\nflag: no\ndate: 2024-01-02\ntime: 12:30:00').data).toEqual({ title: 'yes', flag: 'no', date: '2024-01-02', time: '12:30:00' });
    expect(fm('a: true\nb: False\nc: ~\nd:\ne: null\nn: 0x1F\no: 0o17\nf: 1e3\ng: 0.5').data).toEqual({ a: true, b: false, c: null, d: null, e: null, n: 31, o: 15, f: 1000, g: 0.5 });
    expect(fm('when: 2024-01-02T10:00:00Z').data.when).toBe('2024-01-02T10:00:00Z');
  });

  it('reads quoted text, block scalars, lists and nested authors; keys are folded', () => {
    const r = fm([
      'Title: "Bukele’s offer: \\"everyone\\" \\u00e9"',
      "Sub-Title: 'it''s here'",
      'description: |',
      '  line one',
      '  line two',
      'tags: [a, b]',
      'author:',
      '  name: Ana',
      '  url: https://example.org/ana',
    ].join('\n'));
    expect(r.error).toBeUndefined();
    expect(r.data).toEqual({
      title: 'Bukele’s offer: "everyone" é',
      sub_title: "it's here",
      description: 'line one\nline two\n',
      tags: ['a', 'b'],
      author: { name: 'Ana', url: 'https://example.org/ana' },
    });
  });

  it('keeps the last of a repeated key, resolves a few aliases, and reads an empty or comment-only block as nothing', () => {
    expect(fm('a: 1\na: 2').data).toEqual({ a: 2 });
    expect(fm('src: &s https://example.org/x\nlink: *s').data).toEqual({ src: 'https://example.org/x', link: 'https://example.org/x' });
    expect(fm('# a comment\n').data).toEqual({});
    expect(splitFrontMatter('---\n---\nBody.\n')).toEqual({ data: {}, body: 'Body.\n' });
  });

  it('says why a block cannot be read, and keeps the body', () => {
    for (const bad of ['title: "Unclosed', 'a: [1, 2', 'a: &x 1\nb: *y', 'a: !custom x']) {
      const r = fm(bad);
      expect(r.data).toEqual({});
      expect(r.error).toMatch(/^front matter is not valid YAML \(/);
      expect(r.body).toBe('Body.\n');
    }
    expect(fm('- a\n- b').error).toBe('front matter is not a key: value mapping');
  });

  it('refuses an alias bomb and deep nesting without expanding them', () => {
    const names = 'abcdefghij'.split('');
    const bomb = [`a: &a [x, x, x, x, x, x, x, x, x, x]`, ...names.slice(1).map((n, k) => `${n}: &${n} [${Array(10).fill(`*${names[k]}`).join(', ')}]`)].join('\n');
    const t = performance.now();
    const r = fm(bomb);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(r.data).toEqual({});
    expect(r.error ?? r.fatal).toBeTruthy();
    const deep = fm(`title: ${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(deep.data).toEqual({});
    expect(deep.error ?? deep.fatal).toBeTruthy();
  });
});
