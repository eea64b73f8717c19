/**
 * bge-small-zh-v1.5 through @xenova/transformers, behind LangChain's `Embeddings` interface so a
 * server-backed model can replace it. CLS pooling, L2-normalised; queries carry the model's
 * retrieval instruction, documents do not (that asymmetry lives only here).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { createError } from '../errors.js';

export const BGE_SMALL_ZH = {
  id: 'BAAI/bge-small-zh-v1.5',
  dimensions: 512,
  onnxFile: 'onnx/model_quantized.onnx',
  onnxSha256: '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
  queryInstruction: '为这个句子生成表示以用于检索相关文章：',
} as const;

export interface BgeEmbeddingsOptions extends EmbeddingsParams {
  /** Folder holding `BAAI/bge-small-zh-v1.5/` in the transformers.js layout. */
  readonly modelDir: string;
  /** Allow downloading the model from the Hugging Face hub when it is not in `modelDir`. Default false. */
  readonly allowRemote?: boolean;
  /**
   * Threads one text is spread over (onnxruntime's intra-op threads); 0 lets onnxruntime take one
   * per core. An embedding process of a pool takes 1: the pool already runs one process per core,
   * and for texts this short a second thread mostly spins (measured: the same time, twice the CPU).
   */
  readonly threads?: number;
}

/** The hidden states of one tokenised text, `[1, tokens, dimensions]`. */
type HiddenStates = { readonly data: Float32Array; readonly dims: readonly number[] };
type Tokenised = Record<string, { readonly data: BigInt64Array; readonly dims: number[] }>;
type Tokenizer = (text: string, options: { truncation: boolean }) => Tokenised;
/** One text in, its L2-normalised CLS vector out. */
type Encoder = (text: string) => Promise<Float32Array>;

export class BgeEmbeddings extends Embeddings {
  readonly modelId = BGE_SMALL_ZH.id;
  readonly dimensions = BGE_SMALL_ZH.dimensions;
  private readonly modelDir: string;
  private readonly allowRemote: boolean;
  private readonly threads: number;
  private encoder: Promise<Encoder> | undefined;
  private readonly recentQueries = new Map<string, Promise<number[]>>();

  constructor(options: BgeEmbeddingsOptions) {
    super(options);
    this.modelDir = options.modelDir;
    this.allowRemote = options.allowRemote ?? false;
    this.threads = options.threads ?? 0;
  }

  /** Checks the model files (sha256 of the weights) and loads tokenizer and model once. */
  private load(): Promise<Encoder> {
    this.encoder ??= (async () => {
      const dir = join(this.modelDir, BGE_SMALL_ZH.id);
      const onnx = join(dir, BGE_SMALL_ZH.onnxFile);
      const local = existsSync(onnx);
      if (!local) {
        if (!this.allowRemote) throw createError('MODEL_MISSING', dir);
      } else {
        const got = createHash('sha256').update(readFileSync(onnx)).digest('hex');
        if (got !== BGE_SMALL_ZH.onnxSha256) throw createError('MODEL_CORRUPT', dir, `sha256 of ${BGE_SMALL_ZH.onnxFile} is ${got}`);
      }
      const transformers = await import('@xenova/transformers');
      transformers.env.localModelPath = this.modelDir;
      transformers.env.allowLocalModels = true;
      transformers.env.allowRemoteModels = this.allowRemote;
      try {
        const tokenizer = (await transformers.AutoTokenizer.from_pretrained(BGE_SMALL_ZH.id)) as unknown as Tokenizer;
        const run = local ? await localModel(onnx, this.threads) : await remoteModel(transformers);
        return async (text: string) => clsVector(await run(tokenizer(text, { truncation: true })));
      } catch (cause) {
        throw createError('MODEL_CORRUPT', dir, (cause as Error).message, { cause });
      }
    })();
    this.encoder.catch(() => {
      this.encoder = undefined; // let a later call retry once the model is fixed
    });
    return this.encoder;
  }

  /**
   * Texts are embedded one at a time: in a padded batch a text's vector depends on its
   * neighbours, which would make the (model, text) cache and rebuilt indexes irreproducible.
   */
  private async embedOne(text: string): Promise<number[]> {
    const encode = await this.load();
    return Array.from(await encode(text));
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (const t of texts) vectors.push(await this.embedOne(t));
    return vectors;
  }

  /** The FAQ match and retrieval embed the same question; the second time is free. */
  override embedQuery(text: string): Promise<number[]> {
    const hit = this.recentQueries.get(text);
    if (hit) return hit;
    const vector = this.embedOne(BGE_SMALL_ZH.queryInstruction + text);
    this.recentQueries.set(text, vector);
    if (this.recentQueries.size > 256) this.recentQueries.delete(this.recentQueries.keys().next().value!);
    vector.catch(() => this.recentQueries.delete(text));
    return vector;
  }

  /** Loads the model now, so the first question does not pay for it. */
  async warmUp(): Promise<void> {
    await this.load();
  }
}

/**
 * The weights on disk, in a session of our own: transformers.js creates its sessions from a buffer,
 * and onnxruntime-node 1.14 ignores every session option given with a buffer (thread counts
 * included), so only a session created from the file's path runs on the threads asked for.
 */
async function localModel(onnxPath: string, threads: number): Promise<(inputs: Tokenised) => Promise<HiddenStates>> {
  const imported = await import('onnxruntime-node');
  const ort = (imported.default ?? imported) as typeof import('onnxruntime-node');
  const session = await ort.InferenceSession.create(onnxPath, threads > 0 ? { intraOpNumThreads: threads, interOpNumThreads: 1 } : {});
  return async (inputs) => {
    const feeds: Record<string, InstanceType<typeof ort.Tensor>> = {};
    for (const name of session.inputNames) {
      const input = inputs[name];
      if (!input) throw new Error(`the tokenizer gave no ${name} for the model`);
      feeds[name] = new ort.Tensor('int64', input.data, input.dims);
    }
    const out = (await session.run(feeds))['last_hidden_state'];
    if (!out) throw new Error('the model gave no last_hidden_state');
    return { data: out.data as Float32Array, dims: out.dims };
  };
}

/** A model fetched from the hub (MODEL_ALLOW_REMOTE): transformers.js downloads and runs it. */
async function remoteModel(transformers: typeof import('@xenova/transformers')): Promise<(inputs: Tokenised) => Promise<HiddenStates>> {
  const model = await transformers.AutoModel.from_pretrained(BGE_SMALL_ZH.id, { quantized: true });
  return async (inputs) => ((await model(inputs)) as { last_hidden_state: HiddenStates }).last_hidden_state;
}

/**
 * The first token's hidden state (CLS pooling), scaled to length 1. The sum runs in float32, as
 * transformers.js's pipeline sums it, so vectors cached by earlier builds are bit for bit the same.
 */
function clsVector(hidden: HiddenStates): Float32Array {
  const size = hidden.dims[hidden.dims.length - 1]!;
  const cls = hidden.data.slice(0, size);
  let sum = 0;
  for (const x of cls) sum = Math.fround(sum + x ** 2);
  const norm = Math.fround(sum ** 0.5);
  for (let i = 0; i < size; i++) cls[i] = cls[i]! / norm;
  return cls;
}
