/**
 * The staff page (`/admin`): the questions the bot declined and the answers users disliked, a form
 * to answer one with an FAQ entry (its clauses picked from a search of the library), and the
 * library's documents with an upload. It asks for the admin token once and keeps it for the tab
 * only (sessionStorage). Everything users typed is put in the page as text (`textContent`), never
 * as HTML; the page's CSP forbids inline script besides.
 */

export function renderAdminPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>政策通 · 运营后台</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/admin.css">
</head>
<body>
<header><strong>政策通 · 运营后台</strong><button id="logout" type="button" hidden>退出</button></header>
<main>
  <section id="login-panel" hidden>
    <h2>登录</h2>
    <form id="login" autocomplete="off">
      <label for="token">管理令牌（ADMIN_TOKEN）</label>
      <input id="token" type="password" required>
      <button type="submit">进入</button>
      <p id="login-error" class="error" role="alert"></p>
    </form>
  </section>
  <div id="desk" hidden>
    <section>
      <h2>未能回答的问题</h2>
      <table class="list"><thead><tr><th>问题</th><th>次数</th><th>渠道</th><th>最近</th><th></th></tr></thead><tbody id="declined"></tbody></table>
      <p id="declined-empty" class="muted" hidden>暂无。</p>
    </section>
    <section>
      <h2>被点踩的回答</h2>
      <table class="list"><thead><tr><th>问题</th><th>回答</th><th>意见</th><th>时间</th><th></th></tr></thead><tbody id="disliked"></tbody></table>
      <p id="disliked-empty" class="muted" hidden>暂无。</p>
    </section>
    <section id="faq-panel">
      <h2>用 FAQ 条目回答</h2>
      <form id="faq" autocomplete="off">
        <label for="faq-question">问题</label>
        <input id="faq-question" required maxlength="500">
        <label for="faq-answer">回答（其中的数字必须出自所选条款）</label>
        <textarea id="faq-answer" rows="4" required maxlength="2000"></textarea>
        <label for="clause-query">依据条款：检索政策库</label>
        <div class="row"><input id="clause-query" placeholder="输入关键词或问题"><button id="clause-search" type="button">检索</button></div>
        <div id="clauses" class="clauses"></div>
        <button id="faq-save" type="submit">保存 FAQ 条目</button>
        <p id="faq-status" role="status"></p>
      </form>
    </section>
    <section>
      <h2>政策文件</h2>
      <form id="upload" class="row">
        <input id="upload-file" type="file" accept=".txt,.md,.pdf,.docx,.html,.htm">
        <button type="submit">上传并索引</button>
      </form>
      <p id="upload-status" role="status"></p>
      <table class="list"><thead><tr><th>文件</th><th>类型</th><th>地域</th><th>状态</th><th>条款</th></tr></thead><tbody id="documents"></tbody></table>
      <ul id="warnings" class="warnings"></ul>
    </section>
  </div>
