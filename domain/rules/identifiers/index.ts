export { checkUscc, usccCheckCharacter, USCC_ORG_CODE_CHECK, type UsccCheck } from './uscc.js';
export { checkResidentId, residentIdCheckDigit, isMinorOn, type ResidentIdCheck } from './resident-id.js';
