-- Bucket arithmetic shared by the room and message scripts. A room contributes to scope 'all' and, when it
-- has a department, to 'dep:{dep}'; in each scope to its UTC-day field and its 15-minute slot field, one hash
-- per metric (at most 31 or 96 small fields, so HINCRBY and HMGET stay cheap whatever the hash encoding).

local ROOM_STATE_FIELDS = { 'v', 'del', 'l', 'ts', 'day', 'slot', 'dep', 'cd', 'ft', 'ra', 'rt' }
local TIMED_METRICS = { 'cd', 'ft', 'ra', 'rt' }

-- Only a room that arrived, is Omnichannel and is not deleted is in the charts.
local function is_live(room)
  return room.v ~= nil and room.l == '1' and room.del == nil
end

local function room_scopes(room)
  if room.dep then return { scope_all(), scope_dep(room.dep) } end
  return { scope_all() }
end

-- Readers keep months of day buckets they have read, keyed by the month's version in '{scope}:dayver'. Every
-- change to a day hash raises that version in the same script, so an unchanged version means unchanged
-- contents. The version is max(old + 1, the server's time in µs): after the keys are deleted and the history
-- replayed, versions start above every version a reader can still hold. Once per scope and month per call.
local touched_months = {}
local script_micros = nil

local function touch_month(root, scope, day)
  local id = scope .. '|' .. field_month(day)
  if touched_months[id] then return end
  touched_months[id] = true
  if not script_micros then
    local time = redis.call('TIME')
    script_micros = tonumber(time[1]) * 1000000 + tonumber(time[2])
  end
  local key = key_day_versions(root, scope)
  local old = tonumber(redis.call('HGET', key, field_month(day)) or '0')
  redis.call('HSET', key, field_month(day), int_text(math.max(old + 1, script_micros)))
end

-- A field that falls to 0 is deleted, so the same set of rooms always leaves byte-identical hashes.
local function bump(key, field, delta)
  if delta ~= 0 and redis.call('HINCRBY', key, field, int_text(delta)) == 0 then
    redis.call('HDEL', key, field)
  end
end

local function bump_room_buckets(root, room, scope, metric, delta)
  if delta ~= 0 then touch_month(root, scope, room.day) end
  bump(key_day(root, scope, metric, room.day), field_day(room.day), delta)
  bump(key_slot(root, scope, metric, room.day), field_slot(room.slot), delta)
end

local function counted_messages(room)
  return math.max(1, tonumber(room.n or '0'))
end

-- Members are {SS}{ft ms, 12 digits}{rid} with score 0: in lex order the first member of a slot holds its minimum.
local function ft_member(room, rid)
  return room.slot .. string.rep('0', 12 - #room.ft) .. room.ft .. rid
end

local function least_value(values)
  local best = nil
  for _, value in ipairs(values) do
    local number = tonumber(value)
    if best == nil or number < best then best = number end
  end
  return best
end

local function store_min(key, field, value)
  if value then
    redis.call('HSET', key, field, int_text(value))
  else
    redis.call('HDEL', key, field)
  end
end

-- Recomputes the cached minimums after a change to the index: the slot's from its first member; the day's only
-- when it can have changed, and then from the day's slot minimums (one small hash), not from every slot field.
local function refresh_ft_min(root, scope, day, slot)
  local slot_key = key_slot(root, scope, 'ft.min', day)
  local old = tonumber(redis.call('HGET', slot_key, field_slot(slot)))
  local first = redis.call('ZRANGEBYLEX', key_ftidx(root, scope, day), '[' .. slot, '(' .. slot .. ':', 'LIMIT', 0, 1)[1]
  local new = first and tonumber(string.sub(first, 3, 14)) or nil
  if new == old then return end
  store_min(slot_key, field_slot(slot), new)

  local day_key = key_day(root, scope, 'ft.min', day)
  local best = tonumber(redis.call('HGET', day_key, field_day(day)))
  if new and (best == nil or new < best) then
    best = new
  elseif old ~= nil and old == best then
    -- This slot held the day's minimum and lost it: the least of the remaining slot minimums takes over.
    best = least_value(redis.call('HVALS', slot_key))
  else
    return
  end
  touch_month(root, scope, day)
  store_min(day_key, field_day(day), best)
end

-- Adds (sign 1) or removes (sign -1) everything a live room puts into the charts.
local function contribute(root, rid, room, sign)
  for _, scope in ipairs(room_scopes(room)) do
    bump_room_buckets(root, room, scope, 'n', sign)
    bump_room_buckets(root, room, scope, 'msg', sign * counted_messages(room))
    for _, metric in ipairs(TIMED_METRICS) do
      if room[metric] then
        bump_room_buckets(root, room, scope, metric .. '.s', sign * tonumber(room[metric]))
        bump_room_buckets(root, room, scope, metric .. '.c', sign)
      end
    end
    if room.ft then
      local index = key_ftidx(root, scope, room.day)
      if sign > 0 then
        redis.call('ZADD', index, 0, ft_member(room, rid))
      else
        redis.call('ZREM', index, ft_member(room, rid))
      end
      refresh_ft_min(root, scope, room.day, room.slot)
    end
  end
end