</main>
<script src="assets/admin.js" defer></script>
</body>
</html>
`;
}

export const ADMIN_CSS = `
:root { --line: #e1e3e6; --muted: #8a8f99; --brand: #2f7cf6; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
body { margin: 0; background: #f5f6f7; color: #1f2329; font-size: 14px; }
header { display: flex; justify-content: space-between; align-items: center; padding: 10px 16px; background: #fff; border-bottom: 1px solid var(--line); }
main { max-width: 1100px; margin: 0 auto; padding: 12px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 12px 0; }
h2 { font-size: 16px; margin: 4px 0 10px; }
table.list { width: 100%; border-collapse: collapse; }
table.list th, table.list td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
table.list td.answer { color: #5b616b; max-width: 360px; }
label { display: block; margin: 8px 0 2px; color: #3b4047; }
input, textarea { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; font: inherit; }
.row { display: flex; gap: 6px; align-items: center; }
.row input { flex: 1; }
button { border: 1px solid var(--brand); background: var(--brand); color: #fff; border-radius: 4px; padding: 4px 12px; font: inherit; cursor: pointer; }
button.link { background: #fff; color: var(--brand); }
.clauses { margin: 6px 0; }
.clause-option { display: flex; gap: 8px; padding: 6px; border: 1px solid var(--line); border-radius: 4px; margin: 4px 0; }
.clause-option input { width: auto; }
.clause-option .quote { color: #5b616b; font-size: 13px; }
.muted { color: var(--muted); }
.error { color: #c4302b; }
.ok { color: #1a7f37; }
.warnings li { color: #a15c00; }
`;

export const ADMIN_JS = String.raw`
(function () {
  'use strict';
  var KEY = 'policy-bot-admin-token';
  var KIND = { indicator: '指标', glossary: '术语', faq: '常见问题', policy: '政策条款', none: '未找到' };
  var CHANNEL = { web: '网页', api: 'API', wecom: '企业微信', telegram: 'Telegram' };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function token() {
    try { return sessionStorage.getItem(KEY); } catch (e) { return window.__adminToken || null; }
  }

  function keepToken(value) {
    try {
      if (value) sessionStorage.setItem(KEY, value); else sessionStorage.removeItem(KEY);
    } catch (e) { window.__adminToken = value; }
  }

  function showLogin(message) {
    $('desk').hidden = true;
    $('logout').hidden = true;
    $('login-panel').hidden = false;
    $('login-error').textContent = message || '';
    $('token').focus();
  }

  // Every call carries the token; a 401 means it is wrong or changed: ask again.
  function api(path, init) {
    init = init || {};
    var headers = init.headers || {};
    headers.Authorization = 'Bearer ' + token();
    init.headers = headers;
    return fetch(path, init).then(function (res) {
      if (res.status === 401) {
        keepToken(null);
        showLogin('令牌不正确，请重新输入。');
        throw new Error('unauthorized');
      }
      return res.json().catch(function () { return null; }).then(function (body) { return { status: res.status, ok: res.ok, body: body }; });
    });
  }

  function when(iso) { return iso ? String(iso).slice(0, 16).replace('T', ' ') : ''; }

  function short(text, max) {
    var chars = Array.from(String(text || ''));
    return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
  }

  function answerButton(question) {
    var b = el('button', 'link answer-with-faq', '用 FAQ 回答');
    b.type = 'button';
    b.addEventListener('click', function () { startFaq(question); });
    return b;
  }

  function loadDeclined() {
    return api('api/admin/questions?kind=none').then(function (r) {
      var body = $('declined');
      body.textContent = '';
      var list = (r.body && r.body.questions) || [];
      $('declined-empty').hidden = list.length > 0;
      list.forEach(function (q) {
        var tr = el('tr', 'declined-row');
        tr.appendChild(el('td', 'question', q.question));
        tr.appendChild(el('td', 'count', q.count));
        tr.appendChild(el('td', '', (q.channels || []).map(function (c) { return CHANNEL[c] || c; }).join('、')));
        tr.appendChild(el('td', '', when(q.lastAskedAt)));
        var action = el('td');
        action.appendChild(answerButton(q.question));
        tr.appendChild(action);
        body.appendChild(tr);
      });
    });
  }

  function loadDisliked() {
    return api('api/admin/feedback').then(function (r) {
      var body = $('disliked');
      body.textContent = '';
      var list = ((r.body && r.body.feedback) || []).filter(function (f) { return f.helpful === false; });
      $('disliked-empty').hidden = list.length > 0;
      list.forEach(function (f) {
        var tr = el('tr', 'disliked-row');
        tr.appendChild(el('td', 'question', f.question));
        tr.appendChild(el('td', 'answer', short(f.answer, 160)));
        tr.appendChild(el('td', 'comment', f.comment || ''));
        tr.appendChild(el('td', '', when(f.at)));
        var action = el('td');
        action.appendChild(answerButton(f.question));
        tr.appendChild(action);
        body.appendChild(tr);
      });
    });
  }

  function loadDocuments() {
    return api('api/admin/documents').then(function (r) {
      var body = $('documents');
      body.textContent = '';
      var lib = r.body || {};
      (lib.documents || []).forEach(function (d) {
        var card = d.card || {};
        var tr = el('tr', 'document-row');
        var name = el('td');
        name.appendChild(el('div', 'title', '《' + (d.title || d.docId) + '》'));
        name.appendChild(el('div', 'muted', d.file));
        tr.appendChild(name);
        tr.appendChild(el('td', '', card.kind || ''));
        tr.appendChild(el('td', '', card.place || ''));
        tr.appendChild(el('td', '', card.status || ''));
        tr.appendChild(el('td', '', d.clauses));
        body.appendChild(tr);
      });
      var warnings = $('warnings');
      warnings.textContent = '';
      (lib.warnings || []).forEach(function (w) { warnings.appendChild(el('li', '', w.message)); });
      (lib.waiting || []).forEach(function (f) { warnings.appendChild(el('li', 'waiting', f + '：正在索引…')); });
    });
  }

  function startFaq(question) {
    $('faq-question').value = question;
    $('clause-query').value = question;
    $('faq-status').textContent = '';
    $('faq-status').className = '';
    $('faq-panel').scrollIntoView({ block: 'start' });
    $('faq-answer').focus();
    searchClauses();
  }

  function searchClauses() {
    var q = $('clause-query').value.trim();
    if (!q) return Promise.resolve();
    var box = $('clauses');
    box.textContent = '';
    box.appendChild(el('p', 'muted', '检索中…'));
    return api('api/admin/clauses?q=' + encodeURIComponent(q)).then(function (r) {
      box.textContent = '';
      var list = (r.body && r.body.clauses) || [];
      if (!list.length) box.appendChild(el('p', 'muted', '没有找到相关条款，换个关键词试试。'));
      list.forEach(function (c) {
        var option = el('label', 'clause-option');
        var check = el('input');
        check.type = 'checkbox';
        check.value = c.clauseId;
        option.appendChild(check);
        var text = el('div');
        text.appendChild(el('div', 'label', '《' + c.title + '》 ' + c.label));
        text.appendChild(el('div', 'quote', short(c.quote, 200)));
        option.appendChild(text);
        box.appendChild(option);
      });
    });
  }

  function saveFaq(e) {
    e.preventDefault();
    var status = $('faq-status');
    var clauseIds = Array.prototype.map.call(document.querySelectorAll('#clauses input:checked'), function (c) { return c.value; });
    if (!clauseIds.length) { status.className = 'error'; status.textContent = '请至少选择一个依据条款。'; return; }
    $('faq-save').disabled = true;
    api('api/admin/faq', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: $('faq-question').value, answer: $('faq-answer').value, clauseIds: clauseIds })
    }).then(function (r) {
      if (r.status === 201) {
        status.className = 'ok';
        status.textContent = '已保存，立即生效：用户再问这个问题会得到此回答。';
      } else {
        status.className = 'error';
        status.textContent = (r.body && r.body.error && r.body.error.message) || ('保存失败（' + r.status + '）');
      }
    }).catch(function () { /* 401: the login is shown */ }).then(function () { $('faq-save').disabled = false; });
  }

  function upload(e) {
    e.preventDefault();
    var input = $('upload-file');
    var status = $('upload-status');
    if (!input.files || !input.files.length) { status.className = 'error'; status.textContent = '请选择一个文件。'; return; }
    var form = new FormData();
    form.append('file', input.files[0]);
    status.className = '';
    status.textContent = '上传中…';
    api('api/admin/documents', { method: 'POST', body: form }).then(function (r) {
      if (r.ok) {
        status.className = 'ok';
        status.textContent = '已加入 ' + r.body.file + '，正在索引（约一分钟内可回答）。';
        input.value = '';
        setTimeout(loadDocuments, 3000);
      } else {
        status.className = 'error';
        status.textContent = (r.body && r.body.error && r.body.error.message) || ('上传失败（' + r.status + '）');
      }
    }).catch(function () { /* 401: the login is shown */ });
  }

  function enter() {
    $('login-panel').hidden = true;
    $('desk').hidden = false;
    $('logout').hidden = false;
    return Promise.all([loadDeclined(), loadDisliked(), loadDocuments()]).catch(function () { /* 401: the login is shown */ });
  }

  $('login').addEventListener('submit', function (e) {
    e.preventDefault();
    var value = $('token').value.trim();
    if (!value) return;
    keepToken(value);
    $('token').value = '';
    enter();
  });
  $('logout').addEventListener('click', function () { keepToken(null); showLogin(''); });
  $('clause-search').addEventListener('click', searchClauses);
  $('clause-query').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); searchClauses(); } });
  $('faq').addEventListener('submit', saveFaq);
  $('upload').addEventListener('submit', upload);
  if (token()) enter(); else showLogin('');
})();
`;
