-- wrk script: a Teams message activity with a unique id (so de-duplication never short-cuts it),
-- cycling over 10,000 conversations (so per-conversation rate limits stay far away), signed with
-- the token from the local issuer (BENCH_TOKEN) whose serviceurl claim is BENCH_SERVICE_URL.
local token = os.getenv("BENCH_TOKEN")
local serviceUrl = os.getenv("BENCH_SERVICE_URL")
local counter = 0
local prefix = ""

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  prefix = string.format("%08x", math.random(0, 0x7fffffff))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (token or "")

function request()
  counter = counter + 1
  local n = counter % 10000
  local body = string.format(
    '{"type":"message","id":"wrk-%s-%d","timestamp":"2026-11-25T10:00:00.000Z","serviceUrl":"%s","channelId":"msteams",' ..
    '"from":{"id":"29:bench-user-%d","aadObjectId":"00000000-0000-0000-0000-%012d"},' ..
    '"conversation":{"id":"a:bench-conv-%d","conversationType":"personal","tenantId":"bench-tenant"},' ..
    '"recipient":{"id":"28:bench-app"},"text":"menu","locale":"en-US","channelData":{"tenant":{"id":"bench-tenant"}}}',
    prefix, counter, serviceUrl, n, n, n)
  return wrk.format(nil, "/api/messages", nil, body)
end
