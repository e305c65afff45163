import { describe, expect, it } from 'vitest';
import { parseLevel, withLevel } from './level';

describe('level in the URL', () => {
  it('defaults to undergraduate', () => {
    expect(parseLevel(null)).toBe('UNDERGRADUATE');
    expect(parseLevel('nonsense')).toBe('UNDERGRADUATE');
    expect(parseLevel('GRADUATE')).toBe('GRADUATE');
  });

  it('keeps the graduate level on links and leaves the default out', () => {
    expect(withLevel('/colleges/C01', 'UNDERGRADUATE')).toBe('/colleges/C01');
    expect(withLevel('/colleges/C01', 'GRADUATE')).toBe('/colleges/C01?level=GRADUATE');
    expect(withLevel('/students?q=x', 'GRADUATE')).toBe('/students?q=x&level=GRADUATE');
  });
});
