-- Bucket arithmetic shared by the room and message scripts. A room contributes to scope 'all' and, when it
-- has a department, to 'dep:{dep}'; in each scope to its UTC-day field and its 15-minute slot field, one hash
-- per metric (at most 31 or 96 small fields, so HINCRBY and HMGET stay cheap whatever the hash encoding).

local ROOM_STATE_FIELDS = { 'v', 'del', 'l', 'ts', 'day', 'slot', 'dep', 'cd', 'ft', 'ra', 'rt', 'op', 'oh', 'sb', 'rb', 'pr', 'pra', 'prf', 'prr' }
local TIMED_METRICS = { 'cd', 'ft', 'ra', 'rt' }
-- The Productivity cards' three fields: the chart metric that usually holds the value, and the room field that holds
-- it when it differs ('x' for a missing field, which makes the card NaN; a negative value).
local PRODUCTIVITY = { { 'ra', 'pra' }, { 'ft', 'prf' }, { 'rt', 'prr' } }
local SLOT_MS = 900000

-- Only a room that arrived, is Omnichannel and is not deleted is in the charts.
local function is_live(room)
  return room.v ~= nil and room.l == '1' and room.del == nil
end

local function room_scopes(room)
  if room.dep then return { scope_all(), scope_dep(room.dep) } end
  return { scope_all() }
end

