-- ARGV: root, rid, message id, version, state ('1' counts, '0' does not, 'd' deleted).
-- msgs:{rid} keeps '{version}:{state}' per message; room n is the number of state-1 messages.
-- Everything is read before the first write: Redis does not roll back a script that fails half-way.
local root, rid, mid, version, state = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local messages_key = key_msgs(root, rid)
local room_key = key_room(root, rid)
local stored = redis.call('HGET', messages_key, mid)
local old_state = nil
if stored then
  local separator = string.find(stored, ':', 1, true)
  if not is_newer(version, string.sub(stored, 1, separator - 1)) then return 0 end
  old_state = string.sub(stored, separator + 1)
end
local room = read_hash(room_key)
redis.call('HSET', messages_key, mid, version .. ':' .. state)

local was = (old_state == '1') and 1 or 0
local now = (state == '1') and 1 or 0
if was == now then return 1 end

local n_old = tonumber(room.n or '0')
local n_new = n_old + now - was
if is_live(room) then
  local delta = math.max(1, n_new) - math.max(1, n_old)
  for _, scope in ipairs(room_scopes(room)) do bump_room_buckets(root, room, scope, 'msg', delta) end
end
-- Before the room arrives the hash holds only n; the room script adds its contribution from it.
if n_new == 0 then
  redis.call('HDEL', room_key, 'n')
else
  redis.call('HSET', room_key, 'n', int_text(n_new))
end
return 1
