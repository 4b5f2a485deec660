export const id = 402;
export const ids = [402];
export const modules = {

/***/ 8402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERIFY_TIMEOUT_MS: () => (/* binding */ VERIFY_TIMEOUT_MS),
  scratchKey: () => (/* binding */ scratchKey),
  verifyPublished: () => (/* binding */ verifyPublished)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/verify/causes.ts
// The likely cause of a failed connection check, from where it failed (the stage) and what the
// client or the server said. Pure: tested with the errors a real redis-server and Node produce.
/** The network never let the connection through: security groups, routing, DNS. */
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EHOSTDOWN',
    'ENETDOWN',
    'EADDRNOTAVAIL',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EAI_NONAME',
    'EAI_FAIL',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
/** OpenSSL's certificate verification results, as Node reports them in error.code. */
const CERT_CODES = new Set([
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'CERT_SIGNATURE_FAILURE',
    'CERT_NOT_YET_VALID',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'CERT_CHAIN_TOO_LONG',
    'CERT_REVOKED',
    'INVALID_CA',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'HOSTNAME_MISMATCH',
]);
/** The connection was cut: on a plain URL to a TLS port, this is the server refusing plain text. */
const CUT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const CUT_MESSAGE = /connection is closed|socket hang up|socket closed|disconnected before secure TLS/i;
const NETWORK_ADVICE = 'The runner cannot reach the endpoint. verify_connection needs a runner inside the VPC or attached to it ' +
    '(self-hosted, VPN, peering or transit gateway), and the group’s security group must admit it: add the ' +
    'runner’s security group to allowed_security_group_ids or its address range to allowed_cidr_blocks.';
/** The likely cause of a failed step, named for the summary and the error. */
function diagnose(f) {
    return (serverReplyCause(f) ??
        handshakeCause(f) ??
        networkCause(f) ?? {
        cause: 'unknown',
        title: 'unrecognised error',
        advice: 'The error above does not match a known cause; it is what the client or the server reported.',
    });
}
/** The server answered: its reply names the problem (token, database, replica, memory). */
function serverReplyCause(f) {
    const msg = f.message;
    if (/^(WRONGPASS|NOAUTH)\b|invalid password|invalid username-password/i.test(msg)) {
        const missing = /^NOAUTH\b/i.test(msg) && !f.auth;
        return {
            cause: 'token',
            title: 'AUTH token',
            advice: missing
                ? 'The server requires an AUTH token and the URL carries none: the URL predates auth_token_enabled, or ' +
                    'the group was changed outside this action. Re-run apply to republish the URLs.'
                : 'The server rejected the token in the URL: the URL holds a stale token (the SSM parameters and the ' +
                    'group disagree), or an AUTH rotation has not finished. Re-run apply, or wait for the rotation to finish.',
        };
    }
    if (/called without any password configured|no password is set/i.test(msg)) {
        return {
            cause: 'token',
            title: 'AUTH token',
            advice: 'The URL carries a token but the server has AUTH off: the URL is stale (auth_token_enabled was turned ' +
                'off, or the group was changed outside this action). Re-run apply to republish the URLs.',
        };
    }
    if (/DB index is out of range|invalid DB index/i.test(msg)) {
        return {
            cause: 'db',
            title: 'database number',
            advice: 'The server has fewer databases than the URL’s number: choose cache_db, celery_db and ' +
                'celery_result_db below the group’s `databases` parameter (16 on ElastiCache: 0-15).',
        };
    }
    if (/^READONLY\b/.test(msg)) {
        return {
            cause: 'readonly',
            title: 'read-only replica',
            advice: 'The endpoint answered as a read-only replica: a failover is in progress, or the name resolves to a ' +
                'replica (a reader endpoint or a node endpoint instead of the primary endpoint). Re-run once it settles.',
        };
    }
    if (/^OOM\b/.test(msg)) {
        return {
            cause: 'memory',
            title: 'memory full',
            advice: 'The server refused the write: used memory is above maxmemory and nothing can be evicted. Review ' +
                'maxmemory_policy (keys without a TTL are never evicted by volatile-* policies) or use a larger node_type.',
        };
    }
    return undefined;
}
/** Certificate and handshake errors, and a TLS/plain-text mismatch between the URL and the server. */
function handshakeCause(f) {
    const msg = f.message;
    const code = f.code ?? '';
    if (CERT_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) {
        return { cause: 'tls', title: 'TLS', advice: tlsAdvice(code, msg) };
    }
    // TCP got through (the probe passed), but the client's connect did not complete.
    if (f.stage === 'connect') {
        if (f.tls && (f.timedOut || code === 'ETIMEDOUT')) {
            return {
                cause: 'tls',
                title: 'TLS',
                advice: 'TCP connected but the TLS handshake never completed: the server does not speak TLS. The URL is ' +
                    'rediss:// while the group has transit encryption off; re-run apply to republish the URLs.',
            };
        }
        if (f.tls && (CUT_CODES.has(code) || CUT_MESSAGE.test(msg))) {
            return {
                cause: 'tls',
                title: 'TLS',
                advice: 'The server closed the connection during the TLS handshake: a TLS version or cipher mismatch, or ' +
                    'something between the runner and the endpoint (a proxy or firewall) that is not the server.',
            };
        }
    }
    // After connecting: a cut connection on a plain URL is a TLS server refusing plain text.
    const connected = f.stage !== 'tcp' && f.stage !== 'connect';
    if (connected && !f.tls && (CUT_CODES.has(code) || CUT_MESSAGE.test(msg))) {
        return {
            cause: 'tls',
            title: 'TLS',
            advice: 'The server closed the connection on the first command of a plain redis:// URL: it expects TLS. The ' +
                'group has transit encryption on while the URL says TLS off; re-run apply to republish the URLs.',
        };
    }
    return undefined;
}
/** Nothing got through, or the connection stopped answering: the security group or the network path. */
function networkCause(f) {
    const msg = f.message;
    const code = f.code ?? '';
    // The TCP probe failed or timed out: nothing got through.
    if (f.stage === 'tcp') {
        return {
            cause: 'network',
            title: 'security group / network path',
            advice: DNS_CODES.has(code)
                ? 'The endpoint’s name does not resolve from the runner: the runner uses a DNS server that cannot ' +
                    'see the name, or the group was deleted. ' +
                    NETWORK_ADVICE
                : NETWORK_ADVICE,
        };
    }
    if (f.timedOut || NETWORK_CODES.has(code) || CUT_CODES.has(code) || CUT_MESSAGE.test(msg)) {
        return {
            cause: 'network',
            title: 'security group / network path',
            advice: f.timedOut
                ? 'The endpoint stopped answering within the check’s time bound. ' + NETWORK_ADVICE
                : NETWORK_ADVICE,
        };
    }
    return undefined;
}
function tlsAdvice(code, msg) {
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH' || /altname/i.test(msg)) {
        return ('The certificate does not name the host the URL connects to: connect by the endpoint’s own DNS name ' +
            '(the primary endpoint), not by an IP address or through a CNAME, as the ElastiCache certificate only ' +
            'covers the endpoint names.');
    }
    if (code.startsWith('ERR_SSL_') &&
        /wrong version number|packet length too long|unknown protocol/i.test(msg)) {
        return ('The server answered the TLS handshake in plain text: the URL is rediss:// while the group has transit ' +
            'encryption off; re-run apply to republish the URLs.');
    }
    if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
        return 'The server’s certificate is outside its validity period: check the runner’s clock.';
    }
    return ('The runner does not trust the server’s certificate: its CA bundle lacks the issuing root (Amazon’s roots ' +
        'are in the usual bundles: install ca-certificates on a self-hosted runner, or point NODE_EXTRA_CA_CERTS at ' +
        'a bundle that has them), or something between the runner and the endpoint presents its own certificate.');
}

