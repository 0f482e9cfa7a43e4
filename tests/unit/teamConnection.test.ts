/** Team database URLs: shown without their password, scrubbed from messages, sslmode read as psql reads it. */
import { describe, expect, it } from 'vitest'
import { isTeamUrl, redactUrl, scrub, secretsOf, teamAddress, teamProblem, withLibpqSsl } from '../../src/core/store/team/connection'

describe('team connection URLs', () => {
  it('tells a team database from a store file', () => {
    expect(isTeamUrl('postgresql://ana@db/desk')).toBe(true)
    expect(isTeamUrl('postgres://ana@db/desk')).toBe(true)
    expect(isTeamUrl('/home/ana/postgresql.json')).toBe(false)
  })

  it('shows a URL without its password, and names what a bad one lacks', () => {
    expect(redactUrl('postgresql://ana:p%40ss@db.example:5433/desk?sslmode=require')).toBe('postgresql://ana@db.example:5433/desk?sslmode=require')
    expect(redactUrl('postgresql://ana:secret@db/desk?password=other')).toBe('postgresql://ana@db/desk?password=***')
    expect(teamAddress('postgresql://ana:pw@db/desk')).toMatchObject({ shown: 'postgresql://ana@db/desk', role: 'ana', database: 'desk' })
    expect(() => teamAddress('postgresql://ana:pw@db')).toThrow('postgresql://ana@db names no database')
  })

  it('scrubs the password, raw and decoded, and any URL userinfo from messages', () => {
    const url = 'postgresql://ana:p%40ss-W0rd@db/desk'
    expect(secretsOf(url)).toEqual(['p%40ss-W0rd', 'p@ss-W0rd'])
    expect(scrub('auth failed for p@ss-W0rd at postgres://bob:hunter2@x/y', secretsOf(url))).toBe('auth failed for *** at postgres://bob@x/y')
    const error = teamProblem(Object.assign(new Error('password authentication failed (p@ss-W0rd)'), { code: '28P01' }), teamAddress(url), 'open the desk')
    expect(error.message).toBe('Could not open the desk on the team database postgresql://ana@db/desk: the password was refused (password authentication failed (***)).')
  })

  it('reads sslmode as libpq does, unless the URL says otherwise', () => {
    expect(withLibpqSsl('postgresql://ana@db/desk?sslmode=require')).toBe('postgresql://ana@db/desk?sslmode=require&uselibpqcompat=true')
    expect(withLibpqSsl('postgresql://ana@db/desk')).toBe('postgresql://ana@db/desk')
    expect(withLibpqSsl('postgresql://ana@db/desk?sslmode=require&uselibpqcompat=false')).toBe('postgresql://ana@db/desk?sslmode=require&uselibpqcompat=false')
  })
})
