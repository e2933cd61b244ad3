/** The plugin's id in OpenClaw (openclaw.plugin.json), also its directory under <state>/extensions once installed. */
export const PLUGIN_ID = 'openclaw-auth';
