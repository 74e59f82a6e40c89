-- An Omnichannel room (t: 'l'). ARGV: root, rid, version, ts, day (yyyy-MM-dd), slot (SS), dep, cd, ft, ra, rt, then the
-- overview's op, oh, sb, rb, pr, pra, prf, prr ('' = absent; Keys/RoomField.cs says what each holds).
-- Returns 1 when applied, 0 when the stored version is equal or newer.
local root, rid, version = ARGV[1], ARGV[2], ARGV[3]
local room_key = key_room(root, rid)
local old = read_hash(room_key)
if not is_newer(version, old.v) then return 0 end

if is_live(old) then contribute(root, rid, old, -1) end

-- n and m belong to the messages, not to the room document: they survive every room change.
local new = { v = version, l = '1', ts = ARGV[4], day = ARGV[5], slot = ARGV[6] }
local optional = { 'dep', 'cd', 'ft', 'ra', 'rt', 'op', 'oh', 'sb', 'rb', 'pr', 'pra', 'prf', 'prr' }
for i, name in ipairs(optional) do
  if ARGV[6 + i] ~= '' then new[name] = ARGV[6 + i] end
end
new.n = old.n
new.m = old.m

redis.call('HDEL', room_key, unpack(ROOM_STATE_FIELDS))
local flat = {}
for _, field in ipairs(ROOM_STATE_FIELDS) do
  if new[field] then
    flat[#flat + 1] = field
    flat[#flat + 1] = new[field]
  end
end
redis.call('HSET', room_key, unpack(flat))
-- Its messages no longer wait for it.
if old.v == nil then redis.call('SREM', key_pending_rooms(root), rid) end

if is_live(new) then contribute(root, rid, new, 1) end
return 1
