// Student numbers typed or pasted (one per line, or separated by spaces, commas or the Chinese
// 、，；), merged with the trainees picked from the list: each once, in the order given.

const SEPARATORS = /[\s,，、;；]+/;

export function parseStudentNumbers(text: string): string[] {
  return unique(text.split(SEPARATORS).map((s) => s.trim()).filter((s) => s.length > 0));
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The picked trainees first, then the typed numbers not already picked. */
export function mergeStudentNumbers(picked: readonly string[], typed: string): string[] {
  return unique([...picked, ...parseStudentNumbers(typed)]);
}

/** The server takes at most this many students per call (docs/training.md); more go by file import. */
export const MAX_STUDENTS_PER_CALL = 2000;
