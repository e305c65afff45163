// A DocumentFile (the plan, 附件3) arrives as base64: decode it and hand it to the browser as a download.

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function documentBlob(file: { base64: string; contentType: string }): Blob {
  return new Blob([base64ToBytes(file.base64)], { type: file.contentType });
}

export function downloadDocument(file: { base64: string; contentType: string; filename: string }): void {
  const url = URL.createObjectURL(documentBlob(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
