/**
 * Traditional and simplified characters: a question in 繁體 finds a 简体 document and the reverse, because
 * what is searched (questions, and the text each chunk is indexed by) is read in simplified characters.
 * The conversion is OpenCC's (`opencc-js`, its maintained traditional → mainland dictionaries), not a
 * table of our own; what is quoted stays as the document has it.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

// A text with no Han character has nothing to convert.
const HAN = /\p{Script=Han}/u;

/** `融資擔保公司註冊資本` → `融资担保公司注册资本`; a simplified text comes back unchanged. Linear in the text. */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const run = (convert ??= Converter({ from: 't', to: 'cn' }));
  return run(text);
}
