-- Marks event numbers of one run done, and failed ones failed, in the run's bitmaps: setting a bit again changes
-- nothing, so an event the broker delivers twice is counted once.
-- KEYS[1] the run hash. ARGV: done-block prefix, failed-block prefix, events per block, expiry (s), the number of
-- applied ranges A, then A pairs (first, count) of applied numbers, then pairs of failed numbers.
local run = KEYS[1]
local done_prefix, failed_prefix = ARGV[1], ARGV[2]
local block_events = tonumber(ARGV[3])
local expiry = ARGV[4]
local applied_count = tonumber(ARGV[5])
-- Blocks below `below` were complete and folded into counters: their numbers are done for good.
local below = tonumber(redis.call('HGET', run, 'below') or '0')

-- BITFIELD SET subcommands setting the numbers of ARGV pairs [from, to) to 1, by block: 64 bits at a time as i64 -1,
-- fewer as u<width> 2^width - 1 (at most 32, exact in a Lua number).
local function subcommands(from, to)
  local by_block, blocks = {}, {}
  for i = from, to, 2 do
    local first = tonumber(ARGV[i])
    local n, last = math.max(first, below), first + tonumber(ARGV[i + 1])
    while n < last do
      local block = math.floor(n / block_events)
      local offset = n - block * block_events
      local width = math.min(last - n, block_events - offset, 64)
      local args = by_block[block]
      if not args then
        args = {}
        by_block[block] = args
        blocks[#blocks + 1] = block
      end
      args[#args + 1] = 'SET'
      if width == 64 then
        args[#args + 1] = 'i64'
        args[#args + 1] = offset
        args[#args + 1] = -1
      else
        width = math.min(width, 32)
        args[#args + 1] = 'u' .. width
        args[#args + 1] = offset
        args[#args + 1] = 2 ^ width - 1
      end
      n = n + width
    end
  end
  return by_block, blocks
end

-- BITFIELD with the subcommands in args, in calls of at most 256 subcommands (Lua's unpack has a limit);
-- returns the old values.
local function bitfield(key, args)
  local old = {}
  for from = 1, #args, 1024 do
    local part = redis.call('BITFIELD', key, unpack(args, from, math.min(from + 1023, #args)))
    for _, value in ipairs(part) do
      old[#old + 1] = value
    end
  end
  return old
end

local function mark(from, to, failed)
  local by_block, blocks = subcommands(from, to)
  for _, block in ipairs(blocks) do
    local args = by_block[block]
    local done_key, failed_key = done_prefix .. block, failed_prefix .. block
    local old = bitfield(done_key, args)
    redis.call('EXPIRE', done_key, expiry)
    if failed then
      bitfield(failed_key, args)
      redis.call('EXPIRE', failed_key, expiry)
    elseif redis.call('EXISTS', failed_key) == 1 then
      -- Applied after it failed (moved back from an error queue): the latest outcome counts.
      local clear = {}
      for i = 1, #old do
        if old[i] ~= 0 then
          clear[#clear + 1] = 'SET'
          clear[#clear + 1] = args[4 * i - 2]
          clear[#clear + 1] = args[4 * i - 1]
          clear[#clear + 1] = 0
        end
      end
      if #clear > 0 then
        bitfield(failed_key, clear)
      end
    end
  end
end

local applied_end = 5 + 2 * applied_count
mark(6, applied_end, false)
mark(applied_end + 1, #ARGV, true)
redis.call('EXPIRE', run, expiry)
return 0