-- Readers keep the hashes they have read under versions: a month's day hashes (and its slot hashes, once the month is
-- over) under the month's version in '{scope}:dayver', a day's slot hashes of the month still open under the day's
-- version in '{scope}:slotver:{yyyy-MM}'. Every change to a bucket raises both in the same script, so an unchanged
-- version means unchanged contents. A version is max(old + 1, the server's time in µs): after the keys are deleted
-- and the history replayed, versions start above every version a reader can still hold; and a month's version is
-- never below any of its days'. Once per scope and month, and per scope and day, per call.
local touched_versions = {}
local script_micros = nil

local function raise_version(key, field)
  local id = key .. '|' .. field
  if touched_versions[id] then return end
  touched_versions[id] = true
  if not script_micros then
    local time = redis.call('TIME')
    script_micros = tonumber(time[1]) * 1000000 + tonumber(time[2])
  end
  local old = tonumber(redis.call('HGET', key, field) or '0')
  redis.call('HSET', key, field, int_text(math.max(old + 1, script_micros)))
end

local function touch_day(root, scope, day)
  raise_version(key_day_versions(root, scope), field_month(day))
  raise_version(key_slot_versions(root, scope, day), field_day(day))
end

-- A field that falls to 0 is deleted, so the same set of rooms always leaves byte-identical hashes.
local function bump(key, field, delta)
  if delta ~= 0 and redis.call('HINCRBY', key, field, int_text(delta)) == 0 then
    redis.call('HDEL', key, field)
  end
end

local function bump_room_buckets(root, room, scope, metric, delta)
  if delta ~= 0 then touch_day(root, scope, room.day) end
  bump(key_day(root, scope, metric, room.day), field_day(room.day), delta)
  bump(key_slot(root, scope, metric, room.day), field_slot(room.slot), delta)
end

-- Slot buckets only, for the metrics no reader needs by whole day; the versions move like for the others.
local function bump_room_slot(root, room, scope, metric, delta)
  if delta ~= 0 then touch_day(root, scope, room.day) end
  bump(key_slot(root, scope, metric, room.day), field_slot(room.slot), delta)
end

local function counted_messages(room)
  return math.max(1, tonumber(room.n or '0'))
end

-- The overview's weight of a room: its messages without t, visitors' included, at least 1.
local function overview_messages(room)
  return math.max(1, tonumber(room.m or '0'))
end

-- On_Hold counts ts < to, and to is the last millisecond of a slot: the rooms created then are kept apart.
local function in_last_millisecond(room)
  return tonumber(room.ts) % SLOT_MS == SLOT_MS - 1
end

-- The Productivity value of one field in ms, or nil for a missing field.
local function productivity_value(room, metric, field)
  local exception = room[field]
  if exception == 'x' then return nil end
  return tonumber(exception or room[metric] or '0')
end

-- Agent fields hold several numbers separated by spaces (Keys/AgentFamily.cs).
local function unpack_numbers(text)
  local values = {}
  if text then
    for item in string.gmatch(text, '[^ ]+') do values[#values + 1] = tonumber(item) end
  end
  return values
end

local function pack_numbers(values)
  local texts = {}
  for i = 1, #values do texts[i] = int_text(values[i]) end
  return table.concat(texts, ' ')
end

-- Adds deltas to the first #deltas numbers of a field; the field goes when its first `additive` numbers are all 0.
local function pack_add(key, field, deltas, additive)
  local values = unpack_numbers(redis.call('HGET', key, field))
  local live = false
  for i = 1, math.max(#deltas, additive) do
    values[i] = (values[i] or 0) + (deltas[i] or 0)
    if i <= additive and values[i] ~= 0 then live = true end
  end
  if live then
    redis.call('HSET', key, field, pack_numbers(values))
  else
    redis.call('HDEL', key, field)
  end
end

local function pack_get(key, field, index)
  return unpack_numbers(redis.call('HGET', key, field))[index]
end

-- Sets (or, with nil, drops) a derived number at the end of an existing field; a field that is gone stays gone.
local function pack_set(key, field, index, value)
  local stored = redis.call('HGET', key, field)
  if not stored then return end
  local values = unpack_numbers(stored)
  for i = #values, index, -1 do values[i] = nil end
  if value ~= nil then values[index] = value end
  redis.call('HSET', key, field, pack_numbers(values))
end

local function bump_agent(root, room, scope, family, agent, deltas, additive)
  touch_day(root, scope, room.day)
  pack_add(key_agent_day(root, scope, family, room.day), field_agent_day(room.day, agent), deltas, additive)
  pack_add(key_agent_slot(root, scope, family, room.day), field_agent_slot(room.slot, agent), deltas, additive)
end

-- servedBy's family: rooms, Σ max(1, n), then sum and count of chatDuration, response.avg, reaction.ft.
local function served_deltas(room, sign)
  local deltas = { sign, sign * counted_messages(room) }
  for _, metric in ipairs({ 'cd', 'ra', 'rt' }) do
    if room[metric] then
      deltas[#deltas + 1] = sign * tonumber(room[metric])
      deltas[#deltas + 1] = sign
    else
      deltas[#deltas + 1] = 0
      deltas[#deltas + 1] = 0
    end
  end
  return deltas
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
  touch_day(root, scope, day)
  store_min(day_key, field_day(day), best)
end

-- An agent's least first response in one slot: the slot's ftidx members list its rooms by first response, and each
-- room hash names its first responder. Bounded by the rooms of one slot; run only when a room of the agent changes.
local function agent_slot_min(root, scope, day, slot, agent)
  local members = redis.call('ZRANGEBYLEX', key_ftidx(root, scope, day), '[' .. slot, '(' .. slot .. ':')
  for _, member in ipairs(members) do
    if redis.call('HGET', key_room(root, string.sub(member, 15)), 'rb') == agent then
      return tonumber(string.sub(member, 3, 14))
    end
  end
  return nil
end

-- responseBy's family with its exact minimum: the slot's from ftidx (after this room's member moved), the day's
-- incrementally, and from the agent's slot minimums of the day (at most 96 fields) only when the slot that held it
-- loses it.
local function agent_first_response(root, room, scope, sign)
  local agent, day, slot = room.rb, room.day, room.slot
  local slot_key, slot_field = key_agent_slot(root, scope, 'rb', day), field_agent_slot(slot, agent)
  local day_key, day_field = key_agent_day(root, scope, 'rb', day), field_agent_day(day, agent)
  local old = pack_get(slot_key, slot_field, 3)
  bump_agent(root, room, scope, 'rb', agent, { sign * tonumber(room.ft), sign }, 2)

  local new = agent_slot_min(root, scope, day, slot, agent)
  if new == old then return end
  pack_set(slot_key, slot_field, 3, new)

  local best = pack_get(day_key, day_field, 3)
  if new and (best == nil or new < best) then
    best = new
  elseif old ~= nil and old == best then
    local fields = {}
    for s = 0, 95 do fields[#fields + 1] = field_agent_slot(string.format('%02d', s), agent) end
    best = nil
    for _, stored in ipairs(redis.call('HMGET', slot_key, unpack(fields))) do
      local value = stored and unpack_numbers(stored)[3]
      if value and (best == nil or value < best) then best = value end
    end
  else
    return
  end
  pack_set(day_key, day_field, 3, best)
end

-- Adds (sign 1) or removes (sign -1) everything a live room puts into the charts and the overview.
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

    if room.op then bump_room_buckets(root, room, scope, 'op', sign) end
    if room.oh then
      bump_room_buckets(root, room, scope, 'oh', sign)
      if in_last_millisecond(room) then bump_room_slot(root, room, scope, 'oh.e', sign) end
    end
    bump_room_slot(root, room, scope, 'mo', sign * overview_messages(room))
    -- Productivity is kept as its difference from the chart sums (rooms: from rt.c), which is 0 for nearly every room.
    bump_room_buckets(root, room, scope, 'pr.c.d', sign * ((room.pr and 1 or 0) - (room.rt and 1 or 0)))
    for _, pair in ipairs(PRODUCTIVITY) do
      local value = 0
      if room.pr then
        value = productivity_value(room, pair[1], pair[2])
        if value == nil then
          bump_room_buckets(root, room, scope, 'pr.' .. pair[1] .. '.x', sign)
          value = 0
        end
      end
      bump_room_buckets(root, room, scope, 'pr.' .. pair[1] .. '.d', sign * (value - tonumber(room[pair[1]] or '0')))
    end
    if room.sb then bump_agent(root, room, scope, 'sv', room.sb, served_deltas(room, sign), 8) end
    if room.rb and room.ft then agent_first_response(root, room, scope, sign) end
  end
end

