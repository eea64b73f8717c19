/**
 * Entry point of an embedding process (`EmbeddingPool`): loads the model once, says `ready`, then
 * embeds what the parent sends, one request at a time, and answers with the vectors or the error.
 * The model runs on one thread here: the pool runs one process per core, and a model spreading
 * each question over every core would have them fight over the cores under load.
 */
import { BgeEmbeddings } from './embeddings.js';
import { isPolicyBotError } from '../errors.js';
import type { EmbeddingReply, EmbeddingRequest, EmbeddingWorkerStart } from './embedding-pool.js';

const send = (message: EmbeddingReply) => process.send!(message);

/** onnxruntime-node takes its thread counts only when a session is created; transformers.js passes none. */
async function limitModelThreads(threads: number): Promise<void> {
  const ort = await import('onnxruntime-node');
  const sessions = (ort.default ?? ort).InferenceSession as { create: (model: unknown, options?: Record<string, unknown>) => Promise<unknown> };
  const create = sessions.create.bind(sessions);
  sessions.create = (model: unknown, options?: Record<string, unknown>) =>
    create(model, { ...options, intraOpNumThreads: threads, interOpNumThreads: 1 });
}

const describe = (err: unknown) =>
  isPolicyBotError(err) ? { code: err.code, message: err.message } : { message: err instanceof Error ? err.message : String(err) };

process.once('message', async (start: EmbeddingWorkerStart) => {
  try {
    if (start.threads > 0) await limitModelThreads(start.threads);
    const model = new BgeEmbeddings({ modelDir: start.modelDir, allowRemote: start.allowRemote });
    await model.warmUp();
    process.on('message', async (request: EmbeddingRequest) => {
      try {
        const vectors = request.role === 'query' ? [await model.embedQuery(request.texts[0]!)] : await model.embedDocuments([...request.texts]);
        send({ id: request.id, vectors: vectors.map((v) => Float32Array.from(v)) });
      } catch (err) {
        send({ id: request.id, error: describe(err) });
      }
    });
    send({ ready: true });
  } catch (err) {
    // The model is missing or damaged: no restart can fix that, the parent stops trying.
    send({ fatal: describe(err) });
  }
});
// The parent gone (crashed, killed): nothing left to answer.
process.on('disconnect', () => process.exit(0));