;// CONCATENATED MODULE: ./src/verify/url.ts
// A published URL read the way redis-py's `from_url` reads it (django-celery-urls.md §1): rediss
// means TLS with certificate and hostname checks, the password is percent-decoded once, the database
// comes from `?db=` or else the `/N` path (0 when absent).
function parseRedisUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new Error('the URL cannot be parsed');
    }
    if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
        throw new Error(`the URL scheme ${u.protocol} is not redis: or rediss:`);
    }
    const tls = u.protocol === 'rediss:';
    const certReqs = u.searchParams.get('ssl_cert_reqs');
    if (tls && certReqs !== null && certReqs !== 'required') {
        throw new Error(`ssl_cert_reqs=${certReqs}: the check verifies certificates (ssl_cert_reqs=required)`);
    }
    const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!host)
        throw new Error('the URL has no host');
    const port = u.port ? Number(u.port) : 6379;
    const dbText = u.searchParams.get('db') ?? u.pathname.replace(/\//g, '');
    const db = dbText === '' ? 0 : Number(dbText);
    if (!Number.isInteger(db) || db < 0)
        throw new Error(`the database number ${dbText} is not an integer`);
    const token = u.password ? decodeURIComponent(u.password) : undefined;
    return { host, port, tls, token, db };
}
/** host:port/db, for logs and the summary: never the token. */
function describeTarget(t) {
    const host = t.host.includes(':') ? `[${t.host}]` : t.host;
    return `${host}:${t.port}/${t.db}`;
}

