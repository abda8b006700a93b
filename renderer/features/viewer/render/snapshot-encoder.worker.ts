/**
 * Encodes page snapshots (ImageBitmap → PNG) off the main thread, where Chromium's canvas.toBlob would
 * encode during the renderer's idle time and delay the next document's first paint.
 */
type EncodeRequest = { id: number; bitmap: ImageBitmap; type: string };

self.onmessage = async (e: MessageEvent<EncodeRequest>) => {
  const { id, bitmap, type } = e.data;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    const blob = await canvas.convertToBlob({ type });
    self.postMessage({ id, blob });
  } catch {
    self.postMessage({ id, blob: null });
  }
};
