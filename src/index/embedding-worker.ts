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

const describe = (err: unknown) =>
  isPolicyBotError(err) ? { code: err.code, message: err.message } : { message: err instanceof Error ? err.message : String(err) };

process.once('message', async (start: EmbeddingWorkerStart) => {
  try {
    const model = new BgeEmbeddings({ modelDir: start.modelDir, allowRemote: start.allowRemote, threads: start.threads });
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
