-- ARGV: root, rid, message id, version, state: '1' counts in both message totals (no t, no token), '2' only in the
-- overview's (no t, a visitor's token), '0' in neither (a system message), 'd' deleted.
-- msgs:{rid} keeps '{version}:{state}' per message; the room's n counts state-1 messages, m states 1 and 2.
-- Everything is read before the first write: Redis does not roll back a script that fails half-way.
local root, rid, mid, version, state = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local room_key = key_room(root, rid)
local room = read_hash(room_key)
-- Team chat (a room known not to be Omnichannel) and deleted rooms keep no messages.
if room.l == '0' or room.del then return 0 end

local messages_key = key_msgs(root, rid)
local stored = redis.call('HGET', messages_key, mid)
local old_state = nil
if stored then
  local separator = string.find(stored, ':', 1, true)
  if not is_newer(version, string.sub(stored, 1, separator - 1)) then return 0 end
  old_state = string.sub(stored, separator + 1)
end
redis.call('HSET', messages_key, mid, version .. ':' .. state)
-- Until its room arrives nobody knows whether this is team chat: the room id waits in the pending set.
if room.v == nil then redis.call('SADD', key_pending_rooms(root), rid) end

local function in_charts(s) return (s == '1') and 1 or 0 end
local function in_overview(s) return (s == '1' or s == '2') and 1 or 0 end

local function store_count(field, value)
  if value == 0 then
    redis.call('HDEL', room_key, field)
  else
    redis.call('HSET', room_key, field, int_text(value))
  end
end

-- Each count moves its weight max(1, count) in the buckets of a live room; before the room arrives the hash holds only
-- n and m, and the room script adds its contribution from them.
local n_delta = in_charts(state) - in_charts(old_state)
if n_delta ~= 0 then
  local n_old = tonumber(room.n or '0')
  local n_new = n_old + n_delta
  local delta = math.max(1, n_new) - math.max(1, n_old)
  if is_live(room) and delta ~= 0 then
    for _, scope in ipairs(room_scopes(room)) do
      bump_room_buckets(root, room, scope, 'msg', delta)
      if room.sb then bump_agent(root, room, scope, 'sv', room.sb, { 0, delta }, 8) end
    end
  end
  store_count('n', n_new)
end

local m_delta = in_overview(state) - in_overview(old_state)
if m_delta ~= 0 then
  local m_old = tonumber(room.m or '0')
  local m_new = m_old + m_delta
  local delta = math.max(1, m_new) - math.max(1, m_old)
  if is_live(room) and delta ~= 0 then
    for _, scope in ipairs(room_scopes(room)) do bump_room_slot(root, room, scope, 'mo', delta) end
  end
  store_count('m', m_new)
end
return 1
