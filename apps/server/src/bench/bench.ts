export async function runBench(what: string, _o: { students: number; pg?: string }) {
  throw new Error(`unknown benchmark "${what}"`);
}
