/**
 * The IPC channel names, free of dependencies so the sandboxed preload can
 * bundle them. `contract.ts` is checked to cover exactly these channels.
 */
export const CHANNELS = [
  'desk:load',
  'reports:import',
  'review:set',
  'settings:update',
  'brief:render',
  'brief:export',
  'brief:reveal',
  'reports:importFiles',
  'reports:importProgress',
  'reports:cancelImport',
  'review:bulk',
  'review:evidence',
  'claims:edit',
  'reports:importUrl',
  'reports:remove',
  'archive:read',
  'changes:undo',
  'claims:history',
  'stories:list',
  'stories:new',
  'stories:open'
] as const

export type Channel = (typeof CHANNELS)[number]

/**
 * Main → renderer notifications. `desk:changed`: the store changed outside the desk (File › Import,
 * another story opened); `desk:newStory`: File › New Story was chosen (the desk asks for the name).
 */
export const EVENTS = ['desk:changed', 'desk:newStory'] as const

export type DeskEvent = (typeof EVENTS)[number]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)
}

export function isDeskEvent(name: unknown): name is DeskEvent {
  return typeof name === 'string' && (EVENTS as readonly string[]).includes(name)
}
