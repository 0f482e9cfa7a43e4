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
  'stories:open',
  'team:connect',
  'team:disconnect',
  'team:status',
  'team:presence'
] as const

export type Channel = (typeof CHANNELS)[number]

/**
 * Main → renderer notifications. `desk:changed`: the store changed outside the desk (File › Import,
 * another story opened, another editor's change on a team desk); `desk:newStory`: File › New Story was chosen
 * (the desk asks for the name); `desk:connectTeam`: File › Connect to Team Desk was chosen (the desk asks for
 * the URL and password); `desk:teamStatus`: the team connection's state changed (the desk asks team:status).
 */
export const EVENTS = ['desk:changed', 'desk:newStory', 'desk:connectTeam', 'desk:teamStatus'] as const

export type DeskEvent = (typeof EVENTS)[number]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)
}

export function isDeskEvent(name: unknown): name is DeskEvent {
  return typeof name === 'string' && (EVENTS as readonly string[]).includes(name)
}
