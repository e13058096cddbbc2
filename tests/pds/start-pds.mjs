#!/usr/bin/env node
// Starts a real Bluesky PDS (@atproto/pds) and an in-memory PLC directory (@did-plc/server) for the
// tests, both on 127.0.0.1 only. When both are ready, prints exactly one line of JSON to stdout:
//   {"pds":"http://127.0.0.1:PORT","plc":"http://127.0.0.1:PORT2"}
// Everything else goes to stderr. Exits on SIGTERM, SIGINT and when stdin closes, so that a test
// process that dies does not leave the servers behind.
//
// Usage: node start-pds.mjs [--port N] [--data DIR] [--ignore-stdin]
//   --port N        PDS port (default: a free one, or the one saved in DIR when reusing it)
//   --data DIR      keep the state in DIR and leave DIR in place at exit. A DIR that an earlier run
//                   filled is reused: same accounts, records, blobs, secrets (so tokens issued
//                   before a restart stay valid) and DIDs (the PLC operations are replayed).
//                   Without --data a fresh temporary folder is made and removed at exit.
//   --ignore-stdin  do not exit when stdin closes (for running it by hand under `&` or < /dev/null)
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const LOOPBACK = '127.0.0.1';
const require = createRequire(import.meta.url);

const log = (...parts) => process.stderr.write(`start-pds: ${parts.join(' ')}\n`);

const usageError = (message) => Object.assign(new Error(message), { code: 'USAGE' });

function parseArgs(argv) {
    const args = { port: null, data: null, ignoreStdin: false };
    for (let i = 0; i < argv.length; ++i) {
        const arg = argv[i];
        const value = () => {
            if (i + 1 >= argv.length)
                throw usageError(`${arg} needs a value`);
            return argv[++i];
        };
        if (arg === '--port') {
            const port = Number(value());
            if (!Number.isInteger(port) || port < 1 || port > 65535)
                throw usageError(`--port must be 1-65535, got ${argv[i]}`);
            args.port = port;
        } else if (arg === '--data') {
            args.data = path.resolve(value());
        } else if (arg === '--ignore-stdin') {
            args.ignoreStdin = true;
        } else {
            throw usageError(`unknown argument ${arg} (usage: start-pds.mjs [--port N] [--data DIR] [--ignore-stdin])`);
        }
    }
    return args;
}

