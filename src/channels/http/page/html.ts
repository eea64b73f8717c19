/**
 * The chat page's HTML. Its data (the documents' short titles, example questions, the API path)
 * travels in a JSON script element that the script reads, so the page needs no inline script and
 * its Content-Security-Policy can stay strict. Paths are relative, so the page also works behind a
 * reverse proxy that serves it under a prefix (`https://gov.example/zhengcetong/`).
 */

export interface ChatPageData {
  /** Short titles of the documents the engine answers from, for the greeting. */
  readonly documents: readonly string[];
  /** Questions offered as buttons under the greeting. */
  readonly examples: readonly string[];
  /** Longest question the server accepts, for the counter under the box. */
  readonly maxQuestionChars: number;
}

/** JSON that is safe inside `<script>`: no `</script>` or `<!--` can be formed. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function renderChatPage(data: ChatPageData): string {
  const config = scriptJson({
    api: 'api/ask',
    clauses: 'api/clauses/',
    feedback: 'api/feedback',
    documents: data.documents,
    examples: data.examples,
    maxQuestionChars: data.maxQuestionChars,
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>政策通 · 金融政策问答</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/chat.css">
</head>
<body>
<div class="app">
  <header>
    <div class="avatar" aria-hidden="true">政</div>
    <div><div class="title">政策通</div><div class="subtitle">金融政策问答 · 每个回答都引用原文条款</div></div>
  </header>
  <main id="log" class="log" role="log" aria-live="polite" aria-label="对话"></main>
  <form id="ask" class="composer" autocomplete="off">
    <textarea id="question" name="question" rows="1" placeholder="输入您想了解的政策问题" aria-label="问题" enterkeyhint="send"></textarea>
    <button id="send" type="submit">发送</button>
    <div id="counter" class="counter" aria-live="polite">0/${data.maxQuestionChars}</div>
  </form>
</div>
<script id="chat-config" type="application/json">${config}</script>
<script src="assets/chat.js" defer></script>
</body>
</html>
`;
}
