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
}

type Extractor = (texts: string | string[], options: Record<string, unknown>) => Promise<{ data: Float32Array; dims: number[] }>;

export class BgeEmbeddings extends Embeddings {
  readonly modelId = BGE_SMALL_ZH.id;
  readonly dimensions = BGE_SMALL_ZH.dimensions;
  private readonly modelDir: string;
  private readonly allowRemote: boolean;
  private extractor: Promise<Extractor> | undefined;
  private readonly recentQueries = new Map<string, Promise<number[]>>();

  constructor(options: BgeEmbeddingsOptions) {
    super(options);
    this.modelDir = options.modelDir;
    this.allowRemote = options.allowRemote ?? false;
  }

  /** Checks the model files (sha256 of the weights) and loads the pipeline once. */
  private load(): Promise<Extractor> {
    this.extractor ??= (async () => {
      const dir = join(this.modelDir, BGE_SMALL_ZH.id);
      const onnx = join(dir, BGE_SMALL_ZH.onnxFile);
      if (!existsSync(onnx)) {
        if (!this.allowRemote) throw createError('MODEL_MISSING', dir);
      } else {
        const got = createHash('sha256').update(readFileSync(onnx)).digest('hex');
        if (got !== BGE_SMALL_ZH.onnxSha256) throw createError('MODEL_CORRUPT', dir, `sha256 of ${BGE_SMALL_ZH.onnxFile} is ${got}`);
      }
      const { env, pipeline } = await import('@xenova/transformers');
      env.localModelPath = this.modelDir;
      env.allowLocalModels = true;
      env.allowRemoteModels = this.allowRemote;
      try {
        return (await pipeline('feature-extraction', BGE_SMALL_ZH.id, { quantized: true })) as unknown as Extractor;
      } catch (cause) {
        throw createError('MODEL_CORRUPT', dir, (cause as Error).message, { cause });
      }
    })();
    this.extractor.catch(() => {
      this.extractor = undefined; // let a later call retry once the model is fixed
    });
    return this.extractor;
  }

  /**
   * Texts are embedded one at a time: in a padded batch a text's vector depends on its
   * neighbours, which would make the (model, text) cache and rebuilt indexes irreproducible.
   */
  private async embedOne(text: string): Promise<number[]> {
    const extractor = await this.load();
    const out = await extractor(text, { pooling: 'cls', normalize: true });
    return Array.from(out.data);
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
