/**
 * The chat page's script, served as /assets/chat.js. Plain ES2017 that every current browser runs
 * as is: there is no build step. It builds every node with `textContent`, never `innerHTML`, so
 * nothing from an answer or a question can inject markup.
 */
export const CHAT_JS = String.raw`
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var counter = document.getElementById('counter');
  var KIND = { indicator: '指标', glossary: '术语', faq: '常见问题', policy: '政策条款', none: '未找到' };
  var busy = false;
  var fallbackSession = null;

  // The server issues session ids (each answer carries one); the page only keeps the latest.
  function sessionId() {
    try {
      return sessionStorage.getItem('policy-bot-session') || fallbackSession;
    } catch (e) {
      // Storage can be off (private mode, a sandboxed frame): keep the session for this page only.
      return fallbackSession;
    }
  }

  function keepSession(id) {
    if (typeof id !== 'string') return;
    fallbackSession = id;
    try { sessionStorage.setItem('policy-bot-session', id); } catch (e) { /* page-only session */ }
  }

  // Counted as the server counts: whitespace runs folded, in characters (not UTF-16 units).
  function questionLength(text) {
    return Array.from(text.replace(/\s+/g, ' ').trim()).length;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function addRow(mine) {
    var row = el('div', 'row ' + (mine ? 'mine' : 'bot'));
    row.appendChild(el('div', 'avatar', mine ? '我' : '政')).setAttribute('aria-hidden', 'true');
    var bubble = el('div', 'bubble');
    row.appendChild(bubble);
    log.appendChild(row);
    return { row: row, bubble: bubble };
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function notice(text, isError) {
    log.appendChild(el('div', 'notice' + (isError ? ' error' : ''), text));
    scrollDown();
  }

  function plainText(answer) {
    var lines = [answer.answer];
    if (answer.citations.length) {
      lines.push('', answer.kind === 'none' ? '相关条款（仅供参考）：' : '引用：');
      answer.citations.forEach(function (c, i) {
        lines.push('[' + (i + 1) + '] 《' + c.title + '》 ' + c.label, '“' + c.quote + '”');
      });
    }
    return lines.join('\n');
  }

  function legacyCopy(text) {
    var area = el('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }

  function copyText(text) {
    // The Clipboard API exists only in secure contexts (https, localhost); elsewhere fall back.
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return legacyCopy(text); });
    }
    return Promise.resolve(legacyCopy(text));
  }

  // The clause's full text ("原文"), fetched the first time its citation is opened.
  function loadFullText(details, citation) {
    if (!citation.clauseId || details.getAttribute('data-full') || !config.clauses) return;
    details.setAttribute('data-full', 'loading');
    fetch(config.clauses + encodeURIComponent(citation.clauseId))
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (source) {
        if (!source || typeof source.text !== 'string' || !source.text || source.text === citation.quote) return;
        var full = el('div', 'full');
        full.appendChild(el('div', 'heading', '条款原文'));
        // Not a blockquote: the quote stays the citation's one blockquote; this is the clause around it.
        full.appendChild(el('div', 'full-text', source.text));
        // A very long clause comes in pages; the page shows the first and says so.
        if (source.pages > 1) full.appendChild(el('div', 'heading', '（原文较长，此处显示第 1 部分，共 ' + source.pages + ' 部分）'));
        details.insertBefore(full, details.querySelector('.doc'));
        details.setAttribute('data-full', 'shown');
      }, function () { details.removeAttribute('data-full'); });
  }

  function openCitation(details) {
    details.open = true;
    details.classList.add('flash');
    setTimeout(function () { details.classList.remove('flash'); }, 1200);
    details.scrollIntoView({ block: 'nearest' });
  }

  function renderAnswer(bubble, answer) {
    bubble.textContent = '';
    bubble.appendChild(el('span', 'kind' + (answer.kind === 'none' ? ' none' : ''), KIND[answer.kind] || answer.kind));
    var text = el('div', 'text');
    var cites = [];
    // "[2]" in the answer becomes a button that opens citation 2.
    answer.answer.split(/(\[\d+\])/).forEach(function (part) {
      var m = /^\[(\d+)\]$/.exec(part);
      if (m && answer.citations[Number(m[1]) - 1]) {
        var ref = el('button', 'ref', part);
        ref.type = 'button';
        ref.setAttribute('aria-label', '查看引用 ' + m[1]);
        ref.addEventListener('click', function () { openCitation(cites[Number(m[1]) - 1]); });
        text.appendChild(ref);
      } else if (part) {
        // A grouped list's headings ("【信贷】" on a line of their own) stand out as group titles.
        part.split(/^(【[^】\n]+】)$/m).forEach(function (piece, i) {
          if (i % 2) text.appendChild(el('strong', 'group', piece));
          else if (piece) text.appendChild(document.createTextNode(piece));
        });
      }
    });
    bubble.appendChild(text);
    if (answer.citations.length) {
      var box = el('div', 'cites');
      box.appendChild(el('div', 'heading', answer.kind === 'none' ? '相关条款（仅供参考，并非答案）' : '引用条款（点击展开原文）'));
      answer.citations.forEach(function (c, i) {
        var details = el('details', 'cite');
        var summary = el('summary');
        summary.appendChild(el('span', 'num', '[' + (i + 1) + '] '));
        // The document is named before the citation is opened: with five 办法, "第三条" alone says too little.
        summary.appendChild(el('span', 'source-doc', '《' + (c.shortTitle || c.title) + '》'));
        summary.appendChild(document.createTextNode(' ' + c.label));
        details.appendChild(summary);
        details.appendChild(el('blockquote', 'quote', c.quote));
        details.appendChild(el('div', 'doc', '《' + c.title + '》'));
        details.addEventListener('toggle', function () { if (details.open) loadFullText(details, c); });
        box.appendChild(details);
        cites.push(details);
      });
      bubble.appendChild(box);
    }
    var tools = el('div', 'tools');
    var copy = el('button', 'copy', '复制');
    copy.type = 'button';
    copy.addEventListener('click', function () {
      copyText(plainText(answer)).then(function (copied) {
        copy.textContent = copied ? '已复制' : '复制失败';
        setTimeout(function () { copy.textContent = '复制'; }, 1500);
      });
    });
    tools.appendChild(copy);
    if (answer.answerId && config.feedback) addVotes(bubble, tools, answer.answerId);
    bubble.appendChild(tools);
  }

  function sendFeedback(payload) {
    return fetch(config.feedback, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Chat-Client': 'web' },
      body: JSON.stringify(payload)
    }).then(function (res) { return res.ok; }, function () { return false; });
  }

  // 👍 / 👎 under an answer; 👎 opens a short comment box (optional).
  function addVotes(bubble, tools, answerId) {
    var up = el('button', 'vote up', '👍');
    var down = el('button', 'vote down', '👎');
    up.type = down.type = 'button';
    up.setAttribute('aria-label', '有用');
    down.setAttribute('aria-label', '没用');
    var status = el('span', 'vote-status');
    function chosen(button) {
      up.classList.toggle('chosen', button === up);
      down.classList.toggle('chosen', button === down);
    }
    up.addEventListener('click', function () {
      chosen(up);
      var box = bubble.querySelector('.comment');
      if (box) bubble.removeChild(box);
      sendFeedback({ answerId: answerId, helpful: true }).then(function (ok) { status.textContent = ok ? '感谢反馈' : '反馈未能提交'; });
    });
    down.addEventListener('click', function () {
      chosen(down);
      sendFeedback({ answerId: answerId, helpful: false }).then(function (ok) { status.textContent = ok ? '感谢反馈' : '反馈未能提交'; });
      if (bubble.querySelector('.comment')) return;
      var box = el('form', 'comment');
      var area = el('textarea');
      area.maxLength = 500;
      area.rows = 2;
      area.placeholder = '哪里不对？（可选，最多 500 字）';
      area.setAttribute('aria-label', '意见');
      var submit = el('button', 'comment-send', '提交意见');
      submit.type = 'submit';
      box.appendChild(area);
      box.appendChild(submit);
      box.addEventListener('submit', function (e) {
        e.preventDefault();
        var comment = area.value.trim();
        if (!comment) return;
        submit.disabled = true;
        sendFeedback({ answerId: answerId, helpful: false, comment: comment }).then(function (ok) {
          if (ok) { bubble.removeChild(box); status.textContent = '已收到您的意见，谢谢'; }
          else { submit.disabled = false; status.textContent = '意见未能提交，请稍后再试'; }
        });
      });
      bubble.appendChild(box);
      area.focus();
    });
    tools.appendChild(status);
    tools.appendChild(up);
    tools.appendChild(down);
  }

  function setBusy(value) {
    busy = value;
    send.disabled = value;
  }

  // A question the server would refuse stays in the box, with the reason; nothing is lost.
  function restore(question) {
    if (!input.value.trim()) {
      input.value = question;
      autosize();
      updateCounter();
    }
  }

  function ask(question) {
    question = question.trim();
    if (!question || busy) return;
    if (questionLength(question) > config.maxQuestionChars) {
      restore(question);
      notice('问题过长（' + questionLength(question) + ' 字，最多 ' + config.maxQuestionChars + ' 字），请精简后再发送。', true);
      return;
    }
    setBusy(true);
    addRow(true).bubble.appendChild(el('div', 'text', question));
    var reply = addRow(false);
    reply.row.setAttribute('aria-busy', 'true');
    reply.bubble.appendChild(el('span', 'typing', '正在查找相关条款'));
    scrollDown();
    fetch(config.api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Chat-Client': 'web' },
      body: JSON.stringify(sessionId() ? { question: question, sessionId: sessionId() } : { question: question })
    })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (body) { return { res: res, body: body }; });
      })
      .then(function (r) {
        if (r.res.ok && r.body && typeof r.body.answer === 'string') {
          keepSession(r.body.sessionId);
          reply.row.classList.add('answer');
          renderAnswer(reply.bubble, r.body);
        } else {
          log.removeChild(reply.row);
          restore(question);
          notice((r.body && r.body.error && r.body.error.message) || ('请求失败（' + r.res.status + '），请稍后再试。'), true);
        }
      }, function () {
        log.removeChild(reply.row);
        restore(question);
        notice('网络异常，请检查连接后重试。', true);
      })
      .then(function () {
        reply.row.removeAttribute('aria-busy');
        setBusy(false);
        scrollDown();
        input.focus();
      });
  }

  function updateCounter() {
    var n = questionLength(input.value);
    counter.textContent = n + '/' + config.maxQuestionChars;
    counter.className = 'counter' + (n > config.maxQuestionChars ? ' over' : '');
  }

  function autosize() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
  }

  function greet() {
    var intro = addRow(false);
    var titles = config.documents.map(function (d) { return '《' + d + '》'; }).join('、');
    intro.bubble.appendChild(el('div', 'text',
      '您好，我是政策通。可以问我' + (titles ? titles + '中' : '政策文件中') +
      '的目标、措施和术语，每个回答都注明出处，点击引用即可展开原文。'));
    if (config.examples.length) {
      var examples = el('div', 'examples');
      config.examples.forEach(function (q) {
        var b = el('button', 'example', q);
        b.type = 'button';
        b.addEventListener('click', function () { ask(q); });
        examples.appendChild(b);
      });
      intro.bubble.appendChild(examples);
    }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (busy || !input.value.trim()) return;
    var question = input.value;
    if (questionLength(question) > config.maxQuestionChars) {
      notice('问题过长（' + questionLength(question) + ' 字，最多 ' + config.maxQuestionChars + ' 字），请精简后再发送。', true);
      return;
    }
    input.value = '';
    autosize();
    updateCounter();
    ask(question);
  });
  input.addEventListener('input', function () { autosize(); updateCounter(); });
  input.addEventListener('keydown', function (e) {
    // Enter sends, Shift+Enter breaks the line; Enter that confirms a Chinese IME candidate does neither.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });
  greet();
  updateCounter();
})();
`;
