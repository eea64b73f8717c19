export { renderChatPage, type ChatPageData } from './html.js';
export { CHAT_CSS } from './style.js';
export { CHAT_JS } from './script.js';
export { WIDGET_JS } from './widget.js';
export { ADMIN_CSS, ADMIN_JS, renderAdminPage } from './admin.js';
