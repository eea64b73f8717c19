/**
 * A turn of the event loop: long index work (building, reading, caching) yields between slices with it,
 * so the channels keep answering while an index is built or opened.
 */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