;// CONCATENATED MODULE: ./src/verify/connect.ts
// The live part of the connection check: dial a published URL the way Django (redis-py) does — TLS
// with certificate and hostname verification, AUTH with the URL's token, SELECT the URL's database —
// and time each step. Every step runs against one deadline for the whole check, so an unreachable
// endpoint costs seconds, not the run's wait budget.




/** How long the scratch key lives if the check is cut off before DEL. */
const SCRATCH_TTL_SECONDS = 60;
async function loadIoredis() {
    const m = await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.t.bind(__webpack_require__, 7796, 23));
    // ioredis is CommonJS whose module.exports is the Redis class carrying the named exports. Node's
    // ESM import also offers `Redis` by name, but ncc's chunk offers only `default`: read it from there.
    return { Redis: m.default.Redis };
}
class Timeout extends Error {
    name = 'Timeout';
}
/** A step's failure on its way to the classifier. */
class Failed extends Error {
    failure;
    constructor(failure) {
        super(failure.message);
        this.failure = failure;
    }
}
async function checkUrl(req) {
    const target = parseRedisUrl(req.url);
    const steps = [];
    const check = {
        output: req.output,
        target: describeTarget(target),
        db: target.db,
        tls: target.tls,
        steps,
    };
    let client;
    let lastError;
    const step = stepRunner(req.deadline, target, steps, () => lastError);
    const disconnect = () => client?.disconnect(false);
    try {
        // 1. TCP alone first, so an unreachable endpoint is told apart from a failed TLS handshake.
        let socket;
        await step('tcp', `TCP connect to ${hostPort(target)}`, () => tcpProbe(target, (s) => (socket = s)), () => socket?.destroy());
        // 2. The client, then each command Django's first request would send.
        const c = (client = await openClient(req, target, (e) => (lastError = e)));
        await step('connect', target.tls ? 'TCP + TLS handshake' : 'connect', () => c.connect(), disconnect);
        if (target.token !== undefined) {
            const token = target.token;
            await step('AUTH', 'AUTH', () => c.auth(token), disconnect);
        }
        await step('SELECT', `SELECT ${target.db}`, () => c.select(target.db), disconnect);
        await step('PING', 'PING', () => c.ping(), disconnect);
        if (req.scratchKey)
            await scratchRoundTrip(step, c, req.scratchKey, disconnect);
    }
    catch (e) {
        if (!(e instanceof Failed))
            throw e;
        check.failure = { ...e.failure, ...diagnose(e.failure) };
    }
    finally {
        disconnect();
    }
    return check;
}
/**
 * Runs one timed step against the check's deadline and records it in `steps`; a failure becomes a
 * Failed carrying the stage, the error code and a message with the token redacted.
 */
