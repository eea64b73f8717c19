/**
 * The Telegram channel: cited answers in chat, follow-ups, feedback (issue 4). `startTelegram`
 * runs the bot over an engine; `loadTelegramConfig` reads its settings from the environment.
 */
export { startTelegram, TelegramStartError, type TelegramChannel, type TelegramWebhook } from './start.js';
export type { TelegramEngine } from './conversation.js';
export { loadTelegramConfig, telegramDataDir, telegramDataFile, TelegramConfigError } from './config.js';
export { OFFICIAL_API_ROOT, type RateLimit, type TelegramOptions, type WebhookOptions } from './options.js';
export { feedbackReport, type FeedbackReport, type ReportOptions } from './feedback-store.js';
export { openChannelDatabaseReadOnly } from './database.js';