// The PDS needs its port before it is created (its public URL and the DID documents name it), so a
// free one is picked by binding port 0 on the loopback interface and releasing it.
function freePort() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.unref();
        probe.on('error', reject);
        probe.listen(0, LOOPBACK, () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

// Both servers call `this.app.listen(port)` (Express), which binds every interface. Wrapping that
// one instance's listen keeps them on the loopback interface without touching the packages.
function bindToLoopback(app) {
    const listen = app.listen.bind(app);
    app.listen = (port, ...rest) => listen(port, LOOPBACK, ...rest);
}

function newSecp256k1PrivateKeyHex() {
    const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    return Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url').toString('hex').padStart(64, '0');
}

function loadOrCreateState(stateFile) {
    if (fs.existsSync(stateFile))
        return JSON.parse(fs.readFileSync(stateFile, 'utf8'));
    return {
        jwtSecret: crypto.randomBytes(32).toString('hex'),
        adminPassword: crypto.randomBytes(16).toString('hex'),
        plcRotationKeyHex: newSecp256k1PrivateKeyHex(),
        pdsPort: null,
        plcPort: null,
    };
}

// The mock PLC database lives in memory; its accepted operations are appended to a log in the data
// folder and replayed on the next start, so that a restarted PDS still resolves its accounts' DIDs.
async function persistentPlcDb(Database, opsFile) {
    const db = Database.mock();
    if (fs.existsSync(opsFile)) {
        const lines = fs.readFileSync(opsFile, 'utf8').split('\n').filter((line) => line.trim() !== '');
        for (const line of lines) {
            const { did, operation } = JSON.parse(line);
            await db.validateAndAddOp(did, operation);
        }
    }
    const addOp = db.validateAndAddOp.bind(db);
    db.validateAndAddOp = async (did, proposed) => {
        await addOp(did, proposed);
        fs.appendFileSync(opsFile, JSON.stringify({ did, operation: proposed }) + '\n');
    };
    return db;
}

let shuttingDown = false;
let cleanup = async () => {};

async function shutdown(reason, code = 0) {
    if (shuttingDown)
        return;
    shuttingDown = true;
    log(`stopping (${reason})`);
    const force = setTimeout(() => {
        log('shutdown took too long, exiting anyway');
        process.exit(code || 1);
    }, 10000);
    force.unref();
    try {
        await cleanup();
    } catch (err) {
        log(`error while stopping: ${err?.stack ?? err}`);
        code = code || 1;
    }
    process.exit(code);
}

function fail(message) {
    log(`error: ${message}`);
    void shutdown('error', 1);
}

async function main() {
    const args = parseArgs(process.argv.slice(2));

    const freshData = args.data === null;
    const dataRoot = freshData ? fs.mkdtempSync(path.join(os.tmpdir(), 'postscheduler-pds-')) : args.data;
    fs.mkdirSync(dataRoot, { recursive: true });
    const pdsDir = path.join(dataRoot, 'pds');
    const blobDir = path.join(dataRoot, 'blobs');
    fs.mkdirSync(pdsDir, { recursive: true });
    fs.mkdirSync(blobDir, { recursive: true });

    let pds = null;
    let plc = null;
    cleanup = async () => {
        // A server whose listen failed cannot be destroyed cleanly; the process ends anyway.
        await pds?.destroy().catch((err) => pds.server?.listening && log(`PDS: ${err.message}`));
        await plc?.destroy().catch((err) => plc.server?.listening && log(`PLC: ${err.message}`));
        if (freshData)
            fs.rmSync(dataRoot, { recursive: true, force: true });
    };

    const stateFile = path.join(dataRoot, 'state.json');
    const state = loadOrCreateState(stateFile);
    const pdsPort = args.port ?? state.pdsPort ?? (await freePort());

    // @atproto/common reads LOG_* when it is first loaded, so the environment is set before require().
    // Its pino logger writes to stdout, which carries the JSON line: it stays off unless PDS_TEST_LOG=1
    // asks for it on stderr. (LOG_DESTINATION only then: pino's async file stream throws at an early exit.)
    if (process.env.PDS_TEST_LOG === '1')
        Object.assign(process.env, { LOG_ENABLED: 'true', LOG_DESTINATION: '/dev/stderr' });
    else
        Object.assign(process.env, { LOG_ENABLED: 'false' });
    delete process.env.LOG_SYSTEMS;

    const { PlcServer, Database } = require('@did-plc/server');
    const plcDb = await persistentPlcDb(Database, path.join(dataRoot, 'plc-ops.jsonl'));
    const startPlc = async (port) => {
        const server = PlcServer.create({ db: plcDb, port });
        bindToLoopback(server.app);
        await server.start();
        return server;
    };
    try {
        plc = await startPlc(state.plcPort ?? 0);
    } catch (err) {
        // The saved port may have been taken meanwhile; the PDS only needs to know the new URL.
        if (state.plcPort === null || err?.code !== 'EADDRINUSE')
            throw err;
        plc = await startPlc(0);
    }
    const plcUrl = `http://${LOOPBACK}:${plc.server.address().port}`;

    // Only what is set here configures the PDS, whatever PDS_* the caller's environment holds.
    for (const name of Object.keys(process.env).filter((key) => key.startsWith('PDS_') && key !== 'PDS_TEST_LOG'))
        delete process.env[name];
    Object.assign(process.env, {
        PDS_PORT: String(pdsPort),
        PDS_HOSTNAME: 'localhost',
        PDS_DEV_MODE: 'true',
        PDS_INVITE_REQUIRED: 'false',
        PDS_RATE_LIMITS_ENABLED: 'false',
        PDS_DID_PLC_URL: plcUrl,
        PDS_DATA_DIRECTORY: pdsDir,
        PDS_BLOBSTORE_DISK_LOCATION: blobDir,
        PDS_JWT_SECRET: state.jwtSecret,
        PDS_ADMIN_PASSWORD: state.adminPassword,
        PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: state.plcRotationKeyHex,
        PDS_CRAWLERS: '',
    });
    const { PDS, envToCfg, envToSecrets, readEnv } = require('@atproto/pds');
    const env = readEnv();
    pds = await PDS.create(envToCfg(env), envToSecrets(env));
    bindToLoopback(pds.app);
    await pds.start();

    state.pdsPort = pds.server.address().port;
    state.plcPort = plc.server.address().port;
    fs.writeFileSync(stateFile, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });

    log(`data in ${dataRoot}${freshData ? ' (removed at exit)' : ''}`);
    process.stdout.write(JSON.stringify({ pds: `http://${LOOPBACK}:${state.pdsPort}`, plc: plcUrl }) + '\n');
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('unhandledRejection', (err) => fail(`unhandled rejection: ${err?.stack ?? err}`));
if (!process.argv.includes('--ignore-stdin')) {
    process.stdin.on('end', () => void shutdown('stdin closed'));
    process.stdin.on('error', () => void shutdown('stdin error'));
    process.stdin.resume();
}

main().catch((err) => fail(err?.code ? err.message : (err?.stack ?? String(err))));
