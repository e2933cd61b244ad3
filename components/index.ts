// The UI bundle's entry (dist/ui.mjs): what interactive commands load, and nothing else does.
export { runOnboard } from './onboard/run-onboard.js';
export { runDashboard } from './dashboard/run-dashboard.js';
export { runPicker } from './picker/run-picker.js';
