-- A channel, private group, DM or any other room that is not Omnichannel. ARGV: root, rid, version.
-- The read model keeps only {v, l = 0} of it and none of its messages: team chat never grows Redis. Messages that
-- arrived before the room (kept while its type was unknown) are dropped here. A room's type never changes
-- between 'l' and another; the subtraction only keeps the sums right if it ever did.
local root, rid, version = ARGV[1], ARGV[2], ARGV[3]
local room_key = key_room(root, rid)
local old = read_hash(room_key)
if not is_newer(version, old.v) then return 0 end

if is_live(old) then contribute(root, rid, old, -1) end
redis.call('DEL', room_key, key_msgs(root, rid))
redis.call('HSET', room_key, 'v', version, 'l', '0')
redis.call('SREM', key_pending_rooms(root), rid)
return 1
