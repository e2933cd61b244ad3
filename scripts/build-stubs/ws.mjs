// Only Ink's devtools use WebSockets; the bundle does not ship them.
export default class WebSocket {}
export { WebSocket };
