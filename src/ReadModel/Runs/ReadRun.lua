-- Reads one run's progress exactly and folds the complete bitmap blocks at its front into two counters.
-- KEYS[1] the run hash. ARGV: done-block prefix, failed-block prefix, events per block, expiry (s), how many
-- numbers the run has given out, the published count to store ('' to store none).
-- Returns {done, failed, the lowest number not done, what a Projector older than the bitmaps counted}.
local run = KEYS[1]
local done_prefix, failed_prefix = ARGV[1], ARGV[2]
local block_events = tonumber(ARGV[3])
local expiry = ARGV[4]
local numbered = tonumber(ARGV[5])
local state = redis.call('HMGET', run, 'below', 'below.failed', 'applied')
local below = tonumber(state[1] or '0')
local failed_below = tonumber(state[2] or '0')
local block = below / block_events

-- A complete block can never change again (a redelivery only sets bits already set), so counters replace it.
local folded = false
while redis.call('BITCOUNT', done_prefix .. block) == block_events do
  failed_below = failed_below + redis.call('BITCOUNT', failed_prefix .. block)
  redis.call('DEL', done_prefix .. block, failed_prefix .. block)
  below = below + block_events
  block = block + 1
  folded = true
end
if folded then
  redis.call('HSET', run, 'below', below, 'below.failed', failed_below)
end
if ARGV[6] ~= '' then
  redis.call('HSET', run, 'published', ARGV[6])
end

local done, failed = below, failed_below
for b = block, math.ceil(numbered / block_events) - 1 do
  local done_key, failed_key = done_prefix .. b, failed_prefix .. b
  done = done + redis.call('BITCOUNT', done_key)
  failed = failed + redis.call('BITCOUNT', failed_key)
  redis.call('EXPIRE', done_key, expiry)
  redis.call('EXPIRE', failed_key, expiry)
end
local first_pending = below + redis.call('BITPOS', done_prefix .. block, 0)
redis.call('EXPIRE', run, expiry)
return {done, failed, first_pending, tonumber(state[3] or '0')}
