export type FileFormat = 'csv' | 'xlsx';

export interface ImportPayload {
  fileName: string;
  format: FileFormat;
  /** CSV text, or the XLSX workbook as base64 */
  content: string;
}

export function formatOf(fileName: string): FileFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/**
 * CSV as text: UTF-8 (with or without BOM) first; Excel on Chinese Windows saves "CSV" as
 * GB18030/GBK, so a file that is not valid UTF-8 is decoded as GB18030 instead.
 */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < view.length; i += chunk) {
    binary += String.fromCharCode(...view.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function readImportFile(file: File): Promise<ImportPayload> {
  const format = formatOf(file.name);
  if (!format) throw new Error(`unsupported file type: ${file.name}`);
  const bytes = await file.arrayBuffer();
  return { fileName: file.name, format, content: format === 'csv' ? decodeCsv(bytes) : toBase64(bytes) };
}
