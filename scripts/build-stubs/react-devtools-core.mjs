// Ink loads React's devtools only when DEV=true; the bundle does not ship them.
export default { initialize() {}, connectToDevTools() {} };
