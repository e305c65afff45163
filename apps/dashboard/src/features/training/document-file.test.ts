import { describe, expect, it } from 'vitest';
import { base64ToBytes, documentBlob } from './document-file';

describe('the plan download', () => {
  it('decodes the base64 the API sends (line breaks ignored) into the file’s bytes', async () => {
    // "PK\x03\x04": the start of every XLSX (a ZIP file).
    expect([...base64ToBytes('UEsD\nBA==')]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const blob = documentBlob({ base64: 'UEsDBA==', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
