-- ARGV: root, rid, version. Leaves a tombstone {v, del} so older changes of the room stay ignored, and drops the
-- room's message states: Rocket.Chat deletes a room's messages with it, and a message arriving after the
-- deletion is not kept either (ApplyMessage), so the result is the same in either order.
local root, rid, version = ARGV[1], ARGV[2], ARGV[3]
local room_key = key_room(root, rid)
local old = read_hash(room_key)
if not is_newer(version, old.v) then return 0 end

if is_live(old) then contribute(root, rid, old, -1) end
redis.call('DEL', room_key, key_msgs(root, rid))
redis.call('HSET', room_key, 'v', version, 'del', '1')
redis.call('SREM', key_pending_rooms(root), rid)
return 1
