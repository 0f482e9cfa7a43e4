/**
 * The desk's ear on the team database: one connection that LISTENs for new
 * event ids and presence. When it drops (the server restarts, the network
 * goes) it reconnects with a growing pause and, once back, asks the store to
 * catch up, since notifications sent meanwhile are lost; a periodic check of
 * the newest event id covers a notification lost any other way.
 */
import pg from 'pg'
import { EVENT_CHANNEL, PRESENCE_CHANNEL } from './migrations'

export type ConnectionStatus = 'connected' | 'reconnecting' | 'closed'

export interface ListenerHooks {
  /** A new event id was announced, or the connection came back (null: check for anything missed). */
  onEvent(id: number | null): void
  onPresence(payload: string): void
  onStatus(status: ConnectionStatus, problem: string | null): void
}

export interface ListenerOptions {
  /** Pauses between reconnection attempts: from `minMs`, doubling up to `maxMs`. */
  minMs: number
  maxMs: number
  /** How often to check the newest event id, in case a notification went missing. */
  checkMs: number
  scrub: (text: string) => string
}

export class EventListener {
  private client: pg.Client | null = null
  private closed = false
  private pause: number
  private timer: NodeJS.Timeout | null = null
  private check: NodeJS.Timeout | null = null

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly hooks: ListenerHooks,
    private readonly options: ListenerOptions
  ) {
    this.pause = options.minMs
  }

  /** Connects; resolves once listening (rejects if the first attempt fails). */
  async start(): Promise<void> {
    await this.connect()
    this.check = setInterval(() => this.hooks.onEvent(null), this.options.checkMs)
    this.check.unref()
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config)
    client.on('error', (error) => this.dropped(client, error))
    client.on('end', () => this.dropped(client, null))
    client.on('notification', (message) => {
      if (message.channel === EVENT_CHANNEL) this.hooks.onEvent(Number(message.payload))
      else if (message.channel === PRESENCE_CHANNEL && message.payload) this.hooks.onPresence(message.payload)
    })
    await client.connect()
    await client.query(`LISTEN ${EVENT_CHANNEL}`)
    await client.query(`LISTEN ${PRESENCE_CHANNEL}`)
    if (this.closed) {
      await client.end().catch(() => undefined)
      return
    }
    this.client = client
    this.pause = this.options.minMs
    this.hooks.onStatus('connected', null)
    // Whatever happened while this desk was not listening is in the log: read it.
    this.hooks.onEvent(null)
  }

  private dropped(client: pg.Client, error: Error | null): void {
    if (this.client !== client || this.closed) return
    this.client = null
    client.removeAllListeners('notification')
    void client.end().catch(() => undefined)
    this.hooks.onStatus('reconnecting', error ? this.options.scrub(error.message) : 'the connection was closed')
    this.retry()
  }

  private retry(): void {
    if (this.closed || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.connect().catch((error: Error) => {
        this.hooks.onStatus('reconnecting', this.options.scrub(error.message))
        this.pause = Math.min(this.pause * 2, this.options.maxMs)
        this.retry()
      })
    }, this.pause)
  }

  /** Sends a presence notice on this connection (dropped silently while reconnecting: presence is best effort). */
  async notify(channel: string, payload: string): Promise<void> {
    await this.client?.query('SELECT pg_notify($1, $2)', [channel, payload]).catch(() => undefined)
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    if (this.check) clearInterval(this.check)
    const client = this.client
    this.client = null
    await client?.end().catch(() => undefined)
    this.hooks.onStatus('closed', null)
  }
}