function stepRunner(deadline, target, steps, lastError) {
    const redact = (s) => (target.token ? s.split(target.token).join('***') : s);
    return async (stage, label, work, cancel) => {
        const started = performance.now();
        try {
            // A step that starts after the deadline is not started at all.
            if (Date.now() >= deadline)
                throw new Timeout('deadline');
            const value = await withDeadline(work(), deadline, cancel);
            steps.push({ label, ms: performance.now() - started, ok: true });
            return value;
        }
        catch (e) {
            steps.push({ label, ms: performance.now() - started, ok: false });
            // ioredis rejects connect() with a bare "Connection is closed."; the socket's own error
            // (ECONNREFUSED, a certificate error, …) arrives as an 'error' event just before.
            // A command on a connection the server cut gets the same bare message.
            const closed = e instanceof Error && /connection is closed/i.test(e.message);
            const last = lastError();
            const err = (closed && last ? last : e);
            const timedOut = e instanceof Timeout;
            throw new Failed({
                stage,
                code: timedOut ? undefined : typeof err.code === 'string' ? err.code : undefined,
                message: redact(timedOut ? `no answer within the check’s time bound` : err.message || String(err)),
                timedOut,
                tls: target.tls,
                auth: target.token !== undefined,
            });
        }
    };
}
/** One connection, no retries, no offline queue, RESP2 as redis-py speaks it; not connected yet. */
async function openClient(req, target, onError) {
    const { Redis: RedisClient } = await (req.load ?? loadIoredis)();
    const client = new RedisClient({
        host: target.host,
        port: target.port,
        tls: target.tls ? { ca: req.ca ?? trustedCas(), rejectUnauthorized: true } : undefined,
        lazyConnect: true,
        protocol: 2,
        enableReadyCheck: false,
        disableClientInfo: true,
        enableOfflineQueue: false,
        autoResendUnfulfilledCommands: false,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
        connectTimeout: Math.max(1, req.deadline - Date.now()),
        // After a failed TLS handshake the socket never emits 'close', and ioredis keeps a timer of
        // disconnectTimeout (2 s by default) alive to destroy it: the process would linger that long.
        disconnectTimeout: 100,
    });
    client.on('error', onError);
    return client;
}
/** SET a scratch key (with a TTL, in case the check is cut off), GET it back, DEL it. */
async function scratchRoundTrip(step, c, key, disconnect) {
    const value = `${Date.now()}`;
    await step('SET', `SET ${key} EX ${SCRATCH_TTL_SECONDS}`, () => c.set(key, value, 'EX', SCRATCH_TTL_SECONDS), disconnect);
    await step('GET', `GET ${key}`, async () => {
        const got = await c.get(key);
        if (got !== value)
            throw new Error(`GET returned ${JSON.stringify(got)} instead of the value just SET`);
    }, disconnect);
    await step('DEL', `DEL ${key}`, async () => {
        const n = await c.del(key);
        if (n !== 1)
            throw new Error(`DEL removed ${n} keys instead of 1`);
    }, disconnect);
}
function hostPort(t) {
    return describeTarget(t).replace(/\/\d+$/, '');
}
/** Open and close one TCP connection. */
function tcpProbe(t, onSocket) {
    return new Promise((resolve, reject) => {
        const socket = (0,external_node_net_.connect)({ host: t.host, port: t.port });
        onSocket(socket);
        socket.once('connect', () => {
            socket.destroy();
            resolve();
        });
        socket.once('error', (e) => {
            socket.destroy();
            reject(e);
        });
    });
}
/** `work`, or a Timeout (after calling `cancel`) if it is not done by `deadline`. */
function withDeadline(work, deadline, cancel) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            reject(new Timeout('deadline'));
            cancel();
        }, Math.max(0, deadline - Date.now()));
        work.then((v) => {
            clearTimeout(timer);
            resolve(v);
        }, (e) => {
            clearTimeout(timer);
            reject(e);
        });
    });
}
/**
 * The runner's trust store as a TLS client such as redis-py sees it: Node's bundled roots plus
 * NODE_EXTRA_CA_CERTS, and the operating system's store where Node can read it (22.15+/23.8+, so on
 * the runner's Node 24). Undefined elsewhere, which leaves Node's default (bundled + extra).
 */
