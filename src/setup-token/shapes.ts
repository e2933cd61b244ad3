// The values setup-token looks for on claude's screen, as wrapped-value shapes.
import type { ValueShape } from './wrapped-value.js';

/** Keep joining wrapped pieces until a value is as long as a complete token: only that is taken. */
export const TOKEN_SHAPE: ValueShape = { prefix: 'sk-ant-oat01-', char: /[A-Za-z0-9_-]/, minLength: 108 };
/** Any Anthropic secret (token or API key), for masking. */
export const SECRET_SHAPE: ValueShape = { prefix: 'sk-ant-', char: /[A-Za-z0-9_-]/, minLength: 108 };
export const URL_SHAPE: ValueShape = { prefix: 'https://', char: /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/, minLength: 30 };
