-- Shared by every write script. Field names mirror Keys/RoomField.cs and Keys/Metric.cs.

-- Versions are decimal integers without sign or leading zeros (C# long.ToString). Comparing them as text,
-- by length then lexically, is exact for every 64-bit value, where Lua's doubles would round past 2^53.
local function is_newer(candidate, stored)
  if not stored then return true end
  if #candidate ~= #stored then return #candidate > #stored end
  return candidate > stored
end

local function read_hash(key)
  local flat = redis.call('HGETALL', key)
  local hash = {}
  for i = 1, #flat, 2 do hash[flat[i]] = flat[i + 1] end
  return hash
end

-- Integers go to Redis as '%d' text: never an exponent, whatever Lua's number formatting would do.
local function int_text(number)
  return string.format('%d', number)
end

