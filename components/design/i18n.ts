/**
 * The UI's door to user-facing strings. The lookup itself lives in the lib layer (lib/i18n/i18n.ts)
 * so that logic below the UI can translate without importing from components/; components import
 * it from here, as they always have.
 */
export { t, tAround, tSlots, fillSlots } from '@/lib/i18n/i18n';