function trustedCas() {
    const get = external_node_tls_.getCACertificates;
    if (typeof get !== 'function')
        return undefined;
    try {
        return [...new Set([...get('default'), ...get('system')])];
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/verify/report.ts
// What the connection check tells: log lines, the job summary section, and the step's error.
// Pure, and built only from CheckResult, which holds host:port/db and never the token.

function formatLatency(ms) {
    return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
function urlLabel(c) {
    return `${c.output} (${c.target})`;
}
/** One line per step, for the log. */
function logLines(r) {
    const lines = [];
    for (const c of r.checks) {
        if (c.skipped) {
            lines.push(`${urlLabel(c)}: not checked (an earlier check failed)`);
            continue;
        }
        for (const s of c.steps) {
            const failure = !s.ok && c.failure ? `: ${c.failure.message}` : '';
            lines.push(`${urlLabel(c)}: ${s.label} — ${s.ok ? 'ok' : 'FAILED'} in ${formatLatency(s.ms)}${failure}`);
        }
    }
    return lines;
}
/** The job summary section: one row per step with its latency, and the likely cause of a failure. */
function renderCheck(r) {
    const out = [];
    out.push(`\n### Connection check — ${r.ok ? 'passed' : 'failed'}\n`);
    out.push('Through the published URLs, as Django and Celery connect: TLS with certificate and hostname checks, ' +
        'AUTH with the URL’s token, SELECT of the URL’s database, then PING; through redis_url also SET, GET ' +
        `and DEL of the scratch key \`${r.scratchKey}\` (60 s TTL, so a cut-off check leaves nothing for ` +
        `long). The whole check is bounded at ${seconds(r.timeoutMs)}.\n`);
    const rows = [];
    for (const c of r.checks) {
        if (c.skipped) {
            rows.push([c.output, `\`${c.target}\``, 'not checked', 'an earlier check failed', '']);
            continue;
        }
        for (const s of c.steps) {
            rows.push([
                c.output,
                `\`${c.target}\``,
                s.label,
                s.ok ? 'ok' : `**failed**: ${c.failure?.message ?? ''}`,
                formatLatency(s.ms),
            ]);
        }
    }
    out.push((0,summary/* table */.tp)(['URL', 'endpoint/DB', 'step', 'result', 'latency'], rows));
    const failed = r.checks.find((c) => c.failure);
    if (failed?.failure) {
        out.push(`> [!CAUTION]\n> **Likely cause: ${failed.failure.title}.** ${failed.failure.advice}\n`);
    }
    return out.join('\n');
}
/** The step's error: the named error, where it failed, the likely cause, and what still holds. */
function failureMessage(r, status) {
    const c = r.checks.find((x) => x.failure);
    const f = c?.failure;
    const step = c?.steps.find((s) => !s.ok);
    const where = c && f
        ? `${urlLabel(c)} failed at ${step?.label ?? f.stage}: ${f.message.replace(/\.+$/, '')}.`
        : 'it failed.';
    const cause = f ? ` Likely cause: ${f.title}. ${f.advice}` : '';
    return (`ConnectionCheckError: ${where}${cause} The apply itself succeeded (status ${status}): the replication ` +
        'group exists and its URLs are published; only the connection check failed.');
}

;// CONCATENATED MODULE: ./src/verify/index.ts
// verify_connection: after apply has published, connect through the published URLs as Django and
// Celery would and report each step's latency. Loaded by a dynamic import only when the input is
// on, so a run without it never loads this module or the Redis client (a chunk of its own in dist/).
//
// Outcome: the `connection_check` output (passed | failed | skipped). A failure fails the step with a
// ConnectionCheckError naming the likely cause, but `status` keeps what apply reached: the resources
// exist and the URLs are published whatever the check finds.





/** The bound on the whole check (both URLs): seconds, not the run's wait_timeout_minutes. */
const VERIFY_TIMEOUT_MS = 10_000;
/** Names the scratch key: `django-redis-action:verify:<16 hex>`, unique per run. */
function scratchKey() {
    return `django-redis-action:verify:${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
}
/** Run the check against the published URLs and report it (log, summary, outputs, step failure). */
async function verifyPublished(io, cfg, urls, status, deps = {}) {
    if (!urls) {
        io.warning(`verify_connection: skipped — ${cfg.name} has no endpoint yet (status ${status}), so no URL was published ` +
            'to connect through. The next run that finds the group available checks it.');
        io.setOutput('connection_check', 'skipped');
        return undefined;
    }
    const timeoutMs = deps.timeoutMs ?? VERIFY_TIMEOUT_MS;
    let result;
    try {
        result = await runChecks(urls, timeoutMs, deps);
    }
    catch (e) {
        // Not a connection failure: the check itself could not run (e.g. the client library did not load).
        io.setOutput('connection_check', 'failed');
        io.setFailed(`ConnectionCheckError: the connection check of ${cfg.name} could not run: ${(0,errors/* errorMessage */.gJ)(e)}. The apply ` +
            `itself succeeded (status ${status}): the replication group exists and its URLs are published.`);
        return undefined;
    }
    io.startGroup(`Connection check of ${cfg.name}: ${result.ok ? 'passed' : 'FAILED'}`);
    for (const line of logLines(result))
        io.info(line);
    io.endGroup();
    try {
        await io.appendSummary(renderCheck(result));
    }
    catch (e) {
        io.warning(`Could not write the connection check to the job summary: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    io.setOutput('connection_check', result.ok ? 'passed' : 'failed');
    if (!result.ok)
        io.setFailed(failureMessage(result, status));
    else
        io.info(`Connection check passed: ${cfg.name} answers through redis_url and celery_broker_url.`);
    return result;
}
async function runChecks(urls, timeoutMs, deps) {
    const deadline = Date.now() + timeoutMs;
    const key = scratchKey();
    const dial = deps.connectUrl ?? ((u) => u);
    const plan = [
        { output: 'redis_url', url: urls.redisUrl, scratchKey: key },
        { output: 'celery_broker_url', url: urls.celeryBrokerUrl, scratchKey: undefined },
    ];
    const checks = [];
    for (const p of plan) {
        const url = dial(p.url);
        if (checks.some((c) => c.failure)) {
            // After a failure the rest would fail the same way, or eat the time bound: not run.
            const t = parseRedisUrl(url);
            checks.push({
                output: p.output,
                target: describeTarget(t),
                db: t.db,
                tls: t.tls,
                steps: [],
                skipped: true,
            });
            continue;
        }
        checks.push(await checkUrl({
            output: p.output,
            url,
            scratchKey: p.scratchKey,
            deadline,
            ca: deps.ca,
            load: deps.loadClient,
        }));
    }
    return { ok: checks.every((c) => !c.failure && !c.skipped), checks, timeoutMs, scratchKey: key };
}


/***/ })

};
