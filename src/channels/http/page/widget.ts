/**
 * /widget.js: the embed loader for other web sites. One script tag adds a floating "政策咨询"
 * button that opens the chat page in a frame; the page comes from the server the script was
 * loaded from, so the snippet needs no configuration. The host site must be listed in
 * HTTP_CORS_ORIGINS, which is also the page's list of allowed frame ancestors.
 */
export const WIDGET_JS = String.raw`
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__policyBotWidget) return;
  window.__policyBotWidget = true;
  var base = new URL('./', script.src).href;
  var label = script.getAttribute('data-label') || '政策咨询';
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  var b = button.style;
  b.position = 'fixed'; b.bottom = '20px'; b[side] = '20px'; b.zIndex = '2147483000';
  b.padding = '10px 16px'; b.border = '0'; b.borderRadius = '22px'; b.cursor = 'pointer';
  b.background = '#2f7cf6'; b.color = '#fff'; b.font = '15px sans-serif'; b.boxShadow = '0 2px 10px rgba(0,0,0,.2)';

  var frame = null;
  button.addEventListener('click', function () {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = base;
      frame.title = label;
      var f = frame.style;
      f.position = 'fixed'; f.bottom = '72px'; f[side] = '20px'; f.zIndex = '2147483000';
      f.width = 'min(400px, calc(100vw - 40px))'; f.height = 'min(640px, calc(100vh - 100px))';
      f.border = '1px solid #e1e3e6'; f.borderRadius = '8px'; f.background = '#f0f1f3';
      f.boxShadow = '0 4px 24px rgba(0,0,0,.18)';
      document.body.appendChild(frame);
    } else {
      frame.style.display = frame.style.display === 'none' ? '' : 'none';
    }
    button.setAttribute('aria-expanded', frame.style.display === 'none' ? 'false' : 'true');
  });
  document.body.appendChild(button);
})();
`;
