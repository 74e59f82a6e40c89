-- ARGV: root, rid, version. Leaves a tombstone (v, del, and n) so older changes of the room stay ignored.
-- The room's message states are kept: a message arriving after the deletion must leave the same data as
-- one arriving before it.
local root, rid, version = ARGV[1], ARGV[2], ARGV[3]
local room_key = key_room(root, rid)
local old = read_hash(room_key)
if not is_newer(version, old.v) then return 0 end

if is_live(old) then contribute(root, rid, old, -1) end
redis.call('HDEL', room_key, unpack(ROOM_STATE_FIELDS))
redis.call('HSET', room_key, 'v', version, 'del', '1')
return 1
