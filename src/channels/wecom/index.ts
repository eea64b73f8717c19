export { WecomApi, WecomApiError, type WecomApiOptions } from './api.js';
export { createWecomChannel, WECOM_CALLBACK_PATH, type WecomChannel, type WecomChannelOptions } from './callback.js';
export { DEFAULT_WECOM_API_ROOT, loadWecomConfig, WECOM_VARIABLES, type WecomConfig } from './config.js';
export { WecomCrypto, WecomCryptoError } from './crypto.js';
export { formatForWecom, splitMessage, WECOM_TEXT_MAX_BYTES } from './format.js';
export { RecentIds, SqliteRecentIds, WECOM_DATA_FILE, type RecentIdStore } from './recent-ids.js';
