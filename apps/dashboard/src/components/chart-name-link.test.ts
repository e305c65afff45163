import { describe, expect, it } from 'vitest';
import { cutName } from './chart-name-link';

describe('cutName', () => {
  it('keeps a name that fits', () => {
    expect(cutName('计算机学院', 7)).toBe('计算机学院');
  });
  it('cuts Chinese anywhere', () => {
    expect(cutName('计算机科学与技术学院', 7)).toBe('计算机科学与');
  });
  it('never ends inside a Latin word or number', () => {
    expect(cutName('覆盖甲学院VA01XYZ', 7)).toBe('覆盖甲学院');
    expect(cutName('Alpha College of Arts', 12)).toBe('Alpha');
    expect(cutName('School of Law', 10)).toBe('School of');
  });
  it('cuts a single long word where it must', () => {
    expect(cutName('Pharmacology', 7)).toBe('Pharma');
  });
});
