// Test-only HTTP routes on the web-test-runner dev server, under /__ln-test__/:
//   /__ln-test__/slow?ms=3000&file=<path under test/browser/fixtures>  answers after a delay
//   /__ln-test__/status/<code>                                          answers with that status
//   /__ln-test__/echo (POST)                                            returns the JSON body it got
//   /__ln-test__/flaky/<id>?fail=2&code=503[&file=…]                    fails `fail` times, then 200 (with the fixture)
//   /__ln-test__/count/<id>                                             how often flaky/<id> was requested
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const fixtures = resolve(new URL('../fixtures', import.meta.url).pathname);
const counters = new Map();

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** Koa middleware for the dev server's `middleware` option. */
export function testRoutes() {
  return async (ctx, next) => {
        if (!ctx.path.startsWith('/__ln-test__/')) return next();
        const rest = ctx.path.slice('/__ln-test__/'.length);
        ctx.set('Cache-Control', 'no-store');

        if (rest === 'slow') {
          const ms = Math.min(Number(ctx.query.ms ?? 1000), 30_000);
          await new Promise((r) => setTimeout(r, ms));
          if (ctx.req.destroyed || ctx.res.writableEnded) return; // the client gave up (timeout tests)
          const file = resolve(fixtures, String(ctx.query.file ?? 'mini-dataset.json'));
          if (!file.startsWith(fixtures + sep)) return void (ctx.status = 400);
          ctx.type = 'json';
          ctx.body = await readFile(file, 'utf8');
          return;
        }
        const status = /^status\/(\d{3})$/.exec(rest);
        if (status) {
          ctx.status = Number(status[1]);
          ctx.type = 'json';
          ctx.body = JSON.stringify({ status: ctx.status });
          return;
        }
        if (rest === 'echo' && ctx.method === 'POST') {
          const raw = await readBody(ctx.req);
          ctx.type = 'json';
          ctx.body = JSON.stringify({ received: JSON.parse(raw), contentType: ctx.get('content-type') });
          return;
        }
        const flaky = /^flaky\/([\w-]+)$/.exec(rest);
        if (flaky) {
          const id = flaky[1];
          const seen = (counters.get(id) ?? 0) + 1;
          counters.set(id, seen);
          if (ctx.method === 'POST') await readBody(ctx.req);
          const fail = Number(ctx.query.fail ?? 1);
          if (seen <= fail) {
            ctx.status = Number(ctx.query.code ?? 503);
            ctx.body = '';
          } else if (ctx.query.file) {
            const file = resolve(fixtures, String(ctx.query.file));
            if (!file.startsWith(fixtures + sep)) return void (ctx.status = 400);
            ctx.type = 'json';
            ctx.body = await readFile(file, 'utf8');
          } else {
            ctx.type = 'json';
            ctx.body = JSON.stringify({ ok: true, attempts: seen });
          }
          return;
        }
        if (rest.startsWith('count/')) {
          ctx.type = 'json';
          ctx.body = JSON.stringify({ count: counters.get(rest.slice('count/'.length)) ?? 0 });
          return;
        }
        ctx.status = 404;
  };
}
