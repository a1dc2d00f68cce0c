/** Time-sortable ids (UUIDv7): the one generator lives in common/ids.ts, shared with the renderer. */
export { newId } from '../../common/ids';
