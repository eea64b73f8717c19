/**
 * The chat page's style: a WeCom-like conversation (grey background, white bot bubbles, blue user
 * bubbles, square avatars), one column that fits a phone. Served as /assets/chat.css so the page's
 * Content-Security-Policy can forbid inline styles.
 */
export const CHAT_CSS = `
:root {
  --bg: #f0f1f3; --bar: #f7f7f8; --line: #e1e3e6; --text: #1f2329; --muted: #8a8f99;
  --brand: #2f7cf6; --mine: #cfe3ff; --bubble: #ffffff; --quote: #f5f6f7;
  font-family: -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { background: var(--bg); color: var(--text); font-size: 15px; line-height: 1.6; }
.app { display: flex; flex-direction: column; height: 100vh; height: 100dvh; max-width: 820px; margin: 0 auto; background: var(--bg); }
header { flex: none; display: flex; align-items: center; gap: 10px; padding: 10px 14px; background: var(--bar); border-bottom: 1px solid var(--line); }
header .title { font-weight: 600; font-size: 16px; }
header .subtitle { color: var(--muted); font-size: 12px; }
.log { flex: 1; overflow-y: auto; padding: 14px 10px 20px; -webkit-overflow-scrolling: touch; }
.row { display: flex; align-items: flex-start; gap: 8px; margin: 12px 0; }
.row.mine { flex-direction: row-reverse; }
.avatar { flex: none; width: 36px; height: 36px; border-radius: 6px; display: grid; place-items: center; color: #fff; font-size: 15px; font-weight: 600; background: var(--brand); }
.row.mine .avatar { background: #9aa3ae; }
.bubble { position: relative; max-width: min(80%, 620px); padding: 9px 12px; border-radius: 6px; background: var(--bubble); box-shadow: 0 1px 1px rgba(0,0,0,.04); overflow-wrap: anywhere; }
.row.mine .bubble { background: var(--mine); }
.bubble .text { white-space: pre-wrap; }
.bubble .text .group { color: var(--brand); display: inline-block; margin-top: 6px; }
.kind { display: inline-block; margin-bottom: 4px; padding: 0 6px; border-radius: 3px; font-size: 12px; color: var(--brand); background: #e8f0fe; }
.kind.none { color: #a15c00; background: #fff3e0; }
.ref { border: 0; padding: 0 1px; background: none; color: var(--brand); font: inherit; font-size: 12px; vertical-align: super; cursor: pointer; }
.cites { margin-top: 8px; border-top: 1px solid var(--line); padding-top: 6px; }
.cites .heading { color: var(--muted); font-size: 12px; }
details.cite { margin: 4px 0; font-size: 13px; }
details.cite summary { cursor: pointer; color: #3b4047; list-style: none; }
details.cite summary::-webkit-details-marker { display: none; }
details.cite summary::before { content: "▸ "; color: var(--muted); }
details.cite[open] summary::before { content: "▾ "; }
details.cite .num { color: var(--brand); }
details.cite .source-doc { color: #1f2329; font-weight: 600; }
details.cite blockquote { margin: 6px 0 2px; padding: 6px 10px; background: var(--quote); border-left: 3px solid var(--brand); white-space: pre-wrap; }
details.cite .doc { color: var(--muted); font-size: 12px; }
details.cite.flash summary { background: #fff7cc; }
.tools { display: flex; justify-content: flex-end; margin-top: 4px; }
.copy { border: 1px solid var(--line); border-radius: 4px; background: #fff; color: #5b616b; font-size: 12px; padding: 1px 8px; cursor: pointer; }
.tools { align-items: center; gap: 6px; }
.vote { border: 1px solid var(--line); border-radius: 4px; background: #fff; font-size: 12px; padding: 0 6px; cursor: pointer; line-height: 20px; }
.vote.chosen { border-color: var(--brand); background: #e8f0fe; }
.vote-status { color: var(--muted); font-size: 12px; }
.comment { display: flex; gap: 6px; margin-top: 6px; }
.comment textarea { flex: 1; resize: vertical; min-height: 34px; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; font: inherit; font-size: 13px; }
.comment-send { flex: none; align-self: flex-end; border: 0; border-radius: 4px; background: var(--brand); color: #fff; font-size: 12px; padding: 4px 10px; cursor: pointer; }
.notice { text-align: center; color: var(--muted); font-size: 12px; margin: 10px 0; }
.notice.error { color: #c4302b; }
.examples { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.example { border: 1px solid #c9dafc; border-radius: 14px; background: #f4f8ff; color: var(--brand); font: inherit; font-size: 13px; padding: 3px 10px; cursor: pointer; text-align: left; }
.typing { color: var(--muted); }
.typing::after { content: "…"; animation: blink 1s steps(2) infinite; }
@keyframes blink { 50% { opacity: 0; } }
.composer { flex: none; display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px; padding: 8px 10px calc(8px + env(safe-area-inset-bottom)); background: var(--bar); border-top: 1px solid var(--line); }
.composer textarea { flex: 1; resize: none; min-height: 38px; max-height: 120px; padding: 8px 10px; border: 1px solid var(--line); border-radius: 6px; font: inherit; background: #fff; }
.composer textarea:focus { outline: none; border-color: var(--brand); }
.composer button { flex: none; height: 38px; padding: 0 16px; border: 0; border-radius: 6px; background: var(--brand); color: #fff; font: inherit; cursor: pointer; }
.composer button:disabled { opacity: .5; cursor: default; }
.counter { flex-basis: 100%; order: 3; margin-top: -4px; text-align: right; color: var(--muted); font-size: 11px; }
.counter.over { color: #c4302b; font-weight: 600; }
details.cite .full { margin: 6px 0 2px; }
details.cite .full .heading { color: var(--muted); font-size: 12px; }
details.cite .full .full-text { margin: 4px 0 2px; padding: 6px 10px; background: var(--quote); border-left: 3px solid #9aa3ae; white-space: pre-wrap; }
@media (max-width: 480px) {
  body { font-size: 14px; }
  .bubble { max-width: calc(100% - 52px); }
  header .subtitle { display: none; }
}
`;
