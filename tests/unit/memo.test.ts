import { describe, expect, it } from 'vitest';
import { memoCache } from '../../src/lib/memo';

describe('memoCache', () => {
  it('computes a value once per key, undefined included', () => {
    const remember = memoCache<number | undefined>();
    let calls = 0;
    const compute = (value: number | undefined) => () => {
      calls += 1;
      return value;
    };
    expect(remember('a', compute(1))).toBe(1);
    expect(remember('a', compute(2))).toBe(1);
    expect(remember('none', compute(undefined))).toBeUndefined();
    expect(remember('none', compute(3))).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('forgets everything when it reaches its limit, so values met once cannot pile up', () => {
    const remember = memoCache<string>(2);
    remember('a', () => 'first a');
    remember('b', () => 'b');
    remember('c', () => 'c'); // the third value empties the cache before it is kept
    expect(remember('a', () => 'second a')).toBe('second a');
    expect(remember('c', () => 'not again')).toBe('c');
  });
});
