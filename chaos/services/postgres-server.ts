import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '#free-port';
import { waitUntil, type Restartable } from './restartable';

/**
 * A private PostgreSQL cluster (initdb in a temporary folder, its own port): the fault suite
 * crashes and restarts it without touching the machine's own server, which other test runs and a
 * developer's `npm start` share. `kill` is an immediate shutdown, what a power cut does to the
 * server: no checkpoint, crash recovery from the WAL on the next start.
 */
export class PostgresServer implements Restartable {
  readonly name = 'postgres';

  private constructor(
    private readonly bin: string,
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PostgresServer> {
    const bin = postgresBinDir();
    const dataDir = mkdtempSync(join(tmpdir(), 'tk-chaos-pg-'));
    const server = new PostgresServer(bin, dataDir, await freePort());
    server.asOwner(join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await server.start();
    return server;
  }

  url(database: string): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      `-k ${this.dataDir}`,
      '-c listen_addresses=127.0.0.1',
      // The machine never loses power here, only the server dies: what the OS was handed survives,
      // so fsync can go. synchronous_commit stays on, as in production: off, a crash loses commits
      // already acknowledged (a booking answered 201 and gone, which the first run here showed).
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    this.asOwner(join(this.bin, 'pg_ctl'), [
      '-D',
      this.dataDir,
      '-l',
      join(this.dataDir, 'server.log'),
      '-o',
      options,
      '-w',
      '-t',
      '60',
      'start',
    ]);
    await waitUntil('postgres', async () => {
      const client = new Client({ connectionString: this.url('postgres') });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return true;
      } finally {
        await client.end().catch(() => undefined);
      }
    });
  }

  async kill(): Promise<void> {
    this.asOwner(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async dispose(): Promise<void> {
    if (existsSync(join(this.dataDir, 'postmaster.pid')))
      spawnSync(
        ...this.ownerCommand(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-m', 'immediate', 'stop']),
        {
          stdio: 'ignore',
        },
      );
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** initdb and pg_ctl refuse to run as root: as root, they run as the `postgres` user. */
  private asOwner(command: string, args: string[]): void {
    const [file, argv] = this.ownerCommand(command, args);
    execFileSync(file, argv, { stdio: 'pipe' });
  }

  private ownerCommand(command: string, args: string[]): [string, string[]] {
    if (process.getuid?.() !== 0) return [command, args];
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(this.dataDir, uid, gid);
    return ['runuser', ['-u', 'postgres', '--', command, ...args]];
  }
}

/** The newest installed PostgreSQL's binaries (Debian keeps them out of PATH). */
function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(`no PostgreSQL server binaries under ${root} (apt-get install postgresql)`);
  return join(root, versions[0], 'bin');
}
