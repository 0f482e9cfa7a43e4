/**
 * Stories: each story is its own store file. The app remembers the stories
 * opened recently in a small file of its own user-data folder (never in a
 * store), so the desk and the CLI can list them; a new story's store is made
 * in the stories folder there, named after the story.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { StoreData } from '../model'
import { writeFileAtomically } from './atomicWrite'
import { errnoCode, fileProblem } from './fileErrors'

export const RECENT_FILE_NAME = 'recent-stories.json'
export const STORIES_FOLDER = 'stories'
/** How many recent stories are remembered. */
const KEEP = 12

export interface RecentStory {
  path: string
  name: string
  openedAt: string
}

/** A story's name: the one it was given, else its file's. */
export function storyName(data: StoreData, path: string): string {
  return data.story.name.trim() || basename(path).replace(/\.json$/i, '')
}

/** The recent stories, newest first; a missing or unreadable list is an empty one (it is only a convenience). */
export async function readRecentStories(userData: string): Promise<RecentStory[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(userData, RECENT_FILE_NAME), 'utf8'))
    if (!Array.isArray(parsed)) return []
    return parsed.filter((s: unknown): s is RecentStory => {
      const row = s as Partial<Record<keyof RecentStory, unknown>> | null
      return typeof row === 'object' && row !== null && typeof row.path === 'string' && typeof row.name === 'string' && typeof row.openedAt === 'string'
    })
  } catch {
    return []
  }
}

/** Puts `story` first in the recent list. */
export async function rememberStory(userData: string, story: RecentStory): Promise<RecentStory[]> {
  const recent = [story, ...(await readRecentStories(userData)).filter((s) => s.path !== story.path)].slice(0, KEEP)
  await mkdir(userData, { recursive: true }).catch((error: unknown) => {
    throw fileProblem(error, `create ${userData}`)
  })
  await writeFileAtomically(join(userData, RECENT_FILE_NAME), JSON.stringify(recent, null, 2))
  return recent
}

/** "Port strike, Rotterdam" → "port-strike-rotterdam". */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return slug || 'story'
}

/** A path for a new story's store in the stories folder that no file has yet. */
export async function newStoryPath(userData: string, name: string): Promise<string> {
  const folder = join(userData, STORIES_FOLDER)
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw fileProblem(error, `create ${folder}`)
  })
  const slug = slugOf(name)
  for (let n = 1; ; n++) {
    const path = join(folder, `${slug}${n === 1 ? '' : `-${n}`}.json`)
    try {
      await readFile(path)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return path
      throw fileProblem(error, `read ${path}`)
    }
  }
}
